#if canImport(Glibc)
import Glibc
#endif

/// glibc raises its mmap threshold each time a large block is freed (up to 32 MB), after which
/// the loader's per-file buffers and columns come from the heap, and freeing them no longer
/// gives the memory back. A fixed threshold of 1 MB keeps every large block mapped on its own,
/// returned to the system when freed.
enum MemoryTuning {
    static func apply() {
        #if canImport(Glibc)
        // `mallopt` is in <malloc.h>, which the Glibc module does not import.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        let mmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        _ = unsafeBitCast(symbol, to: Mallopt.self)(mmapThreshold, 1 << 20)
        #endif
    }
}
