/// Where one field sits in the decoded bytes. Values stay bytes until a parser needs them.
struct FieldSpan {
    /// Content without surrounding quotes (and without surrounding spaces when unquoted).
    var start: Int
    var end: Int
    /// First byte of the field as written (its opening quote, if any), for the column number.
    var origin: Int
    /// Physical line of `origin` and the offset where that line starts.
    var line: Int
    var lineStart: Int
    /// The content holds `""` pairs that stand for one quote.
    var hasEscapedQuotes: Bool
}

/// A structural fault the reader met: an unterminated quote or text after a closing quote.
struct ReaderIssue {
    var line: Int
    var lineStart: Int
    var origin: Int
    var found: String
    var expected: String
}

/// Reads RFC 4180 records from UTF-8 bytes, one record per `next()`, reusing one field
/// buffer so that a 600k-line file costs no allocation per line.
struct RecordReader {
    static let quote = UInt8(ascii: "\"")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")

    let bytes: [UInt8]
    let delimiter: UInt8
    /// Offset of the next byte to read.
    private(set) var position = 0
    /// Line of the next byte to read.
    private(set) var line = 1
    private var lineStart = 0

    private(set) var fields: [FieldSpan] = []
    /// Physical line on which the current record starts.
    private(set) var recordLine = 0
    private(set) var issues: [ReaderIssue] = []

    /// - Parameters:
    ///   - start: where the text begins (3 after a byte order mark).
    ///   - firstLine, delimiter: for a later chunk of a file, where the previous one ended.
    init(bytes: [UInt8], start: Int, firstLine: Int = 1, delimiter: UInt8? = nil) {
        self.bytes = bytes
        self.delimiter = delimiter ?? RecordReader.delimiter(of: bytes[start...])
        position = start
        lineStart = start
        line = firstLine
        fields.reserveCapacity(16)
    }

    /// `;`, unless the header row (the first non-empty line) has none: then `,`.
    static func delimiter(of bytes: ArraySlice<UInt8>) -> UInt8 {
        let semicolon = UInt8(ascii: ";")
        var sawText = false
        for b in bytes {
            if b == semicolon { return semicolon }
            if b == lineFeed {
                if sawText { break } else { continue }
            }
            if b != carriageReturn { sawText = true }
        }
        return UInt8(ascii: ",")
    }

    /// Moves to the next non-empty record; false at the end of the bytes.
    mutating func next() -> Bool {
        skipEmptyLines()
        guard position < bytes.count else { return false }
        fields.removeAll(keepingCapacity: true)
        recordLine = line
        while true {
            let field = readField()
            fields.append(field)
            if position < bytes.count && bytes[position] == delimiter {
                position += 1
                continue
            }
            endLine()
            return true
        }
    }

    /// Moves past `count` lines the fast lane read, to `position` where the next one starts.
    mutating func skipPlainLines(to position: Int, count: Int) {
        guard count > 0 else { return }
        self.position = position
        line += count
        lineStart = position
    }

    /// Text of a field, with `""` turned into `"`.
    func text(_ field: FieldSpan) -> String {
        String(decoding: content(field), as: UTF8.self)
    }

    /// The field's content bytes; a copy only when quotes must be unescaped.
    func content(_ field: FieldSpan) -> ArraySlice<UInt8> {
        guard field.hasEscapedQuotes else { return bytes[field.start..<field.end] }
        var out: [UInt8] = []
        var i = field.start
        while i < field.end {
            out.append(bytes[i])
            i += bytes[i] == RecordReader.quote ? 2 : 1
        }
        return out[...]
    }

