import MonitorCore

/// Provider outcomes for the Aanbieders screens (data contract §7.5): reden_beeindiging (JZ588)
/// that differs per provider, and a few providers many of whose clients need new help within
/// half a year after a traject ended volgens plan.
///
/// Everything here uses its own random streams (per allocation, or per provider) and runs after
/// the calibration, so no other draw of the generator changes. Follow-up allocations start in
/// 2024 or later and so leave every published figure (2021–2023) as it is.
enum Outcomes {
    /// Placeholder set while planning an allocation that ended on or before the horizon; the
    /// reason is drawn by `assignEndReasons` once the provider is final.
    static let ended = "31"

    /// Providers (index) with high uitval: share of voortijdig among volgens plan + voortijdig,
    /// and their most frequent voortijdig reason.
    static let highDropout: [Int: (share: Double, typical: String)] = [
        43: (0.52, "36"),  // largest segment 1 provider (clinical treatment): care need changes
        54: (0.50, "32"),  // large provider, mostly segment 4 begeleiding: clients stop
        65: (0.47, "33"),  // large provider, mostly segment 3 GGZ: provider ends the care
        93: (0.52, "32"),  // medium, segment 3
        134: (0.48, "38"), // medium, mostly segment 4
    ]
    /// Providers (index) that almost always end volgens plan.
    static let lowDropout: [Int: Double] = [63: 0.03, 88: 0.04, 190: 0.02]
    /// Providers (index) many of whose clients get new help soon after a volgens-plan end:
    /// chance of a follow-up allocation per such traject (2024 on).
    static let returning: [Int: Double] = [63: 0.6, 80: 0.55, 136: 0.5]
    /// Weights of the voortijdig reasons (32–39).
    static let voortijdig: [(String, Double)] = [
        ("32", 0.30), ("34", 0.25), ("36", 0.15), ("33", 0.12), ("35", 0.08), ("37", 0.04), ("38", 0.03), ("39", 0.03),
    ]

    static let voortijdigCodes = Set(voortijdig.map(\.0))

    /// Share of voortijdig (among 31 and 32–39) of a provider.
    static func dropoutShare(_ v: Int) -> Double {
        if let h = highDropout[v] { return h.share }
        if let l = lowDropout[v] { return l }
        var rng = SplitMix64.stream("uitval-profile", v)
        return 0.10 + 0.16 * rng.unit()
    }

    /// The JZ588 reason of draft `i` at provider `v`.
    static func reason(draft i: Int, provider v: Int) -> String {
        var rng = SplitMix64.stream("reden_beeindiging", i &* 512 &+ v)
        if rng.chance(0.03) {
            let r = rng.unit()
            return r < 0.6 ? "02" : r < 0.85 ? "03" : "99"
        }
        guard rng.chance(dropoutShare(v)) else { return "31" }
        if let typical = highDropout[v]?.typical, rng.chance(0.5) { return typical }
        return voortijdig[rng.weighted(voortijdig.map(\.1))].0
    }

    /// Replaces the placeholder of every ended allocation from index `first` on by its reason.
    static func assignEndReasons(_ plan: inout Plan, from first: Int = 0) {
        for i in first..<plan.drafts.count where plan.drafts[i].endReason != nil {
            plan.drafts[i].endReason = reason(draft: i, provider: plan.drafts[i].provider)
        }
    }

    /// Trajecten (§5) of the drafts: chains of one client, municipality, product and provider;
    /// returns per traject its end (nil = open) and the indices of its ending allocations.
    static func trajecten(_ drafts: [Draft]) -> [(end: Day?, ending: [Int])] {
        struct Key: Hashable { var g, client, product, provider: Int }
        var groups: [Key: [Int]] = [:]
        for (i, d) in drafts.enumerated() {
            groups[Key(g: d.municipality, client: d.client, product: d.product, provider: d.provider), default: []].append(i)
        }
        var result: [(end: Day?, ending: [Int])] = []
        for members in groups.values {
            let sorted = members.sorted { (drafts[$0].start, $0) < (drafts[$1].start, $1) }
            var chain: [Int] = []
            var end: Day? = nil
            func close() {
                guard !chain.isEmpty else { return }
                result.append((end, end.map { e in chain.filter { drafts[$0].end == e } } ?? []))
            }
            for i in sorted {
                let d = drafts[i]
                if !chain.isEmpty, end == nil || d.start <= end! + 1 {
                    chain.append(i)
                    if let e = end { end = d.end.map { max(e, $0) } }
                } else {
                    close()
                    chain = [i]; end = d.end
                }
            }
            close()
        }
        // Deterministic order: by the first ending allocation.
        return result.sorted { ($0.ending.first ?? Int.max) < ($1.ending.first ?? Int.max) }
    }

    /// Short, cheap, non-residential products for new help after an end.
    static let followUpProducts: [(code: String, weight: Double)] = [("45A14", 4), ("45B06", 3), ("45B04", 2), ("45A10", 1)]

    /// For the `returning` providers: after a traject that ended volgens plan in 2024 or later,
    /// often a new short allocation of the same youth at another provider, 30–150 days later.
    static func addFollowUps(_ plan: inout Plan) {
        let first2024 = Day(year: 2024, month: 1, day: 1)!
        let horizon = Residential.horizon
        let baseCount = plan.drafts.count
        var added: [Draft] = []
        for t in trajecten(plan.drafts) {
            guard let end = t.end, end >= first2024, end <= horizon, let last = t.ending.max() else { continue }
            let d = plan.drafts[last]
            guard let chance = returning[d.provider] else { continue }
            let reasons = t.ending.compactMap { plan.drafts[$0].endReason }
            guard reasons.contains("31"), !reasons.contains(where: { voortijdigCodes.contains($0) }) else { continue }
            var rng = SplitMix64.stream("follow-up", last)
            guard rng.chance(chance) else { continue }
            let start = end + rng.int(30...150)
            guard start <= horizon, start.year - plan.birthYears[d.client] <= 17 else { continue }
            let product = Catalogue.index(followUpProducts[rng.weighted(followUpProducts.map(\.weight))].code)
            let spec = Catalogue.specs[product]
            let pool = (ProviderRoles.big + ProviderRoles.medium + ProviderRoles.small).filter {
                $0 != d.provider && returning[$0] == nil && plan.providers.isContracted($0, product, on: start)
            }
            guard !pool.isEmpty else { continue }
            let provider = pool[rng.weighted(pool.map { $0 < 70 ? 4.0 : $0 < 140 ? 2.0 : 1.0 })]
            let length = spec.frequency == .totalInPeriod ? rng.int(28...90) : rng.int(42...120)
            var f = Draft(municipality: d.municipality, client: d.client, product: product, provider: provider,
                          start: start, end: start + (length - 1), volume: rng.int(spec.volume), unit: spec.unit,
                          frequency: spec.frequency, referrer: rng.chance(0.6) ? .generalPractitioner : .municipality,
                          endReason: nil, role: .followUp)
            if let e = f.end, e <= horizon { f.endReason = ended }
            f.realisation = min(1.0, 0.85 + 0.15 * rng.unit())
            added.append(f)
        }
        plan.drafts += added
        assignEndReasons(&plan, from: baseCount)
        // Their claims: each allocation has its own stream, so the existing claims stay as they are.
        let dataset = plan.dataset()
        plan.claims += Claims.generate(plan, dataset: dataset, numbers: plan.allocations().numbers, from: baseCount)
        log("follow-up allocations after a volgens-plan end: \(added.count)")
    }
}
