import CPrefetch
import KubeModel

/// Software prefetch for the pass over every pod of a sync. The pass is bound by cache misses, not by
/// work: a pod's fields live in a box of their own and its owner references, labels and conditions in
/// further heap buffers, and the loop body is too long for the CPU to run ahead to the next pod by itself.
/// Asking for the pods a few places ahead first (their box, then the buffers it points to) overlaps those
/// misses; measured on the 10,000-pod no-op sync, see `daemonry-bench core`.
enum PodPrefetch {
    /// How far ahead the pods' boxes are fetched, and (closer, once those are in cache) the heap buffers
    /// their fields point to.
    static let valueDistance = 6
    static let bufferDistance = 3

    /// Prefetches for the pass that is at `index` of `pods`; a prefetch of an odd address is harmless.
    @inline(__always)
    static func ahead(of index: Int, in pods: UnsafeBufferPointer<Pod>) {
        guard let base = pods.baseAddress else { return }
        if index + valueDistance < pods.count {
            Pod.hotLines(of: base + index + valueDistance) { daemonry_prefetch($0) }
        }
        if index + bufferDistance < pods.count {
            Pod.hotBufferLines(of: base + index + bufferDistance) { daemonry_prefetch($0) }
        }
    }
}
