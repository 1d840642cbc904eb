#if canImport(Glibc)
import Glibc
#endif

/// Process-wide settings of glibc's allocator for a long-running daemon that allocates and frees object
/// buffers of a few to a few hundred kilobytes at a high rate.
///
/// By default glibc adjusts its mmap threshold as blocks come and go and gives the top of the heap back to
/// the system as soon as 128 KiB lie free there, so a steady stream of such buffers keeps mapping, faulting
/// in and returning the same pages. Fixed thresholds keep those pages, for a few tens of megabytes more
/// resident memory: at 10,000 simulated nodes they took 5-10% off `daemonry up`'s CPU during a rolling
/// update (60-64 CPU s against 66.6, noisy single runs). Nothing happens where the C library is not glibc.
public enum MallocTuning {
    /// Blocks up to this size come from the heap rather than from their own mapping.
    public static let mmapThreshold = 32 << 20
    /// Free memory kept at the top of the heap before any is given back.
    public static let trimThreshold = 64 << 20
    /// Extra memory asked for whenever the heap grows.
    public static let topPad = 16 << 20

    /// Applies the settings; call it once, first thing in `main`.
    public static func apply() {
        #if canImport(Glibc)
        // `mallopt` and its parameters live in <malloc.h>, which the Glibc module does not export: the
        // function is looked up by name and the parameters are glibc's values.
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
        let (trimThresholdParameter, topPadParameter, mmapThresholdParameter): (Int32, Int32, Int32) = (-1, -2, -3)
        _ = mallopt(mmapThresholdParameter, Int32(mmapThreshold))
        _ = mallopt(trimThresholdParameter, Int32(trimThreshold))
        _ = mallopt(topPadParameter, Int32(topPad))
        #endif
    }
}
