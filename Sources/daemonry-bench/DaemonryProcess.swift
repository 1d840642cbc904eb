import ArgumentParser
import Foundation
import KubeTestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// A `daemonry` command (`up`, `controller`) run beside the benchmark from the executable built next to
/// it, measured from outside through /proc as `ps` and `top` would.
struct DaemonryProcess: Sendable {
    /// Resident memory and CPU time of a process, from /proc/PID/status and /proc/PID/stat.
    struct Usage: Sendable {
        /// VmRSS: resident memory now.
        var residentBytes: Int
        /// VmHWM: the most resident memory so far.
        var peakResidentBytes: Int
        /// utime + stime of every thread, in seconds.
        var cpuSeconds: Double

        /// "312 MB now, 340 MB peak".
        var memorySummary: String {
            "\(Self.megabytes(residentBytes)) now, \(Self.megabytes(peakResidentBytes)) peak"
        }

        static func megabytes(_ bytes: Int) -> String {
            String(format: "%.0f MB", Double(bytes) / 1_048_576)
        }

        /// The usage of process `pid`; nil when it has exited (or there is no /proc).
        static func read(pid: Int32) -> Usage? {
            guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
                let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                let resident = kilobytes("VmRSS", in: status), let peak = kilobytes("VmHWM", in: status),
                // The command name (field 2) is parenthesized and may hold spaces: count from the last ")".
                let close = stat.lastIndex(of: ")")
            else { return nil }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            // fields[0] is field 3 (state); utime and stime are fields 14 and 15, in clock ticks.
            guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
            let ticks = Double(sysconf(Int32(_SC_CLK_TCK)))
            return Usage(residentBytes: resident * 1024, peakResidentBytes: peak * 1024, cpuSeconds: (user + system) / ticks)
        }

        /// A `NAME:   1234 kB` line of /proc/PID/status.
        private static func kilobytes(_ name: String, in status: String) -> Int? {
            guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name + ":") }) else { return nil }
            return line.split(whereSeparator: \.isWhitespace).dropFirst().first.flatMap { Int($0) }
        }
    }

    /// What the process is called in progress lines and errors.
    let name: String
    let process: BackgroundProcess
    /// Where its output files are (a process started next to it can share the folder).
    let directory: String

    /// Starts `daemonry ARGUMENTS...`, its output in files under `directory`.
    init(_ name: String, arguments: [String], directory: String) throws {
        self.name = name
        self.directory = directory
        process = try BackgroundProcess([try BackgroundProcess.daemonryExecutable()] + arguments, directory: directory)
    }

    var pid: Int32 { process.processIdentifier }

    /// The process's usage now; nil once it has exited.
    var usage: Usage? { Usage.read(pid: pid) }

    /// Waits for the `export KUBECONFIG=PATH` line an API server prints once it listens; returns PATH.
    func kubeconfig(timeout: Duration = .seconds(120)) async throws -> String {
        let prefix = "export KUBECONFIG="
        guard let line = await process.waitForLine(containing: prefix, timeout: timeout) else {
            throw failure("did not start")
        }
        return String(line.dropFirst(prefix.count))
    }

    /// Waits until the process logs a line containing `text` (on standard error); returns the seconds waited.
    func waitForLog(_ text: String, timeout: Duration) async throws -> Double {
        let start = ContinuousClock.now
        while !process.errorOutput.contains(text) {
            try checkRunning()
            if ContinuousClock.now - start > timeout { throw failure("did not log \"\(text)\" within \(timeout)") }
            try await Task.sleep(for: .milliseconds(50))
        }
        return (ContinuousClock.now - start).seconds
    }

    /// An error naming the process, with the end of its standard error (its logs).
    func failure(_ what: String) -> ValidationError {
        ValidationError("daemonry \(name) \(what)\n\(process.errorOutput.suffix(3000))")
    }

    /// Throws when the process has exited: a benchmark must not wait on a crashed component.
    func checkRunning() throws {
        guard process.isRunning else { throw failure("exited") }
    }

    /// Stops the process with SIGTERM, and SIGKILL when it has not exited within `grace`.
    func stop(grace: Duration = .seconds(30)) async {
        kill(pid, SIGTERM)
        let deadline = ContinuousClock.now + grace
        while process.isRunning, ContinuousClock.now < deadline { try? await Task.sleep(for: .milliseconds(50)) }
        if process.isRunning { await process.stop(signal: SIGKILL) }
    }

    /// Runs `body` with the process started, then stops it however `body` ended.
    static func withProcess<T>(
        _ name: String, arguments: [String], directory: String, _ body: (DaemonryProcess) async throws -> T
    ) async throws -> T {
        let process = try DaemonryProcess(name, arguments: arguments, directory: directory)
        do {
            let result = try await body(process)
            await process.stop()
            return result
        } catch {
            await process.stop()
            throw error
        }
    }
}

extension BenchRow {
    /// A process's resident memory now and at its peak, against `limit` (its label and bytes) when it has one.
    static func residentMemory(_ scenario: String, _ usage: DaemonryProcess.Usage, limit: (label: String, bytes: Int)? = nil)
        -> BenchRow
    {
        BenchRow(
            scenario: scenario, result: DaemonryProcess.Usage.megabytes(usage.residentBytes),
            latency: "peak " + DaemonryProcess.Usage.megabytes(usage.peakResidentBytes),
            target: limit.map { $0.label + (usage.peakResidentBytes < $0.bytes ? " (met)" : " (not met)") } ?? "")
    }
}
