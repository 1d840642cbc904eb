import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads and writes the small secret files of the data directory (keys, token, kubeconfig).
///
/// Writes go to a temporary file created with the final mode and then renamed over the target, so a
/// key is never readable by others even for an instant, and a crash mid-write never leaves half a PEM
/// that the next start would reject as corrupt.
public enum SecureFile {
    /// The file's contents, nil if it does not exist; any other failure is a one-line `unreadable` error.
    public static func read(_ path: String) throws(ClusterPKIError) -> [UInt8]? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        if isDirectory.boolValue { throw ClusterPKIError(.unreadable, "is a directory, expected a file", path: path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ClusterPKIError(.unreadable, "cannot be read (\(String(cString: strerror(errno))))", path: path)
        }
        return [UInt8](data)
    }

    /// Atomically replaces `path` with `bytes`, the file having exactly `mode` (0600 by default).
    public static func write(_ bytes: [UInt8], to path: String, mode: mode_t = 0o600) throws(ClusterPKIError) {
        let temporary = path + ".tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw failure("cannot create", temporary) }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                // `written < count` keeps the base address valid (non-empty buffer).
                posixWrite(descriptor, buffer.baseAddress.map { $0 + written }, bytes.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                let error = failure("cannot write", temporary)
                close(descriptor)
                unlink(temporary)
                throw error
            }
            written += result
        }
        // The umask may have cleared bits of `mode`, and an older file of that name may have had others.
        fchmod(descriptor, mode)
        fsync(descriptor)
        close(descriptor)
        guard rename(temporary, path) == 0 else {
            let error = failure("cannot replace", path)
            unlink(temporary)
            throw error
        }
    }

    /// Creates `path` and its parents if missing; a new directory gets `mode` (0700: it holds keys).
    public static func makeDirectory(_ path: String, mode: Int = 0o700) throws(ClusterPKIError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { return }
            throw ClusterPKIError(.unwritable, "exists and is not a directory", path: path)
        }
        do {
            try FileManager.default.createDirectory(
                atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: mode])
        } catch {
            throw ClusterPKIError(.unwritable, "cannot create directory: \(error.localizedDescription)", path: path)
        }
    }

    private static func failure(_ what: String, _ path: String) -> ClusterPKIError {
        ClusterPKIError(.unwritable, "\(what) (\(String(cString: strerror(errno))))", path: path)
    }
}

/// The C `write`, named apart from `SecureFile.write` so the call inside it is unambiguous.
private func posixWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
