import MonitorCore

/// Claims (declaraties): per allocation and care month, a share of the beschikt amount,
/// received 0–4 months after the care month, with a few credit-and-correct pairs.
enum Claims {
    /// Days after the end of the care month until receipt.
    static func lag(_ rng: inout SplitMix64) -> Int {
        let r = rng.unit()
        switch r {
        case ..<0.42: return rng.int(3...30)
        case ..<0.72: return rng.int(31...60)
        case ..<0.87: return rng.int(61...90)
        case ..<0.96: return rng.int(91...120)
        default: return rng.int(121...150)
        }
    }

    /// Claims of the allocations from index `first` on (each allocation has its own stream).
    static func generate(_ plan: Plan, dataset: Dataset, numbers: [String], from first: Int = 0) -> [Claim] {
        var claims: [Claim] = []
        claims.reserveCapacity(dataset.allocations.count * 9)
        let horizon = dataset.horizon
        let firstMonth = Dataset.firstDataMonth
        for (i, a) in dataset.allocations.enumerated() where i >= first {
            let draft = plan.drafts[i]
            var rng = SplitMix64.stream("claims", i)
            let code = Regions.municipalities[draft.municipality].code
            let last = min(a.end ?? horizon, horizon).month
            var m = max(a.start.month, firstMonth)
            while m <= last {
                defer { m = m.advanced(by: 1) }
                let b = dataset.beschikt(a, in: m)
                let jitter = draft.realisation >= 1 ? 1.0 : min(1.0, draft.realisation + 0.04 * (rng.unit() - 0.5))
                let skip = draft.realisation < 1 && rng.chance(0.015)
                let received = m.lastDay + lag(&rng)
                let corrected = rng.chance(0.006)
                let cents = Int64((b * jitter * 100).rounded())
                if skip || cents <= 0 || received > horizon { continue }
                let p = dataset.tariff(product: a.product, year: m.year) ?? 1
                let volume: Int? = a.unit == .euros ? nil : Int((b * jitter / max(p, 0.01)).rounded())
                if corrected {
                    let credited = received + rng.int(20...70)
                    if credited <= horizon {
                        let wrong = Int64((Double(cents) * (1.03 + 0.1 * rng.unit())).rounded())
                        claims.append(Claim(municipality: code, allocationNumber: numbers[i], careMonth: m, volume: volume.map { $0 + 1 }, amountCents: wrong, received: received))
                        claims.append(Claim(municipality: code, allocationNumber: numbers[i], careMonth: m, volume: volume.map { -($0 + 1) }, amountCents: -wrong, received: credited))
                        claims.append(Claim(municipality: code, allocationNumber: numbers[i], careMonth: m, volume: volume, amountCents: cents, received: credited))
                        continue
                    }
                }
                claims.append(Claim(municipality: code, allocationNumber: numbers[i], careMonth: m, volume: volume, amountCents: cents, received: received))
            }
        }
        return claims
    }
}
