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
}

extension ReportValue {
    /// The number behind the value, for sorting and arithmetic; nil for text and empty cells.
    public var numericValue: Double? {
        switch self {
        case .empty, .text: nil
        case .count(let n): Double(n)
        case .fraction(let x, _), .euros(let x, _), .number(let x, _): x
        }
    }
}

public struct TidyTable: Sendable {
    public let columns: [String]
    public var rows: [[ReportValue]]

    public init(columns: [String], rows: [[ReportValue]] = []) { self.columns = columns; self.rows = rows }
}

/// A table as the programme plan prints it: a row label column plus value columns,
/// optionally with a group header above the columns (e.g. "S1-verblijf" over its years).
public struct WideTable: Sendable {
    public struct Row: Sendable {
        public enum Kind: Sendable { case normal, total, development }
        public let label: String
        public let values: [ReportValue]
        public let kind: Kind

        public init(_ label: String, _ values: [ReportValue], kind: Kind = .normal) {
            self.label = label; self.values = values; self.kind = kind
        }
    }

    public let title: String
    public let corner: String
    public let groups: [(title: String, span: Int)]
    public let columns: [String]
    public let rows: [Row]
    public let footnotes: [String]

    public init(title: String, corner: String = "", groups: [(title: String, span: Int)] = [], columns: [String], rows: [Row], footnotes: [String] = []) {
        self.title = title; self.corner = corner; self.groups = groups; self.columns = columns
        self.rows = rows; self.footnotes = footnotes
    }
}
