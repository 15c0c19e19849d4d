#if canImport(Glibc)
import Glibc
#endif

/// Large buffers the loader fills front to back (file chunks, whole files, the claim columns)
/// are backed by 2 MB pages where the kernel allows it (transparent huge pages in `madvise`
/// mode, the Debian default): far fewer page faults, each of which costs about as much as
/// zeroing its page. Where the kernel says no, nothing changes.
enum HugePages {
    static let size = 2 << 20

    /// Advises the whole capacity of `array`; call it before the capacity is written.
    static func advise<Element>(_ array: inout [Element]) {
        let base = array.withUnsafeMutableBufferPointer { UInt(bitPattern: $0.baseAddress) }
        advise(address: base, bytes: array.capacity * MemoryLayout<Element>.stride)
    }

    static func advise<Element>(_ buffer: UnsafeMutableBufferPointer<Element>) {
        advise(address: UInt(bitPattern: buffer.baseAddress), bytes: buffer.count * MemoryLayout<Element>.stride)
    }

    /// From the first whole huge page in the range to the last.
    private static func advise(address: UInt, bytes: Int) {
        #if canImport(Glibc)
        guard bytes >= 2 * size else { return }
        let start = (address + UInt(size) - 1) & ~UInt(size - 1), end = (address + UInt(bytes)) & ~UInt(size - 1)
        guard end > start, let pointer = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(pointer, Int(end - start), MADV_HUGEPAGE)
        #endif
    }
}
