import MonitorCore

/// Ordinary youth care (everything without a residence class): clients planned constructively
/// per municipality so that, together with the residential clients, the counts of jeugdigen in
/// zorg (2022, 2023) and of the first half of 2023 per subregion come out exactly.
enum Population {
    enum Pattern: CaseIterable { case only2021, only2022, both, firstHalf2023, secondHalf2023, from2024 }

    static func d(_ y: Int, _ m: Int, _ dd: Int) -> Day { Day(year: y, month: m, day: dd)! }

    /// Span of a client's care for a pattern.
    static func span(_ p: Pattern, _ rng: inout SplitMix64) -> (Day, Day) {
        let dur = max(21, Int(rng.logNormal(median: 230, sigma: 0.75)))
        switch p {
        case .only2021:
            let e = rng.day(d(2021, 1, 1), d(2021, 12, 31)); return (max(d(2021, 1, 1), e + (1 - dur)), e)
        case .only2022:
            let e = rng.day(d(2022, 1, 1), d(2022, 12, 31)); return (max(d(2021, 1, 1), e + (1 - dur)), e)
        case .both:
            let long = max(dur, rng.int(40...700))
            let before = rng.int(1...(long - 1))
            return (max(d(2021, 1, 1), d(2023, 1, 1) + (-before)), d(2023, 1, 1) + (long - before - 1))
        case .firstHalf2023:
            let s = rng.day(d(2023, 1, 1), d(2023, 6, 30)); return (s, s + (dur - 1))
        case .secondHalf2023:
            let s = rng.day(d(2023, 7, 1), d(2023, 12, 31)); return (s, s + (dur - 1))
        case .from2024:
            let s = rng.day(d(2024, 1, 1), d(2026, 10, 31)); return (s, s + (dur - 1))
        }
    }

    static func maatwerkChance(_ start: Day) -> Double {
        switch start.year {
        case 2021: 0.42
        case 2022: 0.33
        case 2023: 0.09
        case 2024: 0.12
        case 2025: 0.095
        default: 0.09
        }
    }

    static func provider(for product: Int, on day: Day, maatwerk: Bool, plan: Plan, _ rng: inout SplitMix64) -> Int {
        if maatwerk {
            while true {
                let v = rng.pick(ProviderRoles.maatwerkPool)
                if !plan.providers.isContracted(v, product, on: day) { return v }
            }
        }
        let pool = ProviderRoles.big + ProviderRoles.medium + ProviderRoles.small + ProviderRoles.s1Providers
        let candidates = pool.filter { plan.providers.isContracted($0, product, on: day) }
        if candidates.isEmpty { return provider(for: product, on: day, maatwerk: true, plan: plan, &rng) }
        // Larger providers get more clients.
        return candidates[rng.weighted(candidates.map { $0 < 70 ? 4.0 : $0 < 140 ? 2.0 : 1.0 })]
    }

    static func referrer(_ rng: inout SplitMix64) -> Referrer? {
        let r = rng.unit()
        return r < 0.34 ? .municipality : r < 0.58 ? .generalPractitioner : r < 0.66 ? .youthDoctor
            : r < 0.74 ? .certifiedInstitution : r < 0.84 ? .medicalSpecialist : r < 0.88 ? .selfReferral : nil
    }

    static func pickProduct(_ rng: inout SplitMix64, from: Day) -> Int {
        while true {
            let p = Catalogue.ordinary[rng.weighted(Catalogue.ordinary.map { Catalogue.specs[$0].weight })]
            if Catalogue.specs[p].available <= from { return p }
        }
    }

    static func addAllocation(_ plan: inout Plan, g: Int, client: Int, product: Int, start: Day, end: Day,
                              provider fixed: Int?, referrer: Referrer?, openAllowed: Bool, _ rng: inout SplitMix64) -> Int {
        let spec = Catalogue.specs[product]
        let maatwerk = rng.chance(maatwerkChance(start))
        let v = fixed ?? provider(for: product, on: start, maatwerk: maatwerk, plan: plan, &rng)
        var endDay: Day? = end
        if openAllowed, end > Residential.horizon, spec.frequency != .totalInPeriod, rng.chance(0.35) { endDay = nil }
        var draft = Draft(municipality: g, client: client, product: product, provider: v, start: start, end: endDay,
                          volume: rng.int(spec.volume), unit: spec.unit, frequency: spec.frequency, referrer: referrer,
                          endReason: nil, role: .ordinary)
        if let e = endDay, e <= Residential.horizon {
            // Ended: the reason itself depends on the final provider and is drawn at the end
            // (Outcomes.assignEndReasons); this draw only keeps the stream as it was.
            _ = rng.unit()
            draft.endReason = Outcomes.ended
        }
        draft.flippable = true
        let base = 0.85 + 0.15 * rng.unit()
        draft.realisation = min(1.0, base + (rng.chance(0.3) ? 0.05 : 0))
        plan.drafts.append(draft)
        return v
    }

