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

/// A plain line read field by field, for `RecordReader.readLinesAhead`: each read finds its
/// field's end itself, so a date or a month (fixed widths) costs no search for its delimiter,
/// and no field is looked at twice. A read is nil where `PlainLine` would not be plain: a field
/// that starts with a quote or starts or ends with a blank, or fewer or more fields than the
/// header; the line is then declined.
struct PlainFields {
    private let base: UnsafePointer<UInt8>
    private let count: Int
    private let delimiter: UInt8
    private var position: Int
    /// Where the line ends (its LF, or the CR of its CRLF), once its last field is read.
    private(set) var lineEnd = -1

    @inline(__always)
    init(base: UnsafePointer<UInt8>, count: Int, start: Int, delimiter: UInt8) {
        self.base = base
        self.count = count
        self.position = start
        self.delimiter = delimiter
    }

    /// The next field's bytes, whatever they are.
    @inline(__always)
    mutating func text(last: Bool) -> UnsafeBufferPointer<UInt8>? {
        let start = position
        var i = start
        let delimiters = RecordReader.everyByte(delimiter)
        search: while true {
            if i + 8 <= count {
                let found = RecordReader.specialBytes(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self), delimiters: delimiters)
                guard found != 0 else { i += 8; continue }
                i += found.trailingZeroBitCount >> 3
            } else {
                while i < count, base[i] != delimiter, base[i] != RecordReader.lineFeed, base[i] != RecordReader.carriageReturn { i += 1 }
                guard i < count else { return nil }
            }
            // A CR ends the line only before its LF; elsewhere it is text.
            if base[i] == RecordReader.carriageReturn, !(i + 1 < count && base[i + 1] == RecordReader.lineFeed) {
                i += 1
                continue search
            }
            break
        }
        guard close(at: i, last: last) else { return nil }
        if i > start {
            let first = base[start], final = base[i - 1]
            if first == RecordReader.quote || Self.isBlank(first) || Self.isBlank(final) { return nil }
        }
        return UnsafeBufferPointer(start: base + start, count: i - start)
    }

    /// The next field as a month (`YYYY-MM`); nil when it is anything else.
    @inline(__always)
    mutating func month(last: Bool) -> Month? {
        guard let bytes = fixed(7, last: last) else { return nil }
        return FieldParsers.month(bytes)
    }

    /// The next field as a date (`FieldParsers.day`, its month in `days`); nil when it is anything else.
    @inline(__always)
    mutating func day(last: Bool, _ days: inout MonthDays) -> Day? {
        guard let bytes = fixed(10, last: last) else { return nil }
        return FieldParsers.day(bytes, &days)
    }

    /// Whether the next field is empty or a whole number (`FieldParsers.integer`), read in the
    /// pass that finds its end.
    @inline(__always)
    mutating func isWholeNumberOrEmpty(last: Bool) -> Bool {
        let ahead = UnsafeBufferPointer(start: base + position, count: count - position)
        let end = position + (FieldParsers.integerAhead(ahead)?.end ?? 0)
        return end < count && close(at: end, last: last)
    }

    /// The next field as an amount in cents (`FieldParsers.cents`); nil when it is anything
    /// else. The usual form is read in the pass that finds the field's end, unless the
    /// delimiter is a comma: its decimal comma would then be the end of the field.
    @inline(__always)
    mutating func cents(last: Bool) -> Int64? {
        let ahead = UnsafeBufferPointer(start: base + position, count: count - position)
        if delimiter != UInt8(ascii: ","), let (cents, end) = FieldParsers.plainCentsAhead(ahead), position + end < count,
           close(at: position + end, last: last) {
            return cents
        }
        guard let bytes = text(last: last) else { return nil }
        return FieldParsers.cents(bytes)
    }

    /// The next `width` bytes when the field ends after them. Only for values of digits and
    /// dashes, which hold no delimiter, line end, quote or blank: their parser checks that.
    @inline(__always)
    private mutating func fixed(_ width: Int, last: Bool) -> UnsafeBufferPointer<UInt8>? {
        let start = position
        guard start + width < count, close(at: start + width, last: last) else { return nil }
        return UnsafeBufferPointer(start: base + start, count: width)
    }

    /// Whether a field ending at `end` is followed by what must follow it: a delimiter, or
    /// for the last field the line's end; moves past it.
    @inline(__always)
    private mutating func close(at end: Int, last: Bool) -> Bool {
        let b = base[end]
        if !last {
            guard b == delimiter else { return false }
            position = end + 1
            return true
        }
        guard b == RecordReader.lineFeed || (b == RecordReader.carriageReturn && end + 1 < count && base[end + 1] == RecordReader.lineFeed) else {
            return false
        }
        lineEnd = end
        return true
    }

    @inline(__always)
    static func isBlank(_ b: UInt8) -> Bool { b == RecordReader.space || b == RecordReader.tab }
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
        return bounds.withUnsafeMutableBufferPointer { bounds in
            fieldOfColumn.withUnsafeBufferPointer { fieldOfColumn in
                readLinesAhead(limit: limit, { base, count, start, number in
                    let lineEnd = Self.split(base, count: count, from: start, delimiter: delimiter,
                                             fieldCount: fieldCount, bounds: bounds.baseAddress!)
                    guard lineEnd > start else { return -1 }
                    bounds[fieldCount] = lineEnd + 1
                    for f in 0..<fieldCount where bounds[f + 1] - 1 > bounds[f] {
                        let first = base[bounds[f]], last = base[bounds[f + 1] - 2]
                        if first == RecordReader.quote || PlainFields.isBlank(first) || PlainFields.isBlank(last) { return -1 }
                    }
                    let line = PlainLine<Column>(base: base, bounds: UnsafePointer(bounds.baseAddress!),
                                                 fieldOfColumn: fieldOfColumn.baseAddress!, number: number)
                    return accept(line) ? lineEnd : -1
                }, settle: settle)
            }
        }
    }

    /// The loop of the fast lane, for readers that find the fields of a line themselves
    /// (`PlainFields`): `take` reads the line at `start` (of the `count` bytes at `base`, line
    /// `number` of the file) and returns where it ends, its LF or the CR of its CRLF, or -1 to
    /// decline it. It takes a line only as `readPlainLines` would; `settle` as there.
    /// - Returns: the number of lines taken.
    @inline(__always)
    mutating func readLinesAhead(limit: Int, _ take: (_ base: UnsafePointer<UInt8>, _ count: Int, _ start: Int, _ number: Int) -> Int,
                                 settle: (Int) -> Int) -> Int {
        var taken = 0
        var position = self.position
        let firstLine = self.line
        // Where the lines taken on trust start: to go back to one that does not stand. On the
        // stack: an array's uniqueness check on every line showed in the profile.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: Self.settleEvery) { trusted in
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
                guard let base = buffer.baseAddress else { return }
                let count = buffer.count
                while taken < limit {
                    let lineEnd = take(base, count, position, firstLine + taken)
                    guard lineEnd >= position else { return }
                    trusted[trustedCount] = position
                    trustedCount += 1
                    position = base[lineEnd] == RecordReader.lineFeed ? lineEnd + 1 : lineEnd + 2
                    taken += 1
                    if trustedCount == Self.settleEvery, !settled() { return }
                }
            }
            _ = settled()
        }
        skipPlainLines(to: position, count: taken)
        return taken
    }

    /// Eight bytes at a time: the high bit of each byte of `word` that is a delimiter (given as
    /// `everyByte(delimiter)`), LF or CR.
    @inline(__always)
    static func specialBytes(_ word: UInt64, delimiters: UInt64) -> UInt64 {
        TextDecoding.zeroBytes(word ^ delimiters) | TextDecoding.zeroBytes(word ^ everyByte(lineFeed))
            | TextDecoding.zeroBytes(word ^ everyByte(carriageReturn))
    }

    /// `byte` in each of the eight bytes of a word.
    @inline(__always)
    static func everyByte(_ byte: UInt8) -> UInt64 { 0x0101_0101_0101_0101 &* UInt64(byte) }

    /// Lines taken on trust before they are settled: enough for their lookups to overlap. 64,
    /// not 32: a 30× load took about 3% less CPU (128 was no better, 16 worse).
    static let settleEvery = 64

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
        let delimiters = everyByte(delimiter)
        var i = start
        while i + 8 <= count {
            var found = specialBytes(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self), delimiters: delimiters)
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
