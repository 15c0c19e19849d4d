/// Turns a file's raw bytes into UTF-8 without BOM. The contract accepts UTF-8 (with or
/// without BOM) and Windows-1252; a file that is not valid UTF-8 is taken as Windows-1252.
/// `problems(in:)` says first what the contract refuses (§4): NUL bytes, bytes Windows-1252
/// leaves undefined, a UTF-8 file with a stray byte, and files that are no text at all.
enum TextDecoding {
    /// The file as UTF-8 and where its text starts (after a BOM). Only a Windows-1252 file with
    /// bytes above 0x7F is copied; any other file is read where it lies.
    static func utf8(from raw: [UInt8], scan: Scan) -> (bytes: [UInt8], start: Int) {
        let start = textStart(raw)
        guard scan.firstHighByte != nil else { return (raw, start) }
        return isValidUTF8(raw[start...]) ? (raw, start) : (transcodeWindows1252(Array(raw[start...])), 0)
    }

    /// 3 after a UTF-8 byte order mark, else 0.
    static func textStart(_ raw: [UInt8]) -> Int { raw.count >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF ? 3 : 0 }

    /// What one pass over the raw bytes tells: line feeds (to reserve rows), and whether there
    /// is any byte above 0x7F or any NUL, so that a plain ASCII file, which almost every
    /// delivery is, skips the encoding checks and the copy.
    struct Scan {
        var lineFeeds = 0
        var hasNUL = false
        /// Offset of the first byte above 0x7F after the byte order mark, or nil.
        var firstHighByte: Int?
    }

