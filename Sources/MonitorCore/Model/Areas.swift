/// A municipality, a subregion or the region: the municipalities it covers. Tables that can
/// be shown for any of them take an area; its `key` is how scripts and screens name it.
public struct Area: Sendable, Hashable {
    public enum Kind: String, Sendable {
        case municipality = "gemeente", subregion = "subregio", region = "regio"
    }

    public let kind: Kind
    /// The gemeentecode, the subregion's name, or `regio`.
    public let key: String
    /// As people read it: "Helmond", "Subregio Peelgemeenten", "Regio".
    public let name: String
    /// Indexes into `Dataset.municipalities`.
    public let members: [Int]

    public static let regionKey = "regio"
}

extension Dataset {
    /// The municipalities in file order, the subregions alphabetically, then the region (last).
    public var areas: [Area] {
        municipalities.indices.map { Area(kind: .municipality, key: municipalities[$0].code, name: municipalities[$0].name, members: [$0]) }
            + subregions.map { sub in
                Area(kind: .subregion, key: sub, name: "Subregio \(sub)", members: municipalities.indices.filter { municipalities[$0].subregion == sub })
            }
            + [region]
    }

    public var region: Area { Area(kind: .region, key: Area.regionKey, name: "Regio", members: Array(municipalities.indices)) }

    /// The area a key names: a gemeentecode, a subregion (any case), or `regio`.
    public func area(_ key: String) -> Area? {
        areas.first { $0.key == key || ($0.kind == .subregion && $0.key.lowercased() == key.lowercased()) }
    }
}

/// Which products a table counts: all, one segment, or one product category.
public enum ProductSelection: Sendable, Hashable {
    case all
    case segment(Int)
    case category(String)

    /// As people read it: "alle producten", "segment 2", "productcategorie 43".
    public var label: String {
        switch self {
        case .all: "alle producten"
        case .segment(let s): "segment \(s)"
        case .category(let c): "productcategorie \(c)"
        }
    }

    /// As scripts write it: `alle`, `segment:2`, `categorie:43`.
    public var key: String {
        switch self {
        case .all: "alle"
        case .segment(let s): "segment:\(s)"
        case .category(let c): "categorie:\(c)"
        }
    }

    public init?(key: String) {
        let parts = key.lowercased().split(separator: ":", maxSplits: 1).map(String.init)
        switch (parts.first, parts.count) {
        case ("alle", 1), ("all", 1): self = .all
        case ("segment", 2): guard let s = Int(parts[1]) else { return nil }; self = .segment(s)
        case ("categorie", 2), ("category", 2): guard !parts[1].isEmpty else { return nil }; self = .category(parts[1])
        default: return nil
        }
    }

    public func includes(_ p: Product) -> Bool {
        switch self {
        case .all: true
        case .segment(let s): p.segment == s
        case .category(let c): p.category == c
        }
    }
}

extension Dataset {
    /// All products, each segment, then each product category that the catalogue holds.
    public var productSelections: [ProductSelection] {
        [.all] + Set(products.map(\.segment)).sorted().map { .segment($0) }
            + Set(products.map(\.category)).sorted().map { .category($0) }
    }
}

/// The period of an area table around a month: its half year, its calendar year, or the month.
public enum AreaPeriod: String, Sendable, CaseIterable, Hashable {
    case halfYear = "halfjaar", year = "jaar", month = "maand"

    /// The half year, calendar year or month containing `m`, up to the delivery date.
    public func period(around m: Month, horizon: Day) -> (label: String, period: Period) {
        let year = m.year
        switch self {
        case .halfYear:
            let first = m.number <= 6 ? 1 : 7
            let p = Period(first: Month(year: year, month: first).firstDay, last: min(Month(year: year, month: first + 5).lastDay, horizon))
            return ("\(first == 1 ? "1e" : "2e") halfjaar \(year)", p)
        case .year: return ("\(year)", Period(first: Period(year: year).first, last: min(Period(year: year).last, horizon)))
        case .month: return (DutchCalendar.name(of: m), Period(month: m))
        }
    }
}
