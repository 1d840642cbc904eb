import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A long-running program under test (`daemonry apiserver`), with its output captured in files so a test
/// can wait for a line and then stop it, gracefully or with `kill -9`.
public final class BackgroundProcess: Sendable {
    private let process: Process
    private let outputPath: String
    private let errorPath: String

    /// Starts `arguments[0]` with the rest as arguments, writing its output under `directory`.
    public init(_ arguments: [String], directory: String) throws {
        let name = UUID().uuidString
        outputPath = directory + "/\(name).stdout"
        errorPath = directory + "/\(name).stderr"
        _ = FileManager.default.createFile(atPath: outputPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errorPath, contents: nil)
        guard let out = FileHandle(forWritingAtPath: outputPath), let err = FileHandle(forWritingAtPath: errorPath),
            let executable = arguments.first
        else { throw CocoaError(.fileWriteUnknown) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = Array(arguments.dropFirst())
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        self.process = process
    }

    /// The program's process id, for reading its usage under /proc.
    public var processIdentifier: Int32 { process.processIdentifier }
    /// Whether the program is still running.
    public var isRunning: Bool { process.isRunning }

    /// Everything written to standard output so far.
    public var output: String { (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "" }
    /// Everything written to standard error so far.
    public var errorOutput: String { (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "" }

    /// Waits until standard output has a line containing `text` and returns that line, or nil when the
    /// program exits or `timeout` passes first.
    public func waitForLine(containing text: String, timeout: Duration = .seconds(30)) async -> String? {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let line = output.split(separator: "\n").first(where: { $0.contains(text) }) { return String(line) }
            if !process.isRunning { return nil }
            try? await Task.sleep(for: .milliseconds(50))
        }
        return nil
    }

    /// Sends `signal` (SIGKILL for a crash, SIGTERM for a graceful stop) and waits for the program to exit;
    /// returns its termination status.
    @discardableResult
    public func stop(signal: Int32) async -> Int32 {
        kill(process.processIdentifier, signal)
        while process.isRunning { try? await Task.sleep(for: .milliseconds(20)) }
        return process.terminationStatus
    }

    /// The `daemonry` executable built beside the test bundle (`swift test` builds every product).
    public static func daemonryExecutable() throws -> String {
        let directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let path = directory.appendingPathComponent("daemonry").path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw CocoaError(
                .fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "no daemonry executable at \(path); run swift build"])
        }
        return path
    }
}
