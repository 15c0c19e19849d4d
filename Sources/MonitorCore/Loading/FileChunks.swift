import Foundation

/// Reads a large file in chunks of about 1 MB that each end at a record boundary: after a line
/// feed outside quotes, so that a quoted value with a line break in it stays in one chunk. A
/// 150 MB declaraties file is then never held whole while its columns grow, and each chunk is
/// parsed while it is still in the core's cache from the copy out of the page cache: with 8 MB
/// chunks every byte came from main memory twice, and a 30× load took about a tenth more CPU.
struct FileChunks {
    static let defaultChunkSize = 1 << 20
    /// Files below this are read whole: chunks would save nothing worth the bookkeeping.
    static let threshold = 4 * defaultChunkSize

    private let fd: Int32
    /// Bytes read at a time; a chunk is this plus the rest of the previous read.
    private let chunkSize: Int
    let size: Int
    /// The bytes after the last boundary, the start of the next chunk.
    private var carry: [UInt8] = []
    private var atEnd = false
    /// A read failed: the caller reads the file whole, which says what is wrong.
    private(set) var failed = false

    init?(path: String, chunkSize: Int = defaultChunkSize) {
        self.chunkSize = chunkSize
        fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        var info = stat()
        guard fstat(fd, &info) == 0 else { _ = Foundation.close(fd); return nil }
        size = Int(info.st_size)
    }

    func close() { _ = Foundation.close(fd) }

    /// The next chunk, or nil at the end (or after a failed read). It is read into `spent` (a
    /// chunk done with) when nothing else holds that: memory already faulted in.
    mutating func next(reusing spent: consuming [UInt8] = []) -> [UInt8]? {
        var buffer = consume spent
        var filled = carry.count
        // The spent chunk's bytes are overwritten where they are: an array cannot grow without
        // writing what it grows by, and zeroing 8 MB before every read showed in the profile.
        grow(&buffer, to: filled + chunkSize)
        buffer.withUnsafeMutableBufferPointer { bytes in _ = bytes.update(fromContentsOf: carry) }
        carry = []
        while !failed {
            let before = filled
            grow(&buffer, to: before + chunkSize)
            var read = 0
            buffer.withUnsafeMutableBytes { bytes in
                while read < chunkSize {
                    let n = Foundation.read(fd, bytes.baseAddress! + before + read, chunkSize - read)
                    if n < 0 && errno == EINTR { continue }
                    if n < 0 { failed = true }
                    guard n > 0 else { break }
                    read += n
                }
            }
            filled += read
            buffer.removeLast(buffer.count - filled)
            if read == 0 { atEnd = true }
            if atEnd { return buffer.isEmpty || failed ? nil : buffer }
            if let cut = Self.lastBoundary(in: buffer) {
                carry = Array(buffer[(cut + 1)...])
                buffer.removeSubrange((cut + 1)...)
                return buffer
            }
        }
        return nil
    }

    /// At least `count` bytes in `buffer`, adding zeros only for what it lacks.
    private func grow(_ buffer: inout [UInt8], to count: Int) {
        guard buffer.count < count else { return }
        if buffer.capacity < count {
            buffer.reserveCapacity(count)
            HugePages.advise(&buffer)
        }
        buffer.append(contentsOf: repeatElement(0, count: count - buffer.count))
    }

    /// The last line feed outside quotes; the buffer starts outside quotes. A `""` inside a
    /// quoted value counts twice, so the parity of the quotes before a byte tells whether it
    /// is inside a value.
    static func lastBoundary(in buffer: [UInt8]) -> Int? {
        // Most files quote nothing: then the last line feed is the boundary, and the C library's
        // byte search (vectorised) says so without counting every byte.
        let quoted = buffer.withUnsafeBytes { bytes in
            bytes.baseAddress.map { memchr($0, Int32(UInt8(ascii: "\"")), bytes.count) != nil } ?? false
        }
        guard quoted else { return buffer.lastIndex(of: UInt8(ascii: "\n")) }
        var quotes = buffer.withUnsafeBytes { TextDecoding.count(of: UInt8(ascii: "\""), in: $0) }
        var i = buffer.count - 1
        while i >= 0 {
            let b = buffer[i]
            if b == UInt8(ascii: "\"") { quotes -= 1 } else if b == UInt8(ascii: "\n") && quotes % 2 == 0 { return i }
            i -= 1
        }
        return nil
    }
}
