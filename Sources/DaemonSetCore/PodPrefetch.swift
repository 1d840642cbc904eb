import CPrefetch
import KubeModel

/// Software prefetch for the pass over every pod of a sync. The pass is bound by cache misses, not by
/// work: each pod is a 1.3 KB value whose owner references, labels and conditions live in separate heap
/// buffers, and the loop body is too long for the CPU to run ahead to the next pod by itself. Asking for
/// the pods a few places ahead first (their struct, then the buffers their fields point to) overlaps
/// those misses; measured on the 10,000-pod no-op sync, see `daemonry-bench core`.
enum PodPrefetch {
    /// How far ahead the pod values are fetched, and (closer, once those values are in cache) the heap
    /// buffers their fields point to.
    static let valueDistance = 6
    static let bufferDistance = 3

    /// Offsets, in a `Pod`, of the fields the pass reads.
    static let valueOffsets: [Int] = [
        MemoryLayout<Pod>.offset(of: \Pod.metadata.name),
        MemoryLayout<Pod>.offset(of: \Pod.metadata.deletionTimestamp),
        MemoryLayout<Pod>.offset(of: \Pod.status.conditions),
        MemoryLayout<Pod>.offset(of: \Pod.spec.nodeName),
    ].compactMap { $0 }
    /// Offsets of the fields that are one reference to a heap buffer (arrays and native dictionaries), with
    /// how many of the buffer's cache lines the pass reads (a small label dictionary spans three).
    static let buffers: [(offset: Int, lines: Int)] = [
        (MemoryLayout<Pod>.offset(of: \Pod.metadata.ownerReferences), 2),
        (MemoryLayout<Pod>.offset(of: \Pod.metadata.labels), 3),
        (MemoryLayout<Pod>.offset(of: \Pod.status.conditions), 5),
    ].compactMap { field in field.0.map { ($0, field.1) } }

    /// Prefetches for the pass that is at `index` of `pods`. Reads only raw bits (no reference counting);
    /// a prefetch of a stale or odd address is harmless.
    @inline(__always)
    static func ahead(of index: Int, in pods: UnsafeBufferPointer<Pod>) {
        guard let base = pods.baseAddress else { return }
        if index + valueDistance < pods.count {
            let pod = UnsafeRawPointer(base + index + valueDistance)
            for offset in valueOffsets { daemonry_prefetch(pod + offset) }
        }
        if index + bufferDistance < pods.count {
            let pod = UnsafeRawPointer(base + index + bufferDistance)
            for buffer in buffers {
                guard let address = UnsafeRawPointer(bitPattern: pod.load(fromByteOffset: buffer.offset, as: UInt.self))
                else { continue }
                for line in 0..<buffer.lines { daemonry_prefetch(address + line * 64) }
            }
        }
    }
}
