import Foundation

/// Reads the small local files a configuration names (kubeconfigs, certificates, keys, tokens), with
/// failures worded as Go's `os` errors (`open PATH: no such file or directory`) so messages read like
/// kubectl's.
enum LocalFile {
    /// Why a file cannot be read, as one line naming it.
    struct Failure: Error, CustomStringConvertible {
        /// `open PATH: no such file or directory` and the like.
        var description: String
    }

    /// Whether `path` names a regular file (or a link to one): client-go's in-cluster `Possible` test.
    static func isFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    /// The file's bytes.
    static func read(_ path: String) throws(Failure) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Failure(description: "open \(path): no such file or directory")
        }
        if isDirectory.boolValue { throw Failure(description: "read \(path): is a directory") }
        guard FileManager.default.isReadableFile(atPath: path), let data = FileManager.default.contents(atPath: path)
        else { throw Failure(description: "open \(path): permission denied") }
        return [UInt8](data)
    }

    /// The file's text (UTF-8).
    static func readText(_ path: String) throws(Failure) -> String {
        let bytes = try read(path)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw Failure(description: "read \(path): not valid UTF-8")
        }
        return text
    }
}
