import MonitorCore

/// Calibration steps that adjust the plan until MonitorCore's own primitives give the
/// published figures.
enum Tuning {
    static let april = Month(year: 2023, month: 4)

    /// Residual counts of ordinary clients still needed after the residential clients.
    static func residuals(_ plan: Plan) -> (r22: [Int], r23: [Int], rH1: [Int]) {
        let ds = plan.dataset()
        let c22 = ds.clientCounts(activeIn: Period(year: 2022)).byMunicipality
        let c23 = ds.clientCounts(activeIn: Period(year: 2023)).byMunicipality
        let h1 = ds.clientCounts(activeIn: .firstHalf(of: 2023)).byMunicipality
        var rH = [0, 0, 0, 0]
        for g in 0..<11 { rH[Regions.subregionIndex(ofMunicipality: g)] -= h1[g] }
        for s in 0..<4 { rH[s] += Published.careBySubregion[s] }
        return ((0..<11).map { Published.inCare2022[$0] - c22[$0] }, (0..<11).map { Published.inCare2023[$0] - c23[$0] }, rH)
    }

    /// Switches ordinary allocations between contracted and non-contracted providers so that the
    /// maatwerkvoorzieningen of 2022 and 2023 come out exactly.
    static func fixMaatwerk(_ plan: inout Plan) {
        var rng = SplitMix64.stream("maatwerk")
        let ds = plan.dataset()
        let y22 = Period(year: 2022), y23 = Period(year: 2023)
        // Fixed (residential) maatwerk per year, and the flippable ordinary allocations by activity.
        var fixed22 = 0, fixed23 = 0
        var only22: [(Int, Bool)] = [], only23: [(Int, Bool)] = [], both: [(Int, Bool)] = []
        for (i, a) in ds.allocations.enumerated() {
            let custom = ds.isCustomArrangement(a)
            let in22 = a.isActive(in: y22), in23 = a.isActive(in: y23)
            guard plan.drafts[i].flippable else {
                if custom && in22 { fixed22 += 1 }
                if custom && in23 { fixed23 += 1 }
                continue
            }
            if in22 && !in23 { only22.append((i, custom)) }
            if in23 && !in22 { only23.append((i, custom)) }
            if in22 && in23 { both.append((i, custom)) }
        }
        func count(_ l: [(Int, Bool)]) -> Int { l.filter(\.1).count }
        log("maatwerk before: fixed \(fixed22)/\(fixed23); only-2022 \(count(only22))/\(only22.count), both \(count(both))/\(both.count), only-2023 \(count(only23))/\(only23.count)")
        // New allocations in 2023: about 9 % maatwerk; the rest of 2023 comes from running ones.
        let t23 = Published.maatwerk[2023]! - fixed23
        let x23 = min(count(only23), Int(Double(t23) * 0.45))
        let xBoth = t23 - x23
        let x22 = Published.maatwerk[2022]! - fixed22 - xBoth
        func adjust(_ list: [(Int, Bool)], to target: Int) {
            let delta = target - count(list)
            var need = abs(delta)
            let wantCustom = delta > 0
            var candidates = list.filter { $0.1 != wantCustom }.map(\.0)
            rng.shuffle(&candidates)
            for i in candidates where need > 0 {
                let d = plan.drafts[i]
                if wantCustom {
                    plan.drafts[i].provider = Population.provider(for: d.product, on: d.start, maatwerk: true, plan: plan, &rng)
                    need -= 1
                } else {
                    let v = Population.provider(for: d.product, on: d.start, maatwerk: false, plan: plan, &rng)
                    if plan.providers.isContracted(v, d.product, on: d.start) { plan.drafts[i].provider = v; need -= 1 }
                }
            }
            precondition(need == 0, "maatwerk: could not flip \(need) allocations")
        }
        adjust(both, to: xBoth)
        adjust(only22, to: x22)
        adjust(only23, to: x23)
    }

    static func s2Index(_ code: String) -> Int { Catalogue.index(code) }

