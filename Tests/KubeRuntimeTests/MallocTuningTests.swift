#if canImport(Glibc)
import Glibc
import Testing

import KubeRuntime

/// The allocator settings take effect: a block of a megabyte, which glibc maps on its own by default
/// (threshold 128 KiB), comes from the heap once they are applied.
struct MallocTuningTests {
    /// Whether glibc serves the block at `pointer` from its own mapping: the IS_MMAPPED bit (2) of the size
    /// word that precedes every chunk.
    static func isMapped(_ pointer: UnsafeMutableRawPointer) -> Bool {
        (pointer - MemoryLayout<Int>.size).load(as: Int.self) & 2 != 0
    }

    @Test func aMegabyteBlockComesFromTheHeapOnceApplied() throws {
        MallocTuning.apply()
        let size = 1 << 20
        #expect(size < MallocTuning.mmapThreshold)
        let block = try #require(malloc(size))
        defer { free(block) }
        #expect(!Self.isMapped(block), "a block under the threshold is not mapped on its own")
        // Far past anything the other tests in this process free into the heap, whose free chunks could
        // otherwise serve it (only a request no free chunk fits goes to mmap); mapped, it is never touched.
        let huge = try #require(malloc(MallocTuning.mmapThreshold + (512 << 20)))
        defer { free(huge) }
        #expect(Self.isMapped(huge), "a block over the threshold still is (so the check can tell them apart)")
    }
}
#endif
