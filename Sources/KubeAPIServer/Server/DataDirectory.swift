import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The data directory of one running control plane, held for the life of the process.
///
/// `acquire` takes an exclusive `flock` on `DATA_DIR/lock` before anything in the directory is read or
/// written, so a second server on the same directory stops at once instead of serving stale reads and
/// failing every write, and never rewrites the kubeconfig or keys the running one owns. The kernel drops the
/// lock when the process ends, `kill -9` included. The directory is private: 0700, and every file the
/// process creates 0600 whatever the umask it started with (the umask becomes 077, which also covers the
/// files SQLite creates later, such as its WAL).
public final class DataDirectory: Sendable {
    /// The directory, as given.
    public let path: String
    /// The open lock file; closing it (with the process) releases the lock.
    private let descriptor: Int32

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// The files the control plane keeps in the directory besides `pki/` (whose files are all its own), made
    /// private if an older start left them open to others.
    static let ownedFiles = ["lock", "store.sqlite", "store.sqlite-wal", "store.sqlite-shm", "kubeconfig", "simulated-nodes"]

    /// Creates `path` if needed and locks it for this process, recording `owner` (its command line) beside
    /// the process id for the message another process gets.
    public static func acquire(_ path: String, owner: String) throws(DataDirectoryError) -> DataDirectory {
        umask(0o077)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw DataDirectoryError(path: path, "exists and is not a directory") }
        } else {
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            } catch {
                throw DataDirectoryError(path: path, "cannot be created: \(error.localizedDescription)")
            }
        }
        let lockPath = path + "/lock"
        let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw DataDirectoryError(path: path, "cannot open \(lockPath): \(String(cString: strerror(errno)))")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let reason = errno
            let holder = Self.holder(descriptor)
            close(descriptor)
            guard reason == EWOULDBLOCK else {
                throw DataDirectoryError(path: path, "cannot be locked: \(String(cString: strerror(reason)))")
            }
            throw DataDirectoryError(
                path: path, "is in use by \(holder ?? "another process"); stop it or choose another --data-dir")
        }
        let record = Array("\(getpid())\n\(owner)\n".utf8)
        ftruncate(descriptor, 0)
        _ = record.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        chmod(path, 0o700)
        chmod(path + "/pki", 0o700)
        let certificates = ((try? FileManager.default.contentsOfDirectory(atPath: path + "/pki")) ?? []).map { "pki/" + $0 }
        for name in ownedFiles + certificates { chmod(path + "/" + name, 0o600) }
        return DataDirectory(path: path, descriptor: descriptor)
    }

    /// "process 1234 (daemonry up ...)" from the lock file of the process that holds it.
    private static func holder(_ descriptor: Int32) -> String? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        let lines = String(decoding: buffer[..<count], as: UTF8.self).split(separator: "\n", maxSplits: 1)
        guard let pid = lines.first.flatMap({ Int32($0) }) else { return nil }
        let command = lines.count > 1 ? lines[1].trimmingCharacters(in: .whitespacesAndNewlines) : ""
        return command.isEmpty ? "process \(pid)" : "process \(pid) (\(command))"
    }
}

/// Why a data directory cannot be used; its description is the one line an operator sees.
public struct DataDirectoryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The directory.
    public var path: String
    /// What is wrong with it.
    public var message: String

    init(path: String, _ message: String) {
        self.path = path
        self.message = message
    }

    /// `data dir PATH MESSAGE`.
    public var description: String { "data dir \(path) \(message)" }
}
