import Foundation

/// How many simulated nodes `daemonry up` has created on a data directory, kept in the file
/// `simulated-nodes` beside the store: a restart creates only nodes past that count, so a node removed with
/// `kubectl delete node` stays removed, as it would in the cluster the restart resumes. The count is written
/// once every node exists; a data directory without the file (a first start) creates them all.
struct SimulatedNodeRecord: Sendable {
    let path: String

    init(dataDirectory: String) {
        path = dataDirectory + "/simulated-nodes"
    }

    /// The count recorded; 0 when there is none (or it is unreadable: creating again is harmless, as
    /// existing nodes are kept).
    func created() -> Int {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return 0 }
        return Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    /// Records `count` unless more were recorded already.
    func record(_ count: Int) throws {
        guard count > created() else { return }
        // Atomic (a temporary file renamed over the old one): a crash leaves the old count or the new one.
        try Data("\(count)\n".utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
