/// The indicators on which the 11 municipalities are compared with the region (contract §7.2).
public enum Indicator: String, CaseIterable, Sendable, Hashable {
    case inCare = "jeugdigen_in_zorg"
    case s1Residential = "s1_verblijf"
    case s2Residential = "s2_verblijf"
    case customArrangements = "maatwerk"
    case declared = "gedeclareerd"
    case costPerClient = "kosten_per_client"
    case medianDuration = "trajectduur_mediaan"

    public enum Normalisation: Sendable { case perThousandYouths, perYouth, none }

    public var normalisation: Normalisation {
        switch self {
        case .inCare, .s1Residential, .s2Residential, .customArrangements: .perThousandYouths
        case .declared: .perYouth
        case .costPerClient, .medianDuration: .none
        }
    }

    /// As people read it.
    public var label: String {
        switch self {
        case .inCare: "Jeugdigen in zorg"
        case .s1Residential: "S1-verblijf"
        case .s2Residential: "S2-verblijf"
        case .customArrangements: "Maatwerk"
        case .declared: "Gedeclareerd"
        case .costPerClient: "Kosten per cliënt"
        case .medianDuration: "Trajectduur mediaan"
        }
    }
}

/// Above or below the region by the contract's margins (§7.1).
public enum Deviation: String, Sendable, Hashable {
    case high = "hoog", low = "laag"

    /// `hoog` from index 125, `laag` up to 80; the tolerance keeps an exact 125 or 80 from
    /// falling just short through floating point.
    public init?(index: Double) {
        if index >= 125 - 1e-9 { self = .high } else if index <= 80 + 1e-9 { self = .low } else { return nil }
    }
}

/// One indicator of one municipality (or the region) in one year.
public struct IndicatorFigure: Sendable, Equatable {
    public let value: Double?
    public let normalised: Double?
    /// 100 for the region; nil when the region's normalised value is 0 or missing.
    public let index: Double?
    /// The counts of people the value rests on, for small-cell protection (contract §7.10):
    /// the count itself; jeugdigen in zorg for the euros; the trajecten behind a median.
    public var bases: [Int] = []
    /// The region's, which the index rests on as well.
    public var regionBases: [Int] = []
    public var deviation: Deviation? { index.flatMap(Deviation.init(index:)) }
}

/// The inwoners.csv figure used to normalise: the year's own, else the latest earlier year.
public struct NormalisationYouths: Sendable, Equatable {
    public let youths: Int
    /// Taken from an earlier year (the text formats mark the figure with `*`).
    public let isCarriedForward: Bool
}

/// The 11 municipalities and the region on every indicator, every year from 2022.
public struct MunicipalityComparison: Sendable {
    public let years: [Int]
    /// `figures[yearIndex][indicator]` holds one figure per municipality, the region last.
    let figures: [[Indicator: [IndicatorFigure]]]
    /// `youths[yearIndex]`: per municipality, the region last.
    public let youths: [[NormalisationYouths?]]

    /// - Parameter municipality: index into `Dataset.municipalities`; nil for the region.
    public func figure(year: Int, _ indicator: Indicator, municipality: Int?) -> IndicatorFigure? {
        guard let yi = years.firstIndex(of: year), let row = figures[yi][indicator] else { return nil }
        return row[municipality ?? row.count - 1]
    }

    public func youths(year: Int, municipality: Int?) -> NormalisationYouths? {
        guard let yi = years.firstIndex(of: year) else { return nil }
        return youths[yi][municipality ?? youths[yi].count - 1]
    }
}

extension Dataset {
    /// Jeugdigen of a municipality for normalising a year (contract §7.1).
    public func normalisationYouths(municipality m: Int, year: Int) -> NormalisationYouths? {
        let code = municipalities[m].code
        let known = reference.inhabitants.filter { $0.municipality == code && $0.year <= year }.max { $0.year < $1.year }
        return known.map { NormalisationYouths(youths: $0.youths, isCarriedForward: $0.year != year) }
    }

