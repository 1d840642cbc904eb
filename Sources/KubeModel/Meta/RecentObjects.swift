import Synchronization

/// The typed objects one store's writes committed last, by resourceVersion, for readers in the same process:
/// the API server re-reading an object to update it, and in `daemonry up` the informers reading its watch,
/// take the object instead of decoding the bytes the writer has just encoded.
///
/// A resourceVersion names one state of one object in one store, so a hit is exactly that state; share an
/// instance only between one store's writer and its readers. The ring keeps the last `capacity` writes and a
/// miss costs the decode it would have cost anyway.
///
/// The writer records the object it encoded, which is what decoding those bytes gives back: every field came
/// from decoded JSON or was set by the server at JSON's precision (whole seconds). Debug builds check that
/// on every record (`ResourceStorage`) and every watch hit (`WatchEventParser`).
public final class RecentObjects: Sendable {
    private struct Slot: Sendable {
        var resourceVersion: Int64
        var object: any Sendable
    }

    /// How many writes are kept.
    public let capacity: Int
    private let slots: Mutex<[Slot?]>

    /// 8,192 writes: the time from a write to its last in-process read (a watch event, the next update of a
    /// pod being created or started) is a few thousand writes at most under load, and a pod's typed state is
    /// a few kilobytes.
    public init(capacity: Int = 8_192) {
        self.capacity = max(1, capacity)
        slots = Mutex([Slot?](repeating: nil, count: max(1, capacity)))
    }

    /// Records `object`, whose `metadata.resourceVersion` is `resourceVersion`, as that write's state.
    public func record(_ object: some Sendable, resourceVersion: Int64) {
        let index = slot(resourceVersion)
        // The evicted slot is returned so that its object is released after the lock, not under it.
        _ = slots.withLock { slots in
            let evicted = slots[index]
            slots[index] = Slot(resourceVersion: resourceVersion, object: object)
            return evicted
        }
    }

    /// The state written at `resourceVersion` when it is still kept and is an `Object`.
    public func object<Object>(_ type: Object.Type, resourceVersion: Int64) -> Object? {
        let index = slot(resourceVersion)
        return slots.withLock { slots -> Object? in
            guard let slot = slots[index], slot.resourceVersion == resourceVersion else { return nil }
            return slot.object as? Object
        }
    }

    private func slot(_ resourceVersion: Int64) -> Int {
        Int(UInt64(bitPattern: resourceVersion) % UInt64(capacity))
    }
}
