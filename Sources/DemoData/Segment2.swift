import MonitorCore

/// Targets of the residential fit and the placement of residential careers at providers.
enum Segment2 {
    static func month(_ y: Int, _ m: Int) -> Int { (y - 2021) * 12 + m - 1 }

    /// Piecewise linear monthly curve through (month index, value) knots.
    static func curve(_ knots: [(Int, Double)]) -> [Double] {
        (0..<Feature.months).map { m in
            if m <= knots[0].0 { return knots[0].1 }
            for i in 1..<knots.count where m <= knots[i].0 {
                let (a, va) = knots[i - 1], (b, vb) = knots[i]
                return va + (vb - va) * Double(m - a) / Double(b - a)
            }
            return knots[knots.count - 1].1
        }
    }

    static func targets() -> ResidentialTargets {
        var t = ResidentialTargets()
        let exact = 25.0
        for g in 0..<11 {
            for y in 2022...2023 {
                for cls in 0..<3 {
                    let k = Feature.classYear(cls, g, y)
                    t.target[k] = Double(Published.classCount(cls, g, y)); t.weight[k] = exact
                }
            }
        }
        for y in 2022...2023 {
            for (k, v) in [Published.s1Region[y]!, Published.s2Region[y]!, Published.unionRegion[y]!].enumerated() {
                t.target[Feature.region(k, y)] = Double(v); t.weight[Feature.region(k, y)] = exact
            }
        }
        t.target[Feature.h1of2021] = Double(Published.segment2FirstHalf[2021]!)
        t.target[Feature.h1of2022] = Double(Published.segment2FirstHalf[2022]!)
        t.weight[Feature.h1of2021] = exact; t.weight[Feature.h1of2022] = exact
        for s in 0..<4 {
            t.target[Feature.h1of2023(s)] = Double(Published.segment2BySubregion[s]); t.weight[Feature.h1of2023(s)] = exact
        }
        for p in 0..<4 { t.target[Feature.april(p)] = Double(Published.aprilClients[p]); t.weight[Feature.april(p)] = exact }
        // Demo continuation: out-of-home placements keep falling, not on track for at most 379 in 2028.
        for (y, v) in [(2024, 455.0), (2025, 440.0), (2026, 425.0)] {
            t.target[Feature.union(y)] = v; t.tolerance[Feature.union(y)] = 4; t.weight[Feature.union(y)] = 3
        }
        let curves: [Kind: [Double]] = [
            .s1: curve([(0, 92), (month(2022, 1), 99), (month(2023, 6), 86), (month(2024, 12), 84), (month(2026, 10), 80)]),
            .pleeg: curve([(0, 247), (month(2022, 6), 245), (month(2022, 12), 236), (month(2023, 4), 212), (month(2023, 12), 213), (month(2026, 10), 201)]),
            .gezinshuis: curve([(0, 42), (month(2021, 12), 45), (month(2022, 6), 49), (month(2022, 12), 48), (month(2023, 4), 44), (month(2026, 10), 43)]),
            .woongroep: curve([(0, 0), (month(2021, 12), 0), (month(2022, 1), 5), (month(2023, 4), 17), (month(2024, 6), 21), (month(2026, 10), 22)]),
            .zelfstandig: curve([(0, 5), (month(2021, 12), 4), (month(2022, 12), 2), (month(2023, 4), 1), (month(2024, 6), 2), (month(2026, 10), 2)]),
            .deeltijd: curve([(0, 0), (month(2022, 12), 0), (month(2023, 1), 2), (month(2023, 6), 6), (month(2024, 6), 9), (month(2026, 10), 11)]),
        ]
        for (kind, values) in curves {
            for (m, v) in values.enumerated() {
                let k = Feature.monthly(kind, m)
                t.target[k] = v.rounded()
                t.tolerance[k] = max(1, 0.03 * v)
                t.weight[k] = v == 0 ? 5 : 1
            }
        }
        return t
    }

    /// The youth in begeleiding naar zelfstandig wonen in April 2023 stays the whole month,
    /// so that its tarief per etmaal gives the published month amount.
    static func coverWholeApril(_ careers: inout [Career]) {
        let april = Period(month: Month(year: 2023, month: 4))
        for i in careers.indices {
            for j in careers[i].stays.indices where careers[i].stays[j].kind == .zelfstandig {
                var s = careers[i].stays[j]
                guard Residential.overlaps(s, april) else { continue }
                if s.start > april.first, j == 0 || careers[i].stays[j - 1].end < april.first { s.start = april.first }
                if s.end < april.last, j + 1 == careers[i].stays.count || careers[i].stays[j + 1].start > april.last { s.end = april.last }
                careers[i].stays[j] = s
            }
        }
    }

    // MARK: placement

    /// Providers of the clients in April 2023: (provider, clients) per product, contracted first.
    static let aprilPlacement: [Kind: [(Int, Int)]] = [
        .pleeg: [(0, 88), (1, 56), (2, 36), (3, 18), (5, 7), (6, 4), (7, 3)],
        .gezinshuis: [(8, 6), (9, 5), (10, 4), (11, 4), (12, 3), (13, 3), (14, 3), (15, 2),
                      (18, 2), (19, 2), (20, 2), (21, 2), (22, 1), (23, 1), (24, 1), (25, 1), (26, 1), (27, 1)],
        .woongroep: [(28, 3), (29, 2), (30, 2), (31, 1), (32, 1), (34, 2), (35, 2), (36, 1), (37, 1), (38, 1), (39, 1)],
        .zelfstandig: [(40, 1)],
    ]