    /// Sets the segment 2 tarieven from the April 2023 month amounts and writes one allocation
    /// per product in euro's per month, so that the rounded April sums are exact.
    static func calibrateApril(_ plan: inout Plan) {
        let products = [Catalogue.pleegzorg, Catalogue.gezinshuis, Catalogue.woongroep, Catalogue.zelfstandig]
        let ds = plan.dataset()
        let aprilPeriod = Period(month: april)
        for (k, p) in products.enumerated() {
            let target = Double(Published.aprilBeschikt[k])
            let active = ds.allocations.indices.filter { ds.allocations[$0].product == p && ds.allocations[$0].isActive(in: aprilPeriod) }
            func days(_ i: Int) -> Int {
                let a = ds.allocations[i]
                let last = min(a.end ?? ds.horizon, aprilPeriod.last), first = max(a.start, aprilPeriod.first)
                return last - first + 1
            }
            var tuning: Int? = nil
            if p != Catalogue.zelfstandig {
                tuning = active.first { i in
                    let a = ds.allocations[i]
                    return a.start.year == 2023 && a.start <= aprilPeriod.first && (a.end ?? ds.horizon) >= aprilPeriod.last
                        && plan.providers.isContracted(a.provider, p, on: a.start)
                }
                precondition(tuning != nil, "no allocation to carry the April amount of \(Published.aprilProducts[k])")
            }
            let others = active.filter { $0 != tuning }
            let totalDays = others.reduce(0) { $0 + days($1) * plan.drafts[$1].volume }
            let average = target / Double(active.count)
            let p2023 = tuning == nil ? (target / Double(totalDays) * 100).rounded() / 100
                                      : ((target - average) / Double(totalDays) * 100).rounded(.down) / 100
            for y in 2021...2026 {
                plan.tariffs[p][y - 2021] = y == 2023 ? p2023
                    : (p2023 * Catalogue.indexFactor(y) / Catalogue.indexFactor(2023) * 100).rounded() / 100
            }
            if let t = tuning {
                // The other allocations' April amount as the monitor sums it, with the new tarieven.
                let priced = plan.dataset()
                let x = others.reduce(0.0) { $0 + priced.beschikt(priced.allocations[$1], in: april) }
                plan.drafts[t].unit = .euros
                plan.drafts[t].frequency = .perMonth
                plan.drafts[t].volume = Int(target - x.rounded())
            }
        }
    }

    /// 2022 costs of segment 2: a number of 2022 allocations (mostly maatwerk at non-contracted
    /// providers) were written as a monthly budget in euro's above the regional tarief.
    static func boostSegment2(_ plan: inout Plan) {
        let ds = plan.dataset()
        let products = [Catalogue.pleegzorg, Catalogue.gezinshuis, Catalogue.woongroep, Catalogue.zelfstandig]
        let months2022 = (1...12).map { Month(year: 2022, month: $0) }
        var cost = 0.0
        for (i, a) in ds.allocations.enumerated() {
            guard let k = products.firstIndex(of: a.product) else { continue }
            _ = i
            cost += Published.verzilveringValue[k] * months2022.reduce(0) { $0 + ds.beschikt(a, in: $1) }
        }
        let target = Published.costS2 * Double(Published.s2Region[2022]!)
        let extra = target - cost
        log(String(format: "segment 2 costs 2022 before budgets: %.0f, target %.0f", cost, target))
        guard extra > 0 else { return }
        var candidates: [(priority: Int, index: Int, base: Double)] = []
        for (i, a) in ds.allocations.enumerated() {
            guard let k = products.firstIndex(of: a.product), k < 3, a.unit == .dayAndNight,
                  a.start.year == 2022, let e = a.end, e.year == 2022 else { continue }
            let custom = ds.isCustomArrangement(a)
            let priority = custom ? 0 : (k == 0 ? 2 : 1)
            let base = months2022.reduce(0) { $0 + ds.beschikt(a, in: $1) } * Published.verzilveringValue[k]
            candidates.append((priority, i, base))
        }
        candidates.sort { ($0.priority, $0.index) < ($1.priority, $1.index) }
        var chosen: [(Int, Double)] = []
        var sum = 0.0
        for c in candidates where sum < extra / 0.8 { chosen.append((c.index, c.base)); sum += c.base }
        let factor = 1 + extra / sum
        log(String(format: "segment 2 budgets: %d allocations, factor %.2f", chosen.count, factor))
        for (i, base) in chosen {
            let a = ds.allocations[i]
            let monthShare = months2022.reduce(0.0) { total, m in
                let first = max(a.start, m.firstDay), last = min(a.end!, m.lastDay)
                return total + (first <= last ? Double(last - first + 1) / Double(m.dayCount) : 0)
            }
            let k = products.firstIndex(of: a.product)!
            plan.drafts[i].unit = .euros
            plan.drafts[i].frequency = .perMonth
            plan.drafts[i].volume = Int((base * factor / Published.verzilveringValue[k] / monthShare).rounded())
        }
    }

