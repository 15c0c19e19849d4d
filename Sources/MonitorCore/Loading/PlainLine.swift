/// One line of the fast lane: a record on one physical line, ended by LF or CRLF, with as many
/// fields as the header and none that starts with a quote or starts or ends with a space or
/// tab. Its fields are then exactly the bytes between the delimiters, as the general reader
/// would hand them out, so the same parsers read them in place: no `FieldSpan`, no slice.
struct PlainLine<Column: TableColumn> {
    let base: UnsafePointer<UInt8>
    /// Field i spans `bounds[i] ..< bounds[i + 1] - 1` (the delimiter or line end after it).
    let bounds: UnsafePointer<Int>
    /// Field position of each column (by `rawValue`), -1 when the header lacks it.
    let fieldOfColumn: UnsafePointer<Int>
    /// The line's number in the file.
    fileprivate(set) var number: Int

    /// The column's bytes; empty when the header lacks it, as for an empty value.
    @inline(__always)
    subscript(column: Column) -> UnsafeBufferPointer<UInt8> {
        let field = fieldOfColumn[column.rawValue]
        guard field >= 0 else { return UnsafeBufferPointer(start: base, count: 0) }
        let start = bounds[field]
        return UnsafeBufferPointer(start: base + start, count: bounds[field + 1] - 1 - start)
    }
}

extension RecordReader {
    /// The fast lane: hands the plain lines ahead (`PlainLine`) to `accept`, one by one, and
    /// moves past each it takes. Stops before the first line that is not plain or that
    /// `accept` declines, which `next()` then reads the general way, after `limit` lines, or
    /// at the end. `accept` takes a line only when the general way would find no problem in
    /// it and read the same values, so both ways give the same columns and problems.
    ///
    /// `settle` lets `accept` take lines on trust and check them in groups of `settleEvery`: it
    /// is given the number of lines taken since it was last called and returns how many of
    /// those stand, having undone the rest; the lane then goes back to the first line undone.
    /// - Returns: the number of lines taken.
    @inline(__always)
    mutating func readPlainLines<Column>(fieldCount: Int, fieldOfColumn: [Int], limit: Int,
                                         _ accept: (PlainLine<Column>) -> Bool, settle: (Int) -> Int) -> Int {
        let delimiter = self.delimiter
        var bounds = [Int](repeating: 0, count: fieldCount + 1)
        var taken = 0
        var position = self.position
        // Where the lines taken on trust start: to go back to one that does not stand.
        var trusted = [Int](repeating: 0, count: Self.settleEvery)
        var trustedCount = 0
        /// Settles the lines taken on trust; false when one did not stand.
        func settled() -> Bool {
            guard trustedCount > 0 else { return true }
            let standing = settle(trustedCount)
            defer { trustedCount = 0 }
            guard standing < trustedCount else { return true }
            taken -= trustedCount - standing
            position = trusted[standing]
            return false
        }
        bytes.withUnsafeBufferPointer { buffer in
            bounds.withUnsafeMutableBufferPointer { bounds in
                fieldOfColumn.withUnsafeBufferPointer { fieldOfColumn in
                    guard let base = buffer.baseAddress else { return }
                    let count = buffer.count
                    var line = PlainLine<Column>(base: base, bounds: UnsafePointer(bounds.baseAddress!),
                                                 fieldOfColumn: fieldOfColumn.baseAddress!, number: self.line)
                    while taken < limit {
                        let lineEnd = Self.split(base, count: count, from: position, delimiter: delimiter,
                                                 fieldCount: fieldCount, bounds: bounds.baseAddress!)
                        guard lineEnd > position else { return }
                        bounds[fieldCount] = lineEnd + 1
                        for f in 0..<fieldCount where bounds[f + 1] - 1 > bounds[f] {
                            let first = base[bounds[f]], last = base[bounds[f + 1] - 2]
                            if first == RecordReader.quote || Self.isBlank(first) || Self.isBlank(last) { return }
                        }
                        guard accept(line) else { return }
                        trusted[trustedCount] = position
                        trustedCount += 1
                        position = base[lineEnd] == RecordReader.lineFeed ? lineEnd + 1 : lineEnd + 2
                        taken += 1
                        line.number += 1
                        if trustedCount == Self.settleEvery, !settled() { return }
                    }
                }
            }
        }
        _ = settled()
        skipPlainLines(to: position, count: taken)
        return taken
    }

    /// Lines taken on trust before they are settled: enough for their lookups to overlap.
    static let settleEvery = 32

    @inline(__always)
    private static func isBlank(_ b: UInt8) -> Bool { b == space || b == tab }

    /// Splits the line at `start` into exactly `fieldCount` fields, their starts in `bounds`.
    /// - Returns: where the line ends (its LF, or the CR of its CRLF); -1 when it has another
    ///   number of fields or no line end before `count`.
    @inline(__always)
    private static func split(_ base: UnsafePointer<UInt8>, count: Int, from start: Int, delimiter: UInt8,
                              fieldCount: Int, bounds: UnsafeMutablePointer<Int>) -> Int {
        var fields = 0
        bounds[0] = start
        /// A delimiter, LF or CR at `i`: false when the line ends (or fails) there.
        @inline(__always)
        func special(_ i: Int) -> (goOn: Bool, lineEnd: Int) {
            let b = base[i]
            if b == delimiter {
                fields += 1
                guard fields < fieldCount else { return (false, -1) }
                bounds[fields] = i + 1
                return (true, -1)
            }
            if b == lineFeed { return (false, fields + 1 == fieldCount ? i : -1) }
            // A CR ends the line only before its LF; elsewhere it is text.
            guard i + 1 < count, base[i + 1] == lineFeed else { return (true, -1) }
            return (false, fields + 1 == fieldCount ? i : -1)
        }
        // Eight bytes at a time: a mask of the delimiters, LFs and CRs in each word.
        let ones: UInt64 = 0x0101_0101_0101_0101
        let delimiters = ones &* UInt64(delimiter), lineFeeds = ones &* UInt64(lineFeed), returns = ones &* UInt64(carriageReturn)
        var i = start
        while i + 8 <= count {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            var found = TextDecoding.zeroBytes(word ^ delimiters) | TextDecoding.zeroBytes(word ^ lineFeeds)
                | TextDecoding.zeroBytes(word ^ returns)
            while found != 0 {
                let (goOn, lineEnd) = special(i + found.trailingZeroBitCount >> 3)
                if !goOn { return lineEnd }
                found &= found &- 1
            }
            i += 8
        }
        while i < count {
            let b = base[i]
            if b == delimiter || b == lineFeed || b == carriageReturn {
                let (goOn, lineEnd) = special(i)
                if !goOn { return lineEnd }
            }
            i += 1
        }
        return -1
    }
}
