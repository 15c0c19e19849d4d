/// One month of a provider since January 2021.
public struct ProviderMonth: Sendable, Equatable {
    public let month: Month
    public let clients: Int
    public let beschikt: Double
    public let declared: Double
    /// The region's estimated share of the month's claims received (1 when complete).
    public let share: Double

    public var isIncomplete: Bool { share < 0.999 }
    public var realisation: Double? { beschikt > 0 ? declared / beschikt : nil }
}

/// A provider's latest Beschikbaarheidswijzer update for a product it delivers or is contracted for.
public struct ProviderWaitingTime: Sendable, Equatable {
    public let product: Int
    public let contracted: Bool
    public let weeks: Int?
    public let date: Day?
    /// A contracted product without an update in the last three months before the horizon.
    public let isStale: Bool
}

/// Something to raise in the talk, with the provider's figure and the region's.
public struct ProviderSignal: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case highRealisation = "verzilvering_hoog"
        case lowRealisation = "verzilvering_laag"
        case highDropout = "uitval_hoog"
        case longDuration = "duur_lang"
        case withoutContract = "zonder_contract"
        case staleWaitingTime = "wachttijd_verouderd"
    }

    public let kind: Kind
    public let value: Double
    /// The region's figure to compare with; nil where there is none.
    public let region: Double?
    /// Product codes the signal is about, where it is about some.
    public let products: [String]
    /// The counts of clients, allocations or trajecten the value and the region's figure rest
    /// on, for small-cell protection (contract §7.10); empty where they count something else.
    public var bases: [Int] = []
    public var regionBases: [Int] = []
}

/// The thresholds of the signals (issue "Aanbieders"): policy choices, named once.
public enum SignalThresholds {
    public static let realisationAbove = 1.0
    public static let realisationBelow = 0.8
    /// Uitval or median duration at least this times the region's for the same products.
    public static let ratioToRegion = 1.25
    /// Fewer ended trajecten than this say too little to compare.
    public static let minimumTrajecten = 5
    public static let waitingTimeMonths = 3
}

extension Dataset {
    /// Clients, beschikt and gedeclareerd of a provider (nil: all providers) per month since
    /// January 2021, with the region's claim-lag completeness so recent months can be marked as on Kosten.
    public func providerMonths(provider: Int?, lag: LagModel) -> [ProviderMonth] {
        let months = self.months
        guard let first = months.first else { return [] }
        var clients = Array(repeating: Set<Int32>(), count: months.count)
        var beschikt = Array(repeating: 0.0, count: months.count)
        var cents = Array(repeating: Int64(0), count: months.count)
        var mine = Array(repeating: false, count: allocations.count)
        for (i, a) in allocations.enumerated() where provider == nil || a.provider == provider {
            mine[i] = true
            let from = max(a.start.month, first), through = min((a.end ?? horizon).month, delivery.month)
            guard from <= through else { continue }
            for m in from...through {
                let k = first.distance(to: m)
                clients[k].insert(a.client)
                beschikt[k] += self.beschikt(a, in: m)
            }
        }
        for c in claims where mine[c.allocation] && c.received <= horizon {
            let k = first.distance(to: c.careMonth)
            if k >= 0 && k < months.count { cents[k] += c.amountCents }
        }
        return months.indices.map {
            ProviderMonth(month: months[$0], clients: clients[$0].count, beschikt: beschikt[$0], declared: Double(cents[$0]) / 100,
                          share: lag.share(of: months[$0]) ?? 1)
        }
    }

    /// Latest waiting time per product the provider delivers in the year or is contracted for.
    public func providerWaitingTimes(provider: Int, year: Int, delivered: [Int]) -> [ProviderWaitingTime] {
        let period = Period(year: year)
        let contracted = Set(products.indices.filter { p in contracts(provider: provider, product: p).contains { $0.overlaps(period) } })
        let staleBefore = delivery.month.advanced(by: -SignalThresholds.waitingTimeMonths).lastDay
        let day = min(period.last, horizon)
        return Array(contracted.union(delivered)).sorted { products[$0].code < products[$1].code }.map { p in
            let latest = latestWaitingTime(provider: provider, product: p, onOrBefore: day)
            let isContracted = contracted.contains(p)
            return ProviderWaitingTime(product: p, contracted: isContracted, weeks: latest?.weeks, date: latest?.date,
                                       isStale: isContracted && (latest.map { $0.date <= staleBefore } ?? true))
        }
    }

    /// The signals of a provider in a year, each with the region's figure.
    public func providerSignals(_ y: ProviderYear, provider: Int, waiting: [ProviderWaitingTime]) -> [ProviderSignal] {
        guard let f = y.figures(of: provider) else { return [] }
        var signals: [ProviderSignal] = []
        // Over the settled months only: recent months always look under-claimed (na-ijl).
        if let r = f.settledRealisation {
            let region = y.region.settledRealisation
            // Verzilvering is the amount of the provider's clients.
            let bases = [f.clients], regionBases = [y.region.clients]
            if r > SignalThresholds.realisationAbove {
                signals.append(.init(kind: .highRealisation, value: r, region: region, products: [], bases: bases, regionBases: regionBases))
            }
            if r < SignalThresholds.realisationBelow {
                signals.append(.init(kind: .lowRealisation, value: r, region: region, products: [], bases: bases, regionBases: regionBases))
            }
        }
        let own = y.outcomes(of: provider), same = y.sameProductOutcomes[provider] ?? .none
        if own.onPlan + own.premature >= SignalThresholds.minimumTrajecten, let d = own.dropout, let r = same.dropout,
           d >= SignalThresholds.ratioToRegion * r, d > 0 {
            signals.append(.init(kind: .highDropout, value: d, region: r, products: [], bases: [own.onPlan, own.premature], regionBases: [same.onPlan, same.premature]))
        }
        if own.ended >= SignalThresholds.minimumTrajecten, let m = own.medianDays, let r = same.medianDays, m >= SignalThresholds.ratioToRegion * r {
            signals.append(.init(kind: .longDuration, value: m, region: r, products: [], bases: [own.ended], regionBases: [same.ended]))
        }
        let custom = y.products(of: provider).filter { $0.customArrangements > 0 }
        if f.customArrangements > 0, f.allocations > 0 {
            signals.append(.init(kind: .withoutContract, value: Double(f.customArrangements) / Double(f.allocations),
                                 region: y.region.allocations > 0 ? Double(y.region.customArrangements) / Double(y.region.allocations) : nil,
                                 products: custom.map { products[$0.product].code },
                                 bases: [f.customArrangements, f.allocations], regionBases: [y.region.customArrangements, y.region.allocations]))
        }
        let stale = waiting.filter(\.isStale)
        if !stale.isEmpty {
            signals.append(.init(kind: .staleWaitingTime, value: Double(stale.count), region: nil, products: stale.map { products[$0.product].code }))
        }
        return signals
    }
}