    /// Scales tarieven of segment 1 verblijf and of ordinary care so that the 2022 costs per
    /// client match the factsheet; regenerates the claims each round.
    static func calibrateCosts(_ plan: inout Plan) {
        for round in 0..<3 {
            let (ds, _) = withClaims(&plan)
            let c = Metrics.costs2022(ds)
            let f1 = Published.costS1 / c.s1PerClient
            let f2 = Published.costOther / c.otherPerClient
            log(String(format: "cost round %d: S1 %.0f, other %.0f (factors %.4f, %.4f)", round, c.s1PerClient, c.otherPerClient, f1, f2))
            if abs(f1 - 1) < 0.002 && abs(f2 - 1) < 0.002 { break }
            for (p, s) in Catalogue.specs.enumerated() where s.unit != .euros {
                let factor: Double
                switch s.product.residence {
                case .s1Residential: factor = f1
                case .none where s.product.segment != 2: factor = f2
                default: continue
                }
                for y in 0..<6 { plan.tariffs[p][y] = (plan.tariffs[p][y] * factor * 100).rounded() / 100 }
            }
        }
    }

    /// Generates the claims for the current plan and returns the dataset with them.
    @discardableResult
    static func withClaims(_ plan: inout Plan) -> (Dataset, [Claim]) {
        let base = plan.dataset()
        let numbers = plan.allocations().numbers
        let claims = Claims.generate(plan, dataset: base, numbers: numbers)
        plan.claims = claims
        return (plan.dataset(claims: claims), claims)
    }

    /// Adjusts one 2022 claim per segment 2 product so that verzilvering 2022 is as published.
    static func calibrateVerzilvering(_ plan: inout Plan) {
        let ds = plan.dataset(claims: plan.claims)
        let numbers = plan.allocations().numbers
        let months2022 = (1...12).map { Month(year: 2022, month: $0) }
        for (k, code) in Published.aprilProducts.enumerated() {
            let p = Catalogue.index(code)
            let beschikt = ds.allocations.filter { $0.product == p }.reduce(0.0) { total, a in
                total + months2022.reduce(0) { $0 + ds.beschikt(a, in: $1) }
            }
            let claimed = ds.claimedCents { ds.allocations[$0.allocation].product == p && $0.careMonth.year == 2022 }
            let want = Int64((beschikt * Published.verzilveringValue[k] * 100).rounded())
            let delta = want - claimed
            guard delta != 0 else { continue }
            // The largest 2022 claim line of the product absorbs the difference.
            var best: Int? = nil
            let productNumbers = Set(ds.allocations.enumerated().filter { $0.element.product == p }.map {
                Regions.municipalities[$0.element.municipality].code + "|" + numbers[$0.offset]
            })
            for (i, c) in plan.claims.enumerated()
            where c.careMonth.year == 2022 && productNumbers.contains(c.municipality + "|" + c.allocationNumber) {
                if best == nil || c.amountCents > plan.claims[best!].amountCents { best = i }
            }
            if let b = best {
                plan.claims[b].amountCents += delta
                precondition(plan.claims[b].amountCents > 0, "verzilvering correction too large for \(code)")
            }
        }
    }
}
