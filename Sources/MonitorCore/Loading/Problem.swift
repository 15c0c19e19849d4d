/// Something wrong (or doubtful) in the data folder, pointing at the exact spot in a file.
/// `description` is the contract's form in Dutch: `bestand:regel:kolom: gevonden …, verwacht …`
/// (texts in `LoadingText`).
public struct Problem: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable {
        /// Blocks the load.
        case error
        /// Shown, but the data is loaded.
        case warning
    }

    public let severity: Severity
    /// Path relative to the data folder, e.g. `leveringen/2026-10/0743_toewijzingen.csv`.
    public let file: String
    /// 1-based physical line; 1 for problems with the file or its header as a whole.
    public let line: Int
    /// 1-based character position of the field's start in its line.
    public let column: Int
    /// The contract's column name when the problem concerns one column.
    public let columnName: String?
    /// What was found, ready to show after "gevonden": `"2023-13-01" in ingangsdatum`, `een lege waarde in client`.
    public let found: String
    /// What the contract expects there, ready to show after "verwacht".
    public let expected: String

    public init(severity: Severity, file: String, line: Int, column: Int, columnName: String?, found: String, expected: String) {
        self.severity = severity; self.file = file; self.line = line; self.column = column
        self.columnName = columnName; self.found = found; self.expected = expected
    }

    public var description: String {
        LoadingText.problem(file: file, line: line, column: column, found: found, expected: expected)
    }
}

/// Collects the problems of one file. Caps the list so that a garbage file cannot
/// flood the screen: after `limit` problems the rest is counted and summarised.
struct ProblemLog {
    static let limit = 200

    let file: String
    private(set) var errors: [Problem] = []
    private(set) var warnings: [Problem] = []
    private var unlistedErrors = 0
    private var unlistedWarnings = 0
    private var firstUnlistedLine = 0

    init(file: String) { self.file = file }

    var hasErrors: Bool { !errors.isEmpty || unlistedErrors > 0 }

    mutating func error(line: Int, column: Int, columnName: String? = nil, found: String, expected: String) {
        add(.error, line: line, column: column, columnName: columnName, found: found, expected: expected)
    }

    mutating func warning(line: Int, column: Int, columnName: String? = nil, found: String, expected: String) {
        add(.warning, line: line, column: column, columnName: columnName, found: found, expected: expected)
    }

    private mutating func add(_ severity: Problem.Severity, line: Int, column: Int, columnName: String?, found: String, expected: String) {
        guard errors.count + warnings.count < ProblemLog.limit else {
            if unlistedErrors + unlistedWarnings == 0 { firstUnlistedLine = line }
            if severity == .error { unlistedErrors += 1 } else { unlistedWarnings += 1 }
            return
        }
        let problem = Problem(severity: severity, file: file, line: line, column: column,
                              columnName: columnName, found: found, expected: expected)
        if severity == .error { errors.append(problem) } else { warnings.append(problem) }
    }

    /// Puts the problems in file order (checks of one row run in rule order, quote faults are
    /// found by the reader) and appends the "… and N more" summary when problems were left off.
    mutating func finish() {
        let inFileOrder: (Problem, Problem) -> Bool = { ($0.line, $0.column) < ($1.line, $1.column) }
        errors.sort(by: inFileOrder)
        warnings.sort(by: inFileOrder)
        let unlisted = unlistedErrors + unlistedWarnings
        guard unlisted > 0 else { return }
        let summary = Problem(
            severity: unlistedErrors > 0 ? .error : .warning, file: file, line: firstUnlistedLine, column: 1,
            columnName: nil, found: LoadingText.unlistedProblems(unlisted),
            expected: LoadingText.listedAtMost(ProblemLog.limit))
        if summary.severity == .error { errors.append(summary) } else { warnings.append(summary) }
        unlistedErrors = 0
        unlistedWarnings = 0
    }
}

/// How a found value is shown in a problem: quoted, and shortened when long so that a
/// garbage field cannot produce a screen-wide message.
enum Shown {
    static func quoted(_ value: String) -> String {
        let limit = 40
        let body = value.count > limit ? String(value.prefix(limit)) + "…" : value
        return "\"\(escaped(body))\""
    }

    /// The text with every control character written out (`\n`, `\t`, `\x1B`), so a
    /// problem stays on one line and never carries a byte of the input that a terminal
    /// would act on: ESC, other C0 characters, DEL and C1.
    static func escaped(_ value: String) -> String {
        var out = ""
        for u in value.unicodeScalars {
            switch u {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || (0x7F...0x9F).contains(u.value) {
                    let hex = String(u.value, radix: 16, uppercase: true)
                    out += "\\x" + (hex.count < 2 ? "0" : "") + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out
    }
}
