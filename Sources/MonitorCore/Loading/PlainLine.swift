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
        let lineFeed = RecordReader.lineFeed, carriageReturn = RecordReader.carriageReturn
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
                        // Split the line; -1: not plain, or no line end before the end of the bytes.
                        var i = position, fields = 0, lineEnd = -1
                        bounds[0] = i
                        while i < count {
                            let b = base[i]
                            if b == delimiter {
                                fields += 1
                                guard fields < fieldCount else { break }
                                bounds[fields] = i + 1
                            } else if b == lineFeed {
                                lineEnd = i
                                break
                            } else if b == carriageReturn && i + 1 < count && base[i + 1] == lineFeed {
                                lineEnd = i
                                break
                            }
                            i += 1
                        }
                        guard lineEnd > position, fields + 1 == fieldCount else { return }
                        bounds[fieldCount] = lineEnd + 1
                        for f in 0..<fieldCount where bounds[f + 1] - 1 > bounds[f] {
                            let first = base[bounds[f]], last = base[bounds[f + 1] - 2]
                            if first == RecordReader.quote || Self.isBlank(first) || Self.isBlank(last) { return }
                        }
                        guard accept(line) else { return }
                        trusted[trustedCount] = position
                        trustedCount += 1
                        position = base[lineEnd] == lineFeed ? lineEnd + 1 : lineEnd + 2
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
}
