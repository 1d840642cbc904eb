import Foundation

/// What an external command (kubectl, curl) did.
public struct CommandResult: Sendable, CustomStringConvertible {
    /// The exit status (-1 when killed after the timeout).
    public var status: Int32
    /// Everything written to standard output.
    public var stdout: String
    /// Everything written to standard error.
    public var stderr: String

    /// The three, for test failure messages.
    public var description: String { "exit \(status)\nstdout: \(stdout)\nstderr: \(stderr)" }
}

/// Runs a program found on PATH without blocking a Swift concurrency thread (the server under test
/// answers on the same small pool), capturing output through files so a large output cannot block
/// the child on a full pipe, and killing it after `timeout`.
public func runCommand(_ arguments: [String], timeout: Duration = .seconds(60)) async throws -> CommandResult {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("daemonry-cmd-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let outPath = directory.appendingPathComponent("stdout").path
    let errPath = directory.appendingPathComponent("stderr").path
    _ = FileManager.default.createFile(atPath: outPath, contents: nil)
    _ = FileManager.default.createFile(atPath: errPath, contents: nil)
    guard let out = FileHandle(forWritingAtPath: outPath), let err = FileHandle(forWritingAtPath: errPath) else {
        throw CocoaError(.fileWriteUnknown)
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    let status: Int32 = try await withThrowingTaskGroup(of: Int32?.self) { group in
        let exited = AsyncStream<Int32>.makeStream()
        process.terminationHandler = { process in
            exited.continuation.yield(process.terminationStatus)
            exited.continuation.finish()
        }
        try process.run()
        group.addTask {
            for await status in exited.stream { return status }
            return nil
        }
        group.addTask {
            try? await Task.sleep(for: timeout)
            return nil
        }
        let first = try await group.next() ?? nil
        if first == nil, process.isRunning { process.terminate() }
        group.cancelAll()
        return first ?? -1
    }
    try? out.close()
    try? err.close()
    return CommandResult(
        status: status,
        stdout: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
        stderr: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
}
