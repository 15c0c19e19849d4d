/// A report is one metric table in two shapes: `tidy` (one row per figure, for scripts:
/// csv, csv-nl, json) and `layout` (the published, wide tables for people: text, markdown).
public struct Report: Sendable {
    public let name: String
    public let title: String
    public let tidy: TidyTable
    public let layout: [WideTable]

    public init(name: String, title: String, tidy: TidyTable, layout: [WideTable]) {
        self.name = name; self.title = title; self.tidy = tidy; self.layout = layout
    }
}

/// One value of a report, typed so each format can render it its own way.
public enum ReportValue: Sendable, Equatable {
    case empty
    case text(String)
    case count(Int)
    /// A share or change, e.g. 0.0248; people see `2,5%` with `decimals` decimals.
    case fraction(Double, decimals: Int)
    /// Euros; people see `€ 94.631.000` with `decimals` decimals, scripts get cents.
    case euros(Double, decimals: Int)
    /// Any other quantity with a fixed number of decimals (days, ratios).
    case number(Double, decimals: Int)
    /// A judgement in words ("gehaald", "nog 73 te veel") with its meaning, so that a screen
    /// colours it by the verdict and never by matching the Dutch text.
    case status(String, Verdict)
    /// A figure that stands out against the region (index ≥ 125 or ≤ 80): people see a
    /// ▲ or ▼ beside it and a colour; scripts get the figure itself.
    indirect case flagged(ReportValue, Deviation)
}

/// What a status cell means.
public enum Verdict: Sendable, Equatable {
    case met, notMet
    /// Nothing to judge: no data, no 0-meting.
    case unknown
}

extension ReportValue {
    /// The number behind the value, for sorting and arithmetic; nil for text and empty cells.
    public var numericValue: Double? {
        switch self {
        case .empty, .text, .status: nil
        case .count(let n): Double(n)
        case .fraction(let x, _), .euros(let x, _), .number(let x, _): x
        case .flagged(let v, _): v.numericValue
        }
    }
}

public struct TidyTable: Sendable {
    public let columns: [String]
    public var rows: [[ReportValue]]
    /// For small-cell protection (contract §7.10): the counts of people a cell rests on where the
    /// table does not hold them (a median of trajecten not counted in the table), by row index
    /// and column index. The other cells are described by the report's `SmallCellRoles`.
    public var bases: [Int: [Int: [Int]]] = [:]

    public init(columns: [String], rows: [[ReportValue]] = []) { self.columns = columns; self.rows = rows }

    /// Appends a row whose cells in `bases` (by column name) rest on those counts of people.
    mutating func append(_ row: [ReportValue], bases named: [String: [Int]]) {
        let byColumn = Dictionary(uniqueKeysWithValues: named.filter { !$0.value.isEmpty }.compactMap { name, counts in columns.firstIndex(of: name).map { ($0, counts) } })
        if !byColumn.isEmpty { bases[rows.count] = byColumn }
        rows.append(row)
    }
}

/// A table as the programme plan prints it: a row label column plus value columns,
/// optionally with a group header above the columns (e.g. "S1-verblijf" over its years).
public struct WideTable: Sendable {
    public struct Row: Sendable {
        public enum Kind: Sendable { case normal, total, development }
        public let label: String
        public let values: [ReportValue]
        public let kind: Kind
        /// What the row is about, as a code (gemeentecode, `regio`, productcode, AGB), so that
        /// a screen can act on a row without reading its Dutch label.
        public let key: String?
        /// For small-cell protection (contract §7.10): by value index, the counts of clients,
        /// allocations or trajecten the value is or rests on, where the table's `roles` cannot
        /// say it (a figure per 1.000 whose count is not shown, a share of unseen trajecten).
        public let bases: [Int: [Int]]

        public init(_ label: String, _ values: [ReportValue], kind: Kind = .normal, key: String? = nil, bases: [Int: [Int]] = [:]) {
            self.label = label; self.values = values; self.kind = kind; self.key = key; self.bases = bases
        }
    }

    public let title: String
    public let corner: String
    public let groups: [(title: String, span: Int)]
    public let columns: [String]
    public let rows: [Row]
    public let footnotes: [String]
    /// Codes of the value columns where they stand for something (a municipality, a product);
    /// empty when the columns are plain (years, figures).
    public let columnKeys: [String]
    /// For small-cell protection (contract §7.10): what each value column (by index) holds, where
    /// it is a count of people or a figure computed from one; a column not in it is about
    /// something else (years, euros of an area, providers) and never hidden.
    public let roles: [Int: CellRole]

    public init(title: String, corner: String = "", groups: [(title: String, span: Int)] = [], columns: [String], rows: [Row],
                columnKeys: [String] = [], footnotes: [String] = [], roles: [Int: CellRole] = [:]) {
        self.title = title; self.corner = corner; self.groups = groups; self.columns = columns
        self.rows = rows; self.footnotes = footnotes; self.columnKeys = columnKeys; self.roles = roles
    }

    /// A table with nothing in it, for a selection without data.
    public static let empty = WideTable(title: "", columns: [], rows: [])
}