    /// 1-based character position of a byte in its line: counts UTF-8 lead bytes, so that
    /// `ë` counts as one character. Only computed when a problem is reported.
    func column(of offset: Int, lineStart: Int) -> Int {
        var count = 1
        var i = lineStart
        while i < offset && i < bytes.count {
            if bytes[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }

    private mutating func skipEmptyLines() {
        while position < bytes.count {
            if bytes[position] == RecordReader.lineFeed {
                position += 1
            } else if bytes[position] == RecordReader.carriageReturn
                        && (position + 1 == bytes.count || bytes[position + 1] == RecordReader.lineFeed) {
                position = min(position + 2, bytes.count)
            } else {
                return
            }
            line += 1
            lineStart = position
        }
    }

    /// Consumes the line ending after a record (LF, CRLF, or a bare CR at the end of the file).
    private mutating func endLine() {
        guard position < bytes.count else { return }
        if bytes[position] == RecordReader.carriageReturn { position += 1 }
        if position < bytes.count && bytes[position] == RecordReader.lineFeed { position += 1 }
        line += 1
        lineStart = position
    }

    private mutating func readField() -> FieldSpan {
        let origin = position
        var start = position
        // Spaces before an opening quote are tolerated, as spreadsheets sometimes write them.
        while start < bytes.count && (bytes[start] == RecordReader.space || bytes[start] == RecordReader.tab) { start += 1 }
        if start < bytes.count && bytes[start] == RecordReader.quote {
            position = start
            return readQuotedField(origin: origin)
        }
        var end = position
        while end < bytes.count {
            let b = bytes[end]
            if b == delimiter || b == RecordReader.lineFeed { break }
            if b == RecordReader.carriageReturn && (end + 1 == bytes.count || bytes[end + 1] == RecordReader.lineFeed) { break }
            end += 1
        }
        position = end
        while end > start && (bytes[end - 1] == RecordReader.space || bytes[end - 1] == RecordReader.tab) { end -= 1 }
        return FieldSpan(start: start, end: end, origin: origin, line: line, lineStart: lineStart, hasEscapedQuotes: false)
    }

    /// Reads from an opening quote; newlines inside the quotes belong to the value.
    private mutating func readQuotedField(origin: Int) -> FieldSpan {
        let fieldLine = line, fieldLineStart = lineStart
        let start = position + 1
        var i = start
        var escaped = false
        var end = -1
        while i < bytes.count {
            let b = bytes[i]
            if b == RecordReader.quote {
                if i + 1 < bytes.count && bytes[i + 1] == RecordReader.quote {
                    escaped = true
                    i += 2
                    continue
                }
                end = i
                i += 1
                break
            }
            if b == RecordReader.lineFeed {
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
        if end < 0 {
            issues.append(ReaderIssue(line: fieldLine, lineStart: fieldLineStart, origin: origin,
                                      found: LoadingText.unclosedQuote,
                                      expected: LoadingText.closingQuoteBeforeEnd))
            end = bytes.count
        }
        position = i
        // Anything between the closing quote and the next delimiter breaks RFC 4180.
        var trailing = i
        while trailing < bytes.count && (bytes[trailing] == RecordReader.space || bytes[trailing] == RecordReader.tab) { trailing += 1 }
        // A CR ends the record only before a LF or at the end (CRLF); a lone CR is stray text.
        let lineEnd = trailing < bytes.count && (bytes[trailing] == RecordReader.lineFeed
            || (bytes[trailing] == RecordReader.carriageReturn && (trailing + 1 == bytes.count || bytes[trailing + 1] == RecordReader.lineFeed)))
        if trailing < bytes.count && bytes[trailing] != delimiter && !lineEnd {
            issues.append(ReaderIssue(line: line, lineStart: lineStart, origin: trailing,
                                      found: LoadingText.textAfterClosingQuote,
                                      expected: LoadingText.delimiterAfterQuotedField))
            while trailing < bytes.count && bytes[trailing] != delimiter && bytes[trailing] != RecordReader.lineFeed { trailing += 1 }
        }
        position = trailing
        return FieldSpan(start: start, end: end, origin: origin, line: fieldLine, lineStart: fieldLineStart, hasEscapedQuotes: escaped)
    }
}
