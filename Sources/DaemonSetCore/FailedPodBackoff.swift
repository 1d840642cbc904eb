import Foundation

/// The failed-pod backoff (client-go `flowcontrol.Backoff`, no jitter): a node whose daemon pod keeps
/// failing is retried after 1 s, 2 s, 4 s, ... up to 15 min; an entry idle for twice the maximum is forgotten.
public struct FailedPodBackoff: Sendable, Hashable {
    struct Entry: Sendable, Hashable {
        var backoff: TimeInterval
        var lastUpdate: Date
    }

    /// The first delay (1 s upstream).
    public let initial: TimeInterval
    /// The largest delay (15 min upstream).
    public let maximum: TimeInterval
    var entries: [String: Entry] = [:]

    public init(initial: TimeInterval = 1, maximum: TimeInterval = 900) {
        self.initial = initial
        self.maximum = maximum
    }

    /// `<dsUID>/<status.observedGeneration>/<nodeName>`: a new generation starts a fresh backoff.
    public static func key(uid: String, observedGeneration: Int64, nodeName: String) -> String {
        "\(uid)/\(observedGeneration)/\(nodeName)"
    }

    /// Whether `key` is still waiting since its last failure.
    public func isInBackOffSinceUpdate(_ key: String, now: Date) -> Bool {
        guard let entry = entries[key], !hasExpired(entry, now: now) else { return false }
        return now.timeIntervalSince(entry.lastUpdate) < entry.backoff
    }

    /// The current delay of `key` (0 when unknown).
    public func delay(_ key: String) -> TimeInterval { entries[key]?.backoff ?? 0 }

    /// Records a failure: starts at `initial`, else doubles up to `maximum`.
    public mutating func next(_ key: String, now: Date) {
        if let entry = entries[key], !hasExpired(entry, now: now) {
            entries[key] = Entry(backoff: min(entry.backoff * 2, maximum), lastUpdate: now)
        } else {
            entries[key] = Entry(backoff: initial, lastUpdate: now)
        }
    }

    /// Forgets entries idle for more than twice the maximum (upstream runs this every minute).
    public mutating func garbageCollect(now: Date) {
        entries = entries.filter { !hasExpired($0.value, now: now) }
    }

    /// The number of remembered keys.
    public var count: Int { entries.count }

    private func hasExpired(_ entry: Entry, now: Date) -> Bool {
        now.timeIntervalSince(entry.lastUpdate) > maximum * 2
    }
}