    public func municipalityComparison() -> MunicipalityComparison {
        let years = Array(self.years)
        let n = municipalities.count
        let inCare = youthsInCare(), residential = residentialClients(), custom = customArrangements(), durations = trajectoryDurations()
        // S2-verblijf: the union of S2-gezinsnabij and S2-wonen, each client once per area.
        var s2 = Array(repeating: Array(repeating: Set<Int32>(), count: n + 1), count: years.count)
        for a in allocations where products[a.product].residence.isSegment2 {
            for (yi, y) in years.enumerated() where a.isActive(in: Period(year: y)) {
                s2[yi][a.municipality].insert(a.client)
                s2[yi][n].insert(a.client)
            }
        }
        var cents = Array(repeating: Array(repeating: Int64(0), count: n), count: years.count)
        for c in claims where c.received <= horizon {
            guard let yi = years.firstIndex(of: c.careMonth.year) else { continue }
            cents[yi][allocations[c.allocation].municipality] += c.amountCents
        }
        var youths: [[NormalisationYouths?]] = []
        var figures: [[Indicator: [IndicatorFigure]]] = []
        for (yi, year) in years.enumerated() {
            let own = (0..<n).map { normalisationYouths(municipality: $0, year: year) }
            let region: NormalisationYouths? = own.contains { $0 == nil } ? nil
                : NormalisationYouths(youths: own.compactMap(\.?.youths).reduce(0, +), isCarriedForward: own.contains { $0!.isCarriedForward })
            let all = own + [region]
            youths.append(all)
            let regionDeclared = Double(cents[yi].reduce(0, +)) / 100
            let values: [Indicator: [Double?]] = [
                .inCare: (0..<n).map { Double(inCare.counts[yi][$0]) } + [Double(inCare.region[yi])],
                .s1Residential: (0..<n).map { Double(residential.byMunicipality[yi][$0][.s1Residential]) } + [Double(residential.segment1[yi])],
                .s2Residential: s2[yi].map { Double($0.count) },
                .customArrangements: (0..<n).map { Double(custom.counts[yi][$0]) } + [Double(custom.region[yi])],
                .declared: (0..<n).map { Double(cents[yi][$0]) / 100 } + [regionDeclared],
                .costPerClient: (0..<n).map { m in inCare.counts[yi][m] > 0 ? Double(cents[yi][m]) / 100 / Double(inCare.counts[yi][m]) : nil }
                    + [inCare.region[yi] > 0 ? regionDeclared / Double(inCare.region[yi]) : nil],
                .medianDuration: (0..<n).map { durations.summary(yearIndex: yi, municipality: $0).medianDays } + [durations.regionSummary(yearIndex: yi).medianDays],
            ]
            let inCareCounts = inCare.counts[yi] + [inCare.region[yi]]
            let bases: [Indicator: [Int]] = [
                .inCare: inCareCounts,
                .s1Residential: (0..<n).map { residential.byMunicipality[yi][$0][.s1Residential] } + [residential.segment1[yi]],
                .s2Residential: s2[yi].map(\.count),
                .customArrangements: custom.counts[yi] + [custom.region[yi]],
                // A municipality's claims are those of its jeugdigen in zorg.
                .declared: inCareCounts, .costPerClient: inCareCounts,
                .medianDuration: (0..<n).map { durations.summary(yearIndex: yi, municipality: $0).count } + [durations.regionSummary(yearIndex: yi).count],
            ]
            var row: [Indicator: [IndicatorFigure]] = [:]
            for indicator in Indicator.allCases {
                let raw = values[indicator]!
                let normalised = raw.indices.map { i -> Double? in
                    guard let v = raw[i] else { return nil }
                    switch indicator.normalisation {
                    case .none: return v
                    case .perThousandYouths: return all[i].flatMap { $0.youths > 0 ? v * 1000 / Double($0.youths) : nil }
                    case .perYouth: return all[i].flatMap { $0.youths > 0 ? v / Double($0.youths) : nil }
                    }
                }
                let yardstick = normalised[n]
                row[indicator] = raw.indices.map { i in
                    let index: Double? = i == n ? (yardstick == nil ? nil : 100)
                        : normalised[i].flatMap { v in yardstick.flatMap { $0 != 0 ? 100 * v / $0 : nil } }
                    return IndicatorFigure(value: raw[i], normalised: normalised[i], index: index, bases: [bases[indicator]![i]], regionBases: [bases[indicator]![n]])
                }
            }
            figures.append(row)
        }
        return MunicipalityComparison(years: years, figures: figures, youths: youths)
    }
}

