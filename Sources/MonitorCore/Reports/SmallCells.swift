/// Small-cell protection (contract §7.10): with it on, every count of clients, allocations or
/// trajecten from 1 to 4, and every figure computed from such a count (a share, average, per
/// 1.000, the amount of those clients), is withheld: people read `<5`, scripts get an empty
/// cell and `afgeschermd` = `ja` in an extra last column. 0 stays 0.
///
/// The rule lives here only. Tables say what their cells are — a column's `CellRole`, or the
/// counts a cell rests on (`WideTable.Row.bases`, `TidyTable.bases`) where the table does not
/// show them — and one transformation hides what rests on a small count, so a screen, a report
/// and an export of the same table hide the same cells.
public enum SmallCells {
    /// Counts that are withheld.
    public static let hiddenRange = 1...4
    /// What people read instead of a withheld figure.
    public static let marker = "<5"
    /// The extra last column of the tidy formats.
    public static let flagColumn = "afgeschermd"

    /// How a protected page explains its `<5`.
    public static let note = "Afgeschermd: aantallen cliënten, toewijzingen of trajecten van 1 tot en met 4, en wat daaruit berekend is, staan als <5."

    public static func isSmall(_ count: Int) -> Bool { hiddenRange.contains(count) }

    /// Whether any of the counts a figure rests on is withheld.
    public static func hides(_ bases: [Int]) -> Bool { bases.contains(where: isSmall) }

    /// A figure for people: its text, or `<5` when it rests on a withheld count.
    public static func text(_ value: ReportValue, bases: [Int], protect: Bool) -> String {
        protect && hides(bases) && value != .empty ? marker : value.displayText
    }

    /// Roles of a table whose every value column is a count of people.
    static func allCounts(_ columns: Int) -> [Int: CellRole] {
        Dictionary(uniqueKeysWithValues: (0..<columns).map { ($0, CellRole.count) })
    }

    /// Row bases where value `i` rests on `counts[i]`.
    static func each(_ counts: [[Int]]) -> [Int: [Int]] {
        Dictionary(uniqueKeysWithValues: counts.enumerated().filter { !$0.element.isEmpty })
    }

    /// Row bases where value `i` rests on the single count `counts[i]`.
    static func each(_ counts: [Int]) -> [Int: [Int]] { each(counts.map { [$0] }) }

    /// The value indexes of a row that rest on a withheld count.
    static func hidden(_ values: [ReportValue], roles: [Int: CellRole], bases: [Int: [Int]]) -> Set<Int> {
        var known: [Int: Bool] = [:]
        func small(_ i: Int, _ visiting: Set<Int>) -> Bool {
            if let k = known[i] { return k }
            // A role that names itself (directly or round about) says nothing more.
            guard !visiting.contains(i) else { return false }
            let result: Bool
            if let given = bases[i] {
                result = hides(given)
            } else {
                switch roles[i] {
                case .count: result = values[safe: i].flatMap(\.countValue).map(isSmall) ?? false
                case .from(let sources): result = sources.contains { small($0, visiting.union([i])) }
                case nil: result = false
                }
            }
            known[i] = result
            return result
        }
        return Set(values.indices.filter { small($0, []) })
    }
}

/// What a cell of a table is, for small-cell protection.
public enum CellRole: Sendable, Hashable {
    /// A count of clients, allocations or trajecten: withheld when 1–4.
    case count
    /// Computed from the cells at these indexes of the same row (a share, an average, per
    /// 1.000, the amount of those clients): withheld when any of them is.
    case from([Int])

    public static func from(_ sources: Int...) -> CellRole { .from(sources) }
}

/// A report's tidy columns for small-cell protection, by name: each count of people and each
/// column computed from counts. Declared per report in `ReportCatalog`, so which columns are
/// protected is read in one place; columns not named are never withheld.
public struct SmallCellRoles: Sendable {
    public enum Role: Sendable, Hashable {
        case count
        case from([String])
    }

    public let roles: [String: Role]

    public init(_ roles: [String: Role] = [:]) { self.roles = roles }

    public static let none = SmallCellRoles()

    /// The roles by column index of a table with these columns (names it lacks are ignored).
    func indexed(_ columns: [String]) -> [Int: CellRole] {
        var out: [Int: CellRole] = [:]
        for (name, role) in roles {
            guard let i = columns.firstIndex(of: name) else { continue }
            switch role {
            case .count: out[i] = .count
            case .from(let names): out[i] = .from(names.compactMap { columns.firstIndex(of: $0) })
            }
        }
        return out
    }
}

extension SmallCellRoles.Role {
    public static func from(_ names: String...) -> Self { .from(names) }
}

extension ReportValue {
    /// The count a cell shows, where it shows one.
    var countValue: Int? {
        switch self {
        case .count(let n): n
        case .flagged(let v, _): v.countValue
        default: nil
        }
    }
}

extension WideTable {
    /// The table as people may see it with small cells withheld: `<5` for every figure that is,
    /// or rests on, a count of 1–4 (an empty cell stays empty).
    public func protectingSmallCells() -> WideTable {
        guard !roles.isEmpty || rows.contains(where: { !$0.bases.isEmpty }) else { return self }
        let protected = rows.map { row -> Row in
            let hidden = SmallCells.hidden(row.values, roles: roles, bases: row.bases)
            guard !hidden.isEmpty else { return row }
            let values = row.values.enumerated().map { i, v in hidden.contains(i) && v != .empty ? ReportValue.text(SmallCells.marker) : v }
            return Row(row.label, values, kind: row.kind, key: row.key, bases: row.bases)
        }
        return WideTable(title: title, corner: corner, groups: groups, columns: columns, rows: protected, columnKeys: columnKeys,
                         footnotes: footnotes, roles: roles)
    }
}

extension TidyTable {
    /// The table for scripts with small cells withheld: each such cell empty, and an extra last
    /// column `afgeschermd` that says `ja` where a figure of the row was withheld (else `nee`).
    public func protectingSmallCells(_ declared: SmallCellRoles) -> TidyTable {
        let roles = declared.indexed(columns)
        var out = TidyTable(columns: columns + [SmallCells.flagColumn])
        for (r, row) in rows.enumerated() {
            let hidden = SmallCells.hidden(row, roles: roles, bases: bases[r] ?? [:])
            let withheld = hidden.contains { row[safe: $0].map { $0 != .empty } ?? false }
            out.rows.append(row.enumerated().map { i, v in hidden.contains(i) ? .empty : v } + [.text(withheld ? "ja" : "nee")])
        }
        return out
    }
}

extension Report {
    /// The report with small cells withheld in both shapes (contract §7.10).
    public func protectingSmallCells(_ roles: SmallCellRoles) -> Report {
        Report(name: name, title: title, tidy: tidy.protectingSmallCells(roles), layout: layout.map { $0.protectingSmallCells() })
    }
}
