/// The columns of one file type, in contract order. `rawValue` is the position in that
/// order, so a row lookup is an array access instead of a dictionary lookup.
protocol TableColumn: CaseIterable, RawRepresentable where RawValue == Int {
    /// The contract's column name.
    var name: String { get }
    var isRequired: Bool { get }
    /// The header must name the column, also where its values may be empty.
    var isRequiredInHeader: Bool { get }
}

extension TableColumn {
    var isRequiredInHeader: Bool { isRequired }

    /// All column names as a header row: `agb;naam`.
    static var headerLine: String { allCases.map { $0.name }.joined(separator: ";") }
}

/// Walks the rows of one delimited file: resolves the header against the file's columns,
/// parses fields on demand and reports every problem with its position.
struct Table<Column: TableColumn> {
    private var reader: RecordReader
    private(set) var log: ProblemLog
    /// Field position of each column in the file; nil when the header lacks it.
    private var fieldOfColumn: [Int?]
    private var headerFieldCount = 0
    /// `fieldOfColumn` for the fast lane, -1 for an absent column.
    private var plainFieldOfColumn: [Int] = []
    /// Every required column is present, so rows can become entities.
    private(set) var isComplete = false
    /// A problem was reported in the current row.
    private(set) var rowFailed = false

    /// An upper bound of the number of rows (the number of line feeds), to reserve storage
    /// once instead of growing collections of 600k rows step by step.
    let estimatedRowCount: Int
    /// The bytes hold no NUL and nothing above 0x7F (after a byte order mark): nothing for the
    /// encoding checks, so the file may be read in chunks.
    private(set) var isPlainText = false
    /// Bytes of the chunks before the current one.
    private var consumed = 0

    /// - Parameter fileSize: for a first chunk, the size of the whole file: its rows are
    ///   estimated from the chunk's, with a tenth to spare. Too few would have the key tables
    ///   grow and rehash during the load; too many zero and spread tables that are looked up
    ///   at random (a fixed 60 bytes a line gave the toewijzingen tables twice the size).
    init(bytes: [UInt8], file: String, fileSize: Int? = nil) {
        log = ProblemLog(file: file)
        fieldOfColumn = Array(repeating: nil, count: Column.allCases.count)
        let scan = TextDecoding.scan(bytes)
        // A plain ASCII file (no NUL, nothing above 0x7F) has nothing the encoding checks could find.
        let encoding = scan.hasNUL || scan.firstHighByte != nil || TextDecoding.nonTextKind(bytes) != nil
            ? TextDecoding.problems(in: bytes) : (issues: [], notText: false)
        // Decided once, not per problem: each check scans the whole file.
        let windows1252 = !encoding.issues.isEmpty && TextDecoding.isWindows1252(bytes)
        for issue in encoding.issues {
            let at = TextDecoding.position(of: issue.offset, in: bytes, windows1252: windows1252)
            log.error(line: at.line, column: at.column, found: issue.found, expected: issue.expected)
        }
        guard !encoding.notText else {
            // No text: its "fields" would only repeat the problem as noise.
            reader = RecordReader(bytes: [], start: 0)
            estimatedRowCount = 0
            return
        }
        let text = TextDecoding.utf8(from: bytes, scan: scan)
        reader = RecordReader(bytes: text.bytes, start: text.start)
        // At most a row per 16 bytes: a first chunk of empty lines says little of the rest.
        estimatedRowCount = fileSize.map { size in
            min(size / 16, Int(Double(size) / Double(max(1, bytes.count)) * Double(scan.lineFeeds + 1) * 1.1)) + 1
        } ?? scan.lineFeeds
        isPlainText = !scan.hasNUL && scan.firstHighByte == nil && !encoding.notText
        readHeader()
    }

    /// Done with the current chunk of a file read in chunks: hands its bytes back, for the next
    /// chunk to be read into. Its structural faults are reported first, while it is there.
    mutating func releaseChunk() -> [UInt8] {
        flushReaderIssues()
        consumed += reader.bytes.count
        let bytes = reader.bytes
        reader = RecordReader(bytes: [], start: 0, firstLine: reader.line, delimiter: reader.delimiter)
        return bytes
    }

    /// Goes on, after `releaseChunk()`, with the next chunk of the same file (it starts at a
    /// record): the header stays, lines count on. False when the chunk is not plain ASCII text:
    /// the encoding checks need the whole file then.
    mutating func continueWith(_ bytes: [UInt8]) -> Bool {
        guard TextDecoding.isPlainASCII(bytes) else { return false }
        reader = RecordReader(bytes: bytes, start: 0, firstLine: reader.line, delimiter: reader.delimiter)
        return true
    }

    /// The reader's structural faults as problems, while its bytes are there to place them.
    private mutating func flushReaderIssues() {
        for issue in reader.issues {
            log.error(line: issue.line, column: reader.column(of: issue.origin, lineStart: issue.lineStart),
                      found: issue.found, expected: issue.expected)
        }
    }

