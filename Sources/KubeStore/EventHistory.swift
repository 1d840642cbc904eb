/// The in-memory window of recent changes, oldest first, for resuming watches without touching SQLite.
///
/// A fixed-capacity ring: appending to a full ring drops the oldest change and raises `floor`, so memory
/// stays bounded however fast objects change. Every change with a resourceVersion above `floor` is here.
struct EventHistory {
    private var ring: [HistoryEvent?]
    private var head = 0
    private(set) var count = 0
    /// Every change with a resourceVersion above this is in the window.
    private(set) var floor: Int64

    init(capacity: Int, floor: Int64) {
        self.ring = Array(repeating: nil, count: max(1, capacity))
        self.floor = floor
    }

    var capacity: Int { ring.count }

    mutating func append(_ event: HistoryEvent) {
        if count == ring.count {
            if let oldest = ring[head] { floor = oldest.resourceVersion }
            ring[head] = event
            head = (head + 1) % ring.count
        } else {
            ring[(head + count) % ring.count] = event
            count += 1
        }
    }

    private func element(_ index: Int) -> HistoryEvent? {
        ring[(head + index) % ring.count]
    }

    /// The changes to `resource` with a resourceVersion above `resourceVersion`, oldest first.
    func events(after resourceVersion: Int64, resource: String) -> [HistoryEvent] {
        // Binary search for the first change above `resourceVersion`: the ring is ordered by resourceVersion.
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if let event = element(middle), event.resourceVersion <= resourceVersion {
                low = middle + 1
            } else {
                high = middle
            }
        }
        var result: [HistoryEvent] = []
        for index in low..<count {
            if let event = element(index), event.object.key.resource == resource { result.append(event) }
        }
        return result
    }
}