    static func referrer(_ code: String) -> Referrer? { code.isEmpty ? nil : Referrer(rawValue: code) }

    static func randomReferrer(_ kind: Kind, _ rng: inout SplitMix64) -> Referrer? {
        let r = rng.unit()
        switch kind {
        case .pleeg: return r < 0.40 ? nil : r < 0.70 ? .certifiedInstitution : r < 0.995 ? .municipality : .judicial
        case .gezinshuis: return r < 0.45 ? .certifiedInstitution : r < 0.73 ? .municipality : nil
        case .woongroep: return r < 0.5 ? nil : r < 0.85 ? .municipality : .certifiedInstitution
        case .zelfstandig: return r < 0.8 ? nil : .municipality
        case .deeltijd: return r < 0.7 ? .municipality : .certifiedInstitution
        case .s1: return r < 0.3 ? .certifiedInstitution : r < 0.6 ? .municipality : r < 0.8 ? .medicalSpecialist : r < 0.9 ? .generalPractitioner : nil
        }
    }

    static func pools(_ kind: Kind) -> (contracted: [Int], other: [Int]) {
        switch kind {
        case .pleeg: (ProviderRoles.pleegzorgContracted, ProviderRoles.pleegzorgOther)
        case .gezinshuis: (ProviderRoles.gezinshuisContracted, ProviderRoles.gezinshuisOther)
        case .woongroep: (ProviderRoles.woongroepContracted, ProviderRoles.woongroepOther)
        case .zelfstandig: (ProviderRoles.zelfstandigContracted, ProviderRoles.zelfstandigOther)
        case .deeltijd: ([0, 1, 2], [])
        case .s1: (ProviderRoles.s1Providers, ProviderRoles.uncontracted)
        }
    }

    /// Turns the fitted careers into allocations: one allocation per stay and calendar year
    /// (yearly re-allocation on 1 January), providers and referrers placed so that April 2023
    /// matches the factsheet exactly.
    static func place(_ careers: [Career], into plan: inout Plan, usedNumbers: inout Set<Int>) {
        var rng = SplitMix64.stream("segment2")
        let april = Period(month: Month(year: 2023, month: 4))
        // Exact provider and referrer lists for the stays active in April 2023.
        var aprilProviders: [Kind: [Int]] = [:]
        var aprilReferrers: [Kind: [Referrer?]] = [:]
        for (i, kind) in [Kind.pleeg, .gezinshuis, .woongroep, .zelfstandig].enumerated() {
            var providers: [Int] = []
            for (v, n) in aprilPlacement[kind]! { providers += Array(repeating: v, count: n) }
            var refs: [Referrer?] = []
            for (code, n) in Published.aprilReferrers[i] { refs += Array(repeating: referrer(code), count: n) }
            rng.shuffle(&providers); rng.shuffle(&refs)
            aprilProviders[kind] = providers; aprilReferrers[kind] = refs
        }
        let horizon = Residential.horizon
        for career in careers {
            let birthYear = career.stays[0].kind == .zelfstandig || career.stays[0].kind == .woongroep
                ? rng.int(2004...2008) : rng.int(2005...2019)
            let client = plan.newClient(&rng, birthYear: birthYear, used: &usedNumbers)
            for (j, stay) in career.stays.enumerated() {
                let kind = stay.kind
                let provider: Int
                let referrer: Referrer?
                if kind != .s1, kind != .deeltijd, Residential.overlaps(stay, april) {
                    provider = aprilProviders[kind]!.removeLast()
                    referrer = aprilReferrers[kind]!.removeLast()
                } else {
                    let (contracted, other) = pools(kind)
                    let startDay = max(stay.start, Residential.start2021)
                    let available = contracted.filter { plan.providers.isContracted($0, stay.product, on: startDay) }
                    if !available.isEmpty, other.isEmpty || rng.chance(kind == .s1 ? 0.9 : 0.8) {
                        provider = kind == .pleeg ? available[rng.weighted(available.map { $0 == 4 ? 0.4 : 1.0 })] : rng.pick(available)
                    } else {
                        provider = rng.pick(other.isEmpty ? contracted : other)
                    }
                    referrer = randomReferrer(kind, &rng)
                }
                let spec = Catalogue.specs[stay.product]
                let isLastStay = j == career.stays.count - 1
                var year = max(stay.start.year, 2021)
                while year <= 2026 {
                    let first = max(stay.start, Day(year: year, month: 1, day: 1)!)
                    if first > horizon { break }
                    let yearEnd = Day(year: year, month: 12, day: 31)!
                    var end: Day? = min(stay.end, yearEnd)
                    let finalPiece = stay.end <= yearEnd || year == 2026
                    if finalPiece && isLastStay && career.openEnded && stay.end > horizon { end = nil }
                    var d = Draft(municipality: career.municipality, client: client, product: stay.product, provider: provider,
                                  start: first, end: end, volume: 1, unit: spec.unit, frequency: spec.frequency,
                                  referrer: referrer, endReason: nil, role: .residential)
                    if kind == .deeltijd { d.volume = rng.int(spec.volume) }
                    if stay.end <= yearEnd && stay.end <= horizon {
                        // Reason drawn per provider at the end (Outcomes.assignEndReasons); the draw keeps the stream.
                        _ = rng.int(0...6)
                        d.endReason = Outcomes.ended
                    }
                    d.realisation = kind == .pleeg ? 1.0 : kind == .s1 ? 0.93 + 0.06 * rng.unit() : 0.94 + 0.05 * rng.unit()
                    plan.drafts.append(d)
                    if stay.end <= yearEnd { break }
                    year += 1
                }
            }
        }
    }
}