    /// Current row's line (of its first field).
    var line: Int { reader.recordLine }

    /// Bytes of the file read so far.
    var bytesRead: Int { consumed + reader.position }

    // MARK: Header

    private mutating func readHeader() {
        guard reader.next() else {
            log.error(line: 1, column: 1, found: LoadingText.emptyFile,
                      expected: LoadingText.headerRow(columns: Table.columnList))
            return
        }
        let fields = reader.fields
        headerFieldCount = fields.count
        var known: [String: Column] = [:]
        for column in Column.allCases { known[column.name] = column }
        for (position, field) in fields.enumerated() {
            let name = reader.text(field).trimmingSpaces.lowercased()
            let at = reader.column(of: field.origin, lineStart: field.lineStart)
            guard let column = known[name] else {
                let found = name.isEmpty ? LoadingText.unnamedColumn : LoadingText.unknownColumn(Shown.quoted(name))
                log.warning(line: field.line, column: at, found: found,
                            expected: LoadingText.onlyColumns(Table.columnList))
                continue
            }
            if fieldOfColumn[column.rawValue] != nil {
                log.error(line: field.line, column: at, columnName: column.name,
                          found: LoadingText.repeatedColumn(Shown.quoted(name)), expected: LoadingText.eachColumnOnce)
            } else {
                fieldOfColumn[column.rawValue] = position
            }
        }
        var complete = true
        for column in Column.allCases where column.isRequiredInHeader && fieldOfColumn[column.rawValue] == nil {
            complete = false
            log.error(line: 1, column: 1, columnName: column.name, found: LoadingText.missingColumn(Shown.quoted(column.name)),
                      expected: LoadingText.requiredColumns(Table.requiredList))
        }
        isComplete = complete && !log.hasErrors
        plainFieldOfColumn = fieldOfColumn.map { $0 ?? -1 }
    }

    private static var columnList: String { Column.headerLine }
    private static var requiredList: String { Column.allCases.filter { $0.isRequiredInHeader }.map { $0.name }.joined(separator: ";") }

    // MARK: Rows

    /// Moves to the next data row. Rows with the wrong number of fields are reported and skipped.
    mutating func nextRow() -> Bool {
        while reader.next() {
            rowFailed = false
            let count = reader.fields.count
            guard count == headerFieldCount else {
                log.error(line: reader.recordLine, column: 1,
                          found: LoadingText.fields(count),
                          expected: LoadingText.fieldsPerHeader(headerFieldCount))
                continue
            }
            return true
        }
        return false
    }

    /// The fast lane (`RecordReader.readPlainLines`), once the header named every required
    /// column: `accept` reads a plain line ahead, or declines it for `nextRow()`; `settle` checks
    /// the lines `accept` took on trust (see `RecordReader.readPlainLines`).
    @inline(__always)
    mutating func readPlainLines(limit: Int, _ accept: (PlainLine<Column>) -> Bool, settle: (Int) -> Int = { $0 }) -> Int {
        guard isComplete else { return 0 }
        return reader.readPlainLines(fieldCount: headerFieldCount, fieldOfColumn: plainFieldOfColumn, limit: limit, accept, settle: settle)
    }

    /// The fast lane for readers that find each field's end themselves (`PlainFields`), once the
    /// header named every required column: `take` reads the fields of a line in the order of
    /// `headerColumns`, and returns whether it takes the line, as `accept` does in `readPlainLines`.
    @inline(__always)
    mutating func readFieldsAhead(limit: Int, _ take: (inout PlainFields) -> Bool, settle: (Int) -> Int) -> Int {
        guard isComplete else { return 0 }
        let delimiter = reader.delimiter
        return reader.readLinesAhead(limit: limit, { base, count, start, _ in
            var fields = PlainFields(base: base, count: count, start: start, delimiter: delimiter)
            return take(&fields) ? fields.lineEnd : -1
        }, settle: settle)
    }

    /// The column of each field of the header, in order; nil for an unknown column. Empty
    /// when the header lacks a required column (the fast lane is closed then).
    var headerColumns: [Column?] {
        guard isComplete else { return [] }
        var columns = [Column?](repeating: nil, count: headerFieldCount)
        for column in Column.allCases where plainFieldOfColumn[column.rawValue] >= 0 { columns[plainFieldOfColumn[column.rawValue]] = column }
        return columns
    }

    /// Parses a column of the current row. An empty required value, or a value that breaks
    /// the format, is reported; an empty optional value is nil without a problem.
    mutating func value<Value>(_ column: Column, _ kind: FieldKind<Value>) -> Value? {
        guard let field = field(column) else { return nil }
        let bytes = reader.content(field)
        if bytes.isEmpty {
            if column.isRequired { reject(column, found: LoadingText.emptyValue(in: column.name), expected: kind.expected) }
            return nil
        }
        guard let value = kind.parse(bytes) else {
            reject(column, expected: kind.expected)
            return nil
        }
        return value
    }