/// Clients of a product group (a category, a segment) per municipality against the region's
/// share, as an index (contract §7.3).
public struct ProductMixFigure: Sendable, Equatable {
    public let group: String
    public let clients: Int
    /// Clients / jeugdigen in zorg of the municipality.
    public let share: Double?
    public let regionShare: Double?
    public let index: Double?
    /// The region's clients of the group, which `regionShare` and `index` rest on (small-cell protection).
    public var regionClients = 0
}

extension Dataset {
    /// Per year: per group with clients anywhere in the region, each municipality's figure
    /// (`byMunicipality[m]`) and the region's (index 100).
    public func productMix(year: Int, groupedBy group: (Product) -> String) -> (groups: [String], byMunicipality: [[ProductMixFigure]], region: [ProductMixFigure]) {
        let period = Period(year: year)
        let n = municipalities.count
        let keys = products.map(group)
        var clients: [String: [Set<Int32>]] = [:]
        var inCare = Array(repeating: Set<Int32>(), count: n + 1)
        for a in allocations where a.isActive(in: period) {
            inCare[a.municipality].insert(a.client); inCare[n].insert(a.client)
            clients[keys[a.product], default: Array(repeating: [], count: n + 1)][a.municipality].insert(a.client)
            clients[keys[a.product]]![n].insert(a.client)
        }
        let groups = clients.filter { !$0.value[n].isEmpty }.keys.sorted()
        func figure(_ g: String, _ i: Int) -> ProductMixFigure {
            let count = clients[g]![i].count
            let share = inCare[i].isEmpty ? nil : Double(count) / Double(inCare[i].count)
            let regionShare = inCare[n].isEmpty ? nil : Double(clients[g]![n].count) / Double(inCare[n].count)
            let index = i == n ? (regionShare == nil ? nil : 100) : share.flatMap { s in regionShare.flatMap { $0 > 0 ? 100 * s / $0 : nil } }
            return ProductMixFigure(group: g, clients: count, share: share, regionShare: regionShare, index: index, regionClients: clients[g]![n].count)
        }
        return (groups, (0..<n).map { m in groups.map { figure($0, m) } }, groups.map { figure($0, n) })
    }
}

/// Names of JZ020 product categories and of the region's five segments, so that tables show
/// names and not only codes.
public enum ProductGroupNames {
    public static let categories: [String: String] = [
        "31": "(2015) zonder verblijf: wijk- of buurtteam", "32": "(2015) ambulant op locatie aanbieder", "33": "(2015) daghulp op locatie aanbieder",
        "34": "(2015) in het netwerk van de jeugdige", "35": "(2015) pleegzorg", "36": "(2015) gezinsgericht", "37": "(2015) gesloten plaatsing",
        "38": "(2015) overig residentieel", "40": "Persoonlijke verzorging", "41": "Dagbehandeling", "42": "Vervoerdiensten",
        "43": "Jeugdhulp verblijf (incl. behandeling)", "44": "Jeugdhulp verblijf (excl. behandeling)", "45": "Jeugdhulp ambulant",
        "46": "Jeugdhulp crisis", "47": "Jeugdreclassering", "48": "Jeugdbescherming", "49": "Preventief justitieel kader",
        "50": "Maatwerkarrangementen jeugd",
    ]
    /// The five segments of the purchasing strategy (Hoofdlijnenakkoord segment 1).
    public static let segments: [Int: String] = [
        1: "Complex, weinig voorkomend", 2: "Wonen", 3: "Dagbehandeling, dagbesteding", 4: "Specialistisch, veel voorkomend", 5: "Crisis",
    ]

    public static func category(_ code: String) -> String { categories[code].map { "\(code) \($0)" } ?? code }
    public static func segment(_ s: Int) -> String { segments[s].map { "Segment \(s) \($0)" } ?? "Segment \(s)" }
}