    /// One client's allocations inside its span.
    static func addClient(_ plan: inout Plan, g: Int, client: Int, span: (Day, Day), _ rng: inout SplitMix64) {
        let (s, e) = span
        let referrer = referrer(&rng)
        let product = pickProduct(&rng, from: s)
        let shape = rng.unit()
        let length = e - s + 1
        if shape < 0.55 || length < 60 {
            // Diagnostics-like products keep their own length: let them cover the span.
            _ = addAllocation(&plan, g: g, client: client, product: product, start: s, end: e, provider: nil,
                              referrer: referrer, openAllowed: true, &rng)
        } else if shape < 0.8 {
            let cut = s + rng.int(30...(length - 30))
            let v = addAllocation(&plan, g: g, client: client, product: product, start: s, end: cut + (-1), provider: nil,
                                  referrer: referrer, openAllowed: false, &rng)
            let renewal = rng.chance(0.45) && Catalogue.specs[product].frequency != .totalInPeriod
            let next = renewal ? product : pickProduct(&rng, from: cut)
            _ = addAllocation(&plan, g: g, client: client, product: next, start: cut, end: e, provider: renewal ? v : nil,
                              referrer: renewal ? referrer : Population.referrer(&rng), openAllowed: true, &rng)
        } else {
            _ = addAllocation(&plan, g: g, client: client, product: product, start: s, end: e, provider: nil,
                              referrer: referrer, openAllowed: true, &rng)
            let diag = [Catalogue.index("45A10"), Catalogue.index("45A11"), Catalogue.index("45A16"), Catalogue.index("46C01")][rng.int(0...3)]
            let len = min(length, rng.int(28...120))
            let first = s + rng.int(0...(length - len))
            _ = addAllocation(&plan, g: g, client: client, product: diag, start: first, end: first + (len - 1), provider: nil,
                              referrer: referrer, openAllowed: false, &rng)
        }
    }

    /// Adds the ordinary clients. `residual22/23` are per municipality, `residualH1` per subregion.
    static func add(to plan: inout Plan, residual22: [Int], residual23: [Int], residualH1: [Int], usedNumbers: inout Set<Int>) {
        var rng = SplitMix64.stream("population")
        // Split the subregion's first-half residual over its municipalities in proportion to 2023.
        var h1 = [Int](repeating: 0, count: 11)
        for s in 0..<4 {
            let members = (0..<11).filter { Regions.subregionIndex(ofMunicipality: $0) == s }
            let total = members.reduce(0) { $0 + residual23[$1] }
            var assigned = 0
            for (i, g) in members.enumerated() {
                if i == members.count - 1 { h1[g] = residualH1[s] - assigned } else {
                    h1[g] = Int((Double(residualH1[s]) * Double(residual23[g]) / Double(total)).rounded())
                    assigned += h1[g]
                }
            }
        }
        var movers: [Int] = []
        for g in 0..<11 {
            var leaving: [Int] = []
            defer { movers += leaving }
            let r22 = residual22[g], r23 = residual23[g], rh = h1[g]
            let both = min(Int(Double(rh) * 0.74), r22 - Int(Double(r22) * 0.3))
            let counts: [Pattern: Int] = [
                .only2021: Int(Double(r22) * 0.62),
                .only2022: r22 - both,
                .both: both,
                .firstHalf2023: rh - both,
                .secondHalf2023: r23 - rh,
                .from2024: Int(Double(r23) * 1.75),
            ]
            precondition(counts.values.allSatisfy { $0 >= 0 }, "infeasible residuals for municipality \(g): \(counts)")
            for pattern in Pattern.allCases {
                for _ in 0..<counts[pattern]! {
                    let sp = span(pattern, &rng)
                    var client: Int
                    if pattern == .from2024, !movers.isEmpty, rng.chance(0.01) {
                        // A youth that moved: care in another municipality in 2021, again here from 2024.
                        client = movers.removeLast()
                    } else {
                        let birth = max(sp.0.year - 17, min(sp.0.year - 1, rng.int((sp.0.year - 17)...(sp.0.year - 2))))
                        client = plan.newClient(&rng, birthYear: birth, used: &usedNumbers)
                    }
                    if pattern == .only2021, rng.chance(0.01) { leaving.append(client) }
                    addClient(&plan, g: g, client: client, span: sp, &rng)
                }
            }
        }
    }
}
