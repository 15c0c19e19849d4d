import MonitorCore

/// How a sheet is sorted: by one column (0 = the row labels), ascending or descending,
/// like VisiData's one sort key.
public struct SortOrder: Hashable, Sendable {
    public var column: Int
    public var descending: Bool
}

/// A report table as the user sees it: body rows sorted and filtered, while the
/// Ontwikkeling rows stay below the body and the total row is pinned as a footer.
public struct Sheet: Sendable {
    public let table: WideTable
    public let body: [WideTable.Row]
    public let developments: [WideTable.Row]
    public let footer: WideTable.Row?

    public init(_ table: WideTable, sort: SortOrder?, filter: String) {
        self.table = table
        var body = table.rows.filter { $0.kind == .normal }
        developments = table.rows.filter { $0.kind == .development }
        footer = table.rows.last { $0.kind == .total }
        let needle = Sheet.folded(filter)
        // By name or by code: "nue" finds Nuenen, "0820" too, and an AGB finds its provider.
        if !needle.isEmpty { body = body.filter { Sheet.folded($0.label).contains(needle) || ($0.key.map { Sheet.folded($0).hasPrefix(needle) } ?? false) } }
        if let sort { body = Sheet.sorted(body, by: sort) }
        self.body = body
    }

    /// Label column plus value columns.
    public var columnCount: Int { table.columns.count + 1 }
    /// The rows the cursor moves over: body, then Ontwikkeling rows.
    public var rows: [WideTable.Row] { body + developments }

    static func sorted(_ rows: [WideTable.Row], by order: SortOrder) -> [WideTable.Row] {
        // Stable: equal keys keep their published order. Empty cells sort last either way.
        let indexed = Array(rows.enumerated())
        return indexed.sorted { a, b in
            if order.column == 0 {
                let c = a.element.label.naturalOrder(b.element.label)
                if c == 0 { return a.offset < b.offset }
                return order.descending ? c > 0 : c < 0
            }
            let x = a.element.values[safe: order.column - 1]?.numericValue
            let y = b.element.values[safe: order.column - 1]?.numericValue
            switch (x, y) {
            case let (x?, y?) where x != y: return order.descending ? x > y : x < y
            case (nil, .some): return false
            case (.some, nil): return true
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }

    /// Case- and accent-insensitive text for filtering: "Nuenen" matches "nue", "Geldrop" "geld".
    static func folded(_ s: String) -> String {
        String(s.lowercased().unicodeScalars.map { scalar -> Character in
            switch scalar {
            case "à", "á", "â", "ä": "a"
            case "è", "é", "ê", "ë": "e"
            case "ì", "í", "î", "ï": "i"
            case "ò", "ó", "ô", "ö": "o"
            case "ù", "ú", "û", "ü": "u"
            default: Character(scalar)
            }
        })
    }
}

extension String {
    /// Natural order for labels ("2024" before "2025", "Asten" before "Deurne").
    func naturalOrder(_ other: String) -> Int {
        let a = Sheet.folded(self), b = Sheet.folded(other)
        return a == b ? 0 : (a < b ? -1 : 1)
    }
}