    /// The high bit of each byte of `x` that is zero, exactly (no borrow between bytes).
    @inline(__always)
    static func zeroBytes(_ x: UInt64) -> UInt64 {
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((x & low7) &+ low7) | x | low7)
    }

    /// Sixteen bytes at a time (SIMD): line feeds counted, and the smallest and the OR of all
    /// bytes kept, which say whether any is NUL or above 0x7F; only then is the first such byte
    /// looked for.
    static func scan(_ raw: [UInt8]) -> Scan {
        var result = Scan()
        let textStart = textStart(raw)
        raw.withUnsafeBytes { buffer in
            // A byte order mark is neither NUL nor a line feed, and its high bytes do not count.
            var smallest = SIMD16<UInt8>(repeating: 0xFF), ored = SIMD16<UInt8>()
            result.lineFeeds = count(of: 0x0A, in: UnsafeRawBufferPointer(rebasing: buffer[textStart...])) { v in
                smallest = pointwiseMin(smallest, v)
                ored |= v
            }
            result.hasNUL = smallest.min() == 0
            if ored.max() >= 0x80 { result.firstHighByte = buffer[textStart...].firstIndex { $0 >= 0x80 } }
        }
        return result
    }

    /// Whether every byte is plain ASCII text (neither NUL nor above 0x7F), in the one SIMD walk
    /// of `count(of:in:seeing:)`: for the later chunks of a file, whose lines are not counted and
    /// where a byte order mark is no exception.
    static func isPlainASCII(_ raw: [UInt8]) -> Bool {
        var ored = SIMD16<UInt8>()
        let nuls = raw.withUnsafeBytes { count(of: 0, in: $0) { ored |= $0 } }
        return nuls == 0 && ored.max() < 0x80
    }

    /// How many bytes are `byte`, sixteen at a time; `seeing` is shown every sixteen bytes too,
    /// the last ones padded with a byte that is neither `byte`, NUL nor above 0x7F.
    @inline(__always)
    static func count(of byte: UInt8, in buffer: UnsafeRawBufferPointer, seeing: (SIMD16<UInt8>) -> Void = { _ in }) -> Int {
        let wanted = SIMD16<UInt8>(repeating: byte), one = SIMD16<UInt8>(repeating: 1), zero = SIMD16<UInt8>()
        var total = 0, i = 0
        while i + 16 <= buffer.count {
            // Per lane at most 255 before they are added up.
            var perLane = SIMD16<UInt8>()
            let end = min(buffer.count - 15, i + 255 * 16)
            while i < end {
                let v = buffer.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
                perLane &+= zero.replacing(with: one, where: v .== wanted)
                seeing(v)
                i += 16
            }
            total += Int(SIMD16<UInt16>(truncatingIfNeeded: perLane).wrappedSum())
        }
        if i < buffer.count {
            var last = SIMD16<UInt8>(repeating: byte == 0x20 ? 0x21 : 0x20)
            for k in 0..<(buffer.count - i) { last[k] = buffer[i + k] }
            total += Int(SIMD16<UInt16>(truncatingIfNeeded: zero.replacing(with: one, where: last .== wanted)).wrappedSum())
            seeing(last)
        }
        return total
    }

    /// Strict UTF-8 check (no overlong forms, no surrogates, nothing above U+10FFFF).
    static func isValidUTF8(_ bytes: ArraySlice<UInt8>) -> Bool { firstInvalidUTF8(bytes) == nil }

    /// Windows-1252 differs from Latin-1 only in 0x80–0x9F. The five bytes cp1252 leaves
    /// undefined map to the C1 control of the same value, as Windows itself does.
    private static let cp1252High: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    static func transcodeWindows1252(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for b in bytes {
            if b < 0x80 { out.append(b); continue }
            let scalar: UInt32 = b < 0xA0 ? cp1252High[Int(b - 0x80)] : UInt32(b)
            if scalar < 0x800 {
                out.append(UInt8(0xC0 | (scalar >> 6)))
                out.append(UInt8(0x80 | (scalar & 0x3F)))
            } else {
                out.append(UInt8(0xE0 | (scalar >> 12)))
                out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
                out.append(UInt8(0x80 | (scalar & 0x3F)))
            }
        }
        return out
    }

    /// A byte the contract refuses, at its offset in the raw file.
    struct Issue: Equatable {
        var offset: Int
        var found: String
        var expected: String
    }

    /// What is wrong with the raw bytes as a text file. `notText` is set when the file is no
    /// text at all (binary, UTF-16, a spreadsheet): its fields would only be noise.
    static func problems(in raw: [UInt8]) -> (issues: [Issue], notText: Bool) {
        if let kind = nonTextKind(raw) {
            return ([Issue(offset: 0, found: kind, expected: LoadingText.textFile)], true)
        }
        var issues: [Issue] = []
        for (i, b) in raw.enumerated() where b == 0 {
            issues.append(Issue(offset: i, found: LoadingText.nulByte, expected: LoadingText.noNulBytes))
            if issues.count >= 20 { break }
        }
        let start = textStart(raw)
        let body = raw[start...]
        if let firstInvalid = firstInvalidUTF8(body) {
            if hasMultiByteUTF8(body) {
                // Valid UTF-8 sequences and an invalid byte: one encoding broken, never a silent
                // decode of the whole file as Windows-1252.
                issues.append(Issue(offset: firstInvalid, found: LoadingText.strayByte(raw[firstInvalid]), expected: LoadingText.oneEncoding))
            } else {
                for (i, b) in body.enumerated() where undefinedInWindows1252.contains(b) {
                    issues.append(Issue(offset: start + i, found: LoadingText.undefinedByte(b), expected: LoadingText.windows1252Text))
                    if issues.count >= 40 { break }
                }
            }
        }
        return (issues.sorted { $0.offset < $1.offset }, false)
    }

    /// The bytes Windows-1252 does not define.
    static let undefinedInWindows1252: Set<UInt8> = [0x81, 0x8D, 0x8F, 0x90, 0x9D]

    /// Recognises files that are no delimited text: UTF-16 or UTF-32 (by BOM, or by the NUL
    /// of every other byte), spreadsheets and other zip files, PDF, and mostly-binary data.
    static func nonTextKind(_ raw: [UInt8]) -> String? {
        if raw.starts(with: [0xFF, 0xFE]) || raw.starts(with: [0xFE, 0xFF]) { return LoadingText.utf16File }
        if raw.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return LoadingText.zipFile }
        if raw.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return LoadingText.oldExcelFile }
        if raw.starts(with: Array("%PDF".utf8)) { return LoadingText.pdfFile }
        let sample = raw.prefix(512)
        guard !sample.isEmpty else { return nil }
        let nuls = sample.filter { $0 == 0 }.count
        // UTF-16 text without BOM: ASCII characters with a NUL beside each.
        if nuls * 3 >= sample.count { return sample.count >= 4 && nuls * 2 >= sample.count - 1 ? LoadingText.utf16File : LoadingText.binaryFile }
        let controls = sample.filter { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0 }.count
        return controls * 10 > sample.count ? LoadingText.binaryFile : nil
    }

    /// Offset of the first byte that breaks UTF-8, or nil for valid UTF-8.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        while i < bytes.endIndex {
            // ASCII runs, the bulk of any delivery, eight bytes at a time.
            while i + 8 <= bytes.endIndex,
                  bytes.withUnsafeBytes({ $0.loadUnaligned(fromByteOffset: i - bytes.startIndex, as: UInt64.self) }) & 0x8080_8080_8080_8080 == 0 {
                i += 8
            }
            guard i < bytes.endIndex else { break }
            let length = sequenceLength(bytes, at: i)
            guard length > 0 else { return i }
            i += length
        }
        return nil
    }

    /// Whether the bytes hold at least one valid multi-byte UTF-8 sequence.
    static func hasMultiByteUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        var i = bytes.startIndex
        while i < bytes.endIndex {
            if bytes[i] < 0x80 { i += 1; continue }
            let length = sequenceLength(bytes, at: i)
            if length > 1 { return true }
            i += 1
        }
        return false
    }

    /// Length of the valid UTF-8 sequence at `i`, or 0 when the bytes there are invalid.
    private static func sequenceLength(_ bytes: ArraySlice<UInt8>, at i: Int) -> Int {
        let b = bytes[i]
        if b < 0x80 { return 1 }
        let length: Int
        var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
        switch b {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; upper = 0x9F
        case 0xF0: length = 4; lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; upper = 0x8F
        default: return 0
        }
        guard i + length <= bytes.endIndex, bytes[i + 1] >= lower, bytes[i + 1] <= upper else { return 0 }
        for k in 2..<max(2, length) where bytes[i + k] & 0xC0 != 0x80 { return 0 }
        return length
    }

    /// Whether the bytes are read as Windows-1252: not UTF-8, and no UTF-8 sequence in them.
    static func isWindows1252(_ raw: [UInt8]) -> Bool { firstInvalidUTF8(raw[...]) != nil && !hasMultiByteUTF8(raw[...]) }

    /// Line and column (in characters) of a raw offset. In a Windows-1252 file every byte is
    /// a character; in UTF-8 continuation bytes are not.
    static func position(of offset: Int, in raw: [UInt8], windows1252: Bool) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for b in raw[..<min(offset, raw.count)] {
            if b == 0x0A { line += 1; column = 1 } else if windows1252 || b & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }
}