    /// Raw bytes of a column of the current row (empty when the header lacks the column).
    func bytes(_ column: Column) -> ArraySlice<UInt8> {
        guard let field = field(column) else { return [] }
        return reader.content(field)
    }

    /// Reports a problem at a column of the current row; by default the found value is the
    /// column's content.
    mutating func reject(_ column: Column, found: String? = nil, expected: String) {
        rowFailed = true
        guard let field = field(column) else {
            // The column is absent (an optional one): still report, so no row is dropped silently.
            log.error(line: line, column: 1, columnName: column.name,
                      found: found ?? LoadingText.missingColumnInRow(column.name), expected: expected)
            return
        }
        let shown = found ?? describe(field, column)
        log.error(line: field.line, column: reader.column(of: field.origin, lineStart: field.lineStart),
                  columnName: column.name, found: shown, expected: expected)
    }

    /// A warning at a column of the current row: the row still counts.
    mutating func warn(_ column: Column, found: String, expected: String) {
        guard let field = field(column) else { return }
        log.warning(line: field.line, column: reader.column(of: field.origin, lineStart: field.lineStart),
                    columnName: column.name, found: found, expected: expected)
    }

    /// `"value" in column`, or `een lege waarde in column`.
    private func describe(_ field: FieldSpan, _ column: Column) -> String {
        let text = reader.text(field)
        return text.isEmpty ? LoadingText.emptyValue(in: column.name) : LoadingText.value(Shown.quoted(text), in: column.name)
    }

    private func field(_ column: Column) -> FieldSpan? {
        guard let position = fieldOfColumn[column.rawValue], position < reader.fields.count else { return nil }
        return reader.fields[position]
    }

    // MARK: End

    /// Adds the reader's structural faults and the overflow summary; returns the file's verdict.
    mutating func finish<Row>(rows: [Row], keys: Set<String> = []) -> ParsedFile<Row> {
        flushReaderIssues()
        log.finish()
        return ParsedFile(rows: log.hasErrors ? [] : rows, keys: isComplete || !keys.isEmpty ? keys : nil,
                          errors: log.errors, warnings: log.warnings)
    }
}

extension Table {
    /// As `finish(rows:)`, for a file read into columns: `drop` empties them when the file has errors.
    mutating func finish<Columns>(_ columns: Columns, drop: (inout Columns) -> Void) -> ParsedColumns<Columns> {
        let verdict = finish(rows: [Int]())
        var columns = columns
        if !verdict.isValid { drop(&columns) }
        return ParsedColumns(columns: columns, errors: verdict.errors, warnings: verdict.warnings)
    }
}

/// The outcome of reading a delivery file into columns. The columns hold no rows whenever
/// `errors` is not empty: a file with errors never half-loads.
public struct ParsedColumns<Columns: Sendable>: Sendable {
    public let columns: Columns
    public let errors: [Problem]
    public let warnings: [Problem]

    public var isValid: Bool { errors.isEmpty }
}

/// The outcome of reading one file. `rows` is empty whenever `errors` is not: a file with
/// errors never half-loads.
public struct ParsedFile<Row: Sendable>: Sendable {
    public let rows: [Row]
    /// The file's key values (codes, toewijzingnummers) as far as they could be read, also
    /// from rows with other problems, so that files referring to this one get no follow-up
    /// errors. nil when the file could not be read at all: references to it are not checked.
    public let keys: Set<String>?
    public let errors: [Problem]
    public let warnings: [Problem]

    public var isValid: Bool { errors.isEmpty }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" { s.removeLast() }
        return String(s)
    }
}

extension Table {
    /// Reports a key value seen before in this file; remembers the first line of each key.
    /// `scope` (a `LoadingText` phrase) says where the key must be unique, e.g. per gemeentecode.
    mutating func requireUnique(_ column: Column, _ key: String, seen: inout [String: Int], scope: String? = nil) {
        if let first = seen[key] {
            reject(column, found: LoadingText.repeatedValue(Shown.quoted(key), in: column.name, firstLine: first),
                   expected: LoadingText.eachOnce(column.name, scope: scope))
        } else {
            seen[key] = line
        }
    }

    /// Reports a reference to a key that the referred file lacks. Unchecked when that file
    /// could not be read (its own problems are reported already).
    mutating func requireKnown(_ column: Column, _ key: String, in keys: Set<String>?, expected: String) {
        guard let keys, !keys.contains(key) else { return }
        reject(column, expected: expected)
    }

    mutating func requireKnown(_ column: Column, _ key: ArraySlice<UInt8>, in keys: KeyArena?, expected: String) {
        guard let keys, keys.find(key) == nil else { return }
        reject(column, expected: expected)
    }
}

extension Table {
    /// `einddatum >= ingangsdatum`, reported at the einddatum.
    mutating func requireOrdered(start: Day?, end: Day?, startColumn: Column, endColumn: Column) {
        guard let start, let end, end < start else { return }
        reject(endColumn, found: LoadingText.endBeforeStart(end: "\(end)", start: "\(start)"),
               expected: LoadingText.endOnOrAfterStart)
    }
}
