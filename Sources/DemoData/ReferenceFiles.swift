import MonitorCore

/// Reference rows besides the catalogue: Beschikbaarheidswijzer updates and RMT cases.
enum ReferenceFiles {
    /// Latest waiting time (weeks) on or before 30 April 2023 of the segment 2 contracted providers.
    static let aprilWaiting: [String: [Int: Int]] = [
        "43A09": [0: 2, 1: 12, 2: 5, 3: 8, 4: 4],
        "43A10": [8: 1, 9: 110, 10: 12, 11: 26, 12: 8, 13: 40, 14: 16, 15: 5, 16: 20, 17: 52],
        "43A14": [28: 0, 29: 40, 30: 12, 31: 6, 32: 20, 33: 26],
        "43B99": [28: 1, 29: 40, 30: 8, 40: 16, 41: 4],
    ]

    static func waitingTimes(_ plan: ProviderPlan) -> [WaitingTime] {
        var rng = SplitMix64.stream("wachttijden")
        var rows: [WaitingTime] = []
        let firstUpdate = Day(year: 2022, month: 1, day: 1)!
        let last = Day(year: 2026, month: 10, day: 31)!
        let cutoff = Day(year: 2023, month: 4, day: 30)!
        // Contracts in file order; one series per provider and product.
        var seen = Set<String>()
        for c in plan.contracts {
            let key = c.provider + c.product
            guard seen.insert(key).inserted else { continue }
            let v = plan.providers.firstIndex { $0.agb == c.provider }!
            let fixed = aprilWaiting[c.product]?[v]
            let monthly = fixed != nil || rng.chance(0.72)
            var day = max(c.start, firstUpdate) + rng.int(0...20)
            let end = min(c.end ?? last, last)
            var weeks = fixed ?? rng.int(1...16)
            var series: [WaitingTime] = []
            while day <= end {
                weeks = max(0, weeks + rng.int(-2...2))
                series.append(WaitingTime(provider: c.provider, product: c.product, date: day, weeks: weeks))
                day = day + (monthly ? rng.int(25...38) : rng.int(70...260))
            }
            if let fixed {
                // The update in force on 30 April 2023 carries the published value.
                if let i = series.lastIndex(where: { $0.date <= cutoff }) { series[i].weeks = fixed }
                else { series.insert(WaitingTime(provider: c.provider, product: c.product, date: Day(year: 2023, month: 4, day: 3)!, weeks: fixed), at: 0) }
                // Later updates never exceed the published maximum range by much.
                for i in series.indices where series[i].date > cutoff { series[i].weeks = max(0, fixed + rng.int(-2...3)) }
            }
            rows += series
        }
        return rows
    }

    static func rmt() -> [RMTCase] {
        var rng = SplitMix64.stream("rmt")
        var rows: [RMTCase] = []
        let perYear = [2022: 31, 2023: Published.rmtCases2023, 2024: 52, 2025: 57, 2026: 46]
        let weights = Regions.youths2023.map(Double.init)
        let horizon = Day(year: 2026, month: 10, day: 31)!
        for year in 2022...2026 {
            let lastDay = year == 2026 ? horizon : Day(year: year, month: 12, day: 31)!
            var days = (0..<perYear[year]!).map { _ in rng.day(Day(year: year, month: 1, day: 1)!, lastDay) }
            days.sort()
            for (n, d) in days.enumerated() {
                let g = rng.weighted(weights)
                var offered: Day? = nil
                let r = rng.unit()
                if r < 0.82 { offered = d + rng.int(10...88) } else if r < 0.94 { offered = d + rng.int(95...240) }
                if let o = offered, o > horizon { offered = nil }
                let contracted = offered != nil && rng.chance(0.8)
                rows.append(RMTCase(id: "RMT-\(year)-\(zeroPadded6(n + 1).suffix(3))", municipality: Regions.municipalities[g].code,
                                    registered: d, offered: offered, contracted: contracted))
            }
        }
        return rows
    }
}
