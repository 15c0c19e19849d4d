/// Segment 2 (wonen): the factsheet's per-product figures at a peilmaand, referrers,
/// and the providers behind them (Bijlage 5 of the programme plan).
public struct Segment2ProductFigures: Sendable, Equatable {
    public let product: Product
    public let month: Month
    /// Distinct clients with an allocation of the product active in the month.
    public let clients: Int
    /// Providers with a contract for the product overlapping the month.
    public let contractedProviders: Int
    public let clientsAtContracted: Int
    /// Contracted providers that have clients in the month.
    public let contractedProvidersInUse: Int
    public let clientsAtNonContracted: Int
    public let nonContractedProviders: Int
    /// Sum of the month's beschikt bedrag over the product's allocations (unrounded).
    public let beschikt: Double
    /// Gedeclareerd / beschikt over the whole previous year; nil without beschikt.
    public let previousYearRealisation: Double?
    /// Range of the latest Beschikbaarheidswijzer update (on or before the month's end) of
    /// each contracted provider; nil when none of them reported.
    public let waitingWeeks: ClosedRange<Int>?

    public var averagePerClient: Double? { clients > 0 ? beschikt / Double(clients) : nil }
}

/// One referrer's share of a product's clients in a month.
public struct ReferrerShare: Sendable, Equatable {
    /// nil = onbekend (no verwijzer delivered).
    public let referrer: Referrer?
    public let clients: Int
    public let share: Double

    public var label: String { referrer?.label ?? "onbekend" }
}

/// A provider of a segment 2 product in a month.
public struct Segment2Provider: Sendable, Equatable {
    public let provider: Provider
    public let clients: Int
    public let contracted: Bool
    /// Latest Beschikbaarheidswijzer update on or before the month's end.
    public let waitingWeeks: Int?
    public let waitingDate: Day?
}

extension Dataset {
    /// The segment 2 residential products in catalogue order (pleegzorg, gezinshuis, woongroep, …).
    public var segment2Products: [Int] { products.indices.filter { products[$0].residence.isSegment2 } }

    /// Allocations of a product active in a month, grouped per client: the latest-starting
    /// allocation represents the client (its provider and referrer count); on a tie, one at a
    /// provider contracted for the product in the month (contract §5), else the last delivered.
    func activeByClient(product: Int, in m: Month) -> [Int32: AllocationRecord] {
        let period = Period(month: m)
        var byClient: [Int32: AllocationRecord] = [:]
        for a in allocations where a.product == product && a.isActive(in: period) {
            if let existing = byClient[a.client] {
                if existing.start > a.start { continue }
                if existing.start == a.start,
                   isContracted(provider: existing.provider, product: product, in: m), !isContracted(provider: a.provider, product: product, in: m) {
                    continue
                }
            }
            byClient[a.client] = a
        }
        return byClient
    }

    /// - Parameter realisation: the previous year's verzilvering when the caller has it already
    ///   (it is the same for every month of a year).
    public func segment2Figures(product p: Int, month m: Month, realisation: Double?? = nil) -> Segment2ProductFigures {
        let period = Period(month: m)
        let byClient = activeByClient(product: p, in: m)
        var contractedClients = Set<Int32>(), otherClients = Set<Int32>()
        var contractedInUse = Set<Int>(), otherProviders = Set<Int>()
        for (client, a) in byClient {
            if isContracted(provider: a.provider, product: p, in: m) {
                contractedClients.insert(client); contractedInUse.insert(a.provider)
            } else {
                otherClients.insert(client); otherProviders.insert(a.provider)
            }
        }
        let contracted = contractedProviderIndexes(product: p, in: period)
        var beschikt = 0.0
        for a in allocations where a.product == p && a.isActive(in: period) { beschikt += self.beschikt(a, in: m) }
        let waits = contracted.compactMap { latestWaitingTime(provider: $0, product: p, onOrBefore: m.lastDay)?.weeks }
        return Segment2ProductFigures(
            product: products[p], month: m, clients: byClient.count,
            contractedProviders: contracted.count,
            clientsAtContracted: contractedClients.count, contractedProvidersInUse: contractedInUse.count,
            clientsAtNonContracted: otherClients.count, nonContractedProviders: otherProviders.count,
            beschikt: beschikt, previousYearRealisation: realisation ?? self.realisation(product: p, year: m.year - 1),
            waitingWeeks: waits.min().flatMap { lo in waits.max().map { lo...$0 } })
    }

    /// Providers with a contract for the product overlapping the period.
    public func contractedProviderIndexes(product p: Int, in period: Period) -> [Int] {
        let code = products[p].code
        let agbs = Set(reference.contracts.filter { $0.product == code && $0.overlaps(period) }.map(\.provider))
        return agbs.compactMap { providerIndex[$0] }.sorted()
    }

    /// The latest Beschikbaarheidswijzer update of a provider for a product on or before a day.
    public func latestWaitingTime(provider v: Int, product p: Int, onOrBefore day: Day) -> WaitingTime? {
        let agb = providers[v].agb, code = products[p].code
        return reference.waitingTimes
            .filter { $0.provider == agb && $0.product == code && $0.date <= day }
            .max { $0.date < $1.date }
    }

    /// Verzilvering: gedeclareerd / beschikt over the same months (the year) and allocations (the product's).
    public func realisation(product p: Int, year: Int) -> Double? {
        var beschikt = 0.0
        let first = Month(year: year, month: 1), last = Month(year: year, month: 12)
        guard first <= delivery.month else { return nil }
        for a in allocations where a.product == p && a.isActive(in: Period(year: year)) {
            let from = max(first, a.start.month), through = min(last, (a.end ?? horizon).month, delivery.month)
            guard from <= through else { continue }
            for m in from...through { beschikt += self.beschikt(a, in: m) }
        }
        guard beschikt > 0 else { return nil }
        let declared = claimedCents { allocations[$0.allocation].product == p && $0.careMonth.year == year }
        return Double(declared) / 100 / beschikt
    }

    /// Referrers of the product's clients in the month, largest share first.
    public func referrerShares(product p: Int, month m: Month) -> [ReferrerShare] {
        let byClient = activeByClient(product: p, in: m)
        guard !byClient.isEmpty else { return [] }
        var counts: [Referrer?: Int] = [:]
        for a in byClient.values { counts[a.referrer, default: 0] += 1 }
        return counts.map { ReferrerShare(referrer: $0.key, clients: $0.value, share: Double($0.value) / Double(byClient.count)) }
            .sorted { $0.clients != $1.clients ? $0.clients > $1.clients : ($0.referrer?.rawValue ?? "99") < ($1.referrer?.rawValue ?? "99") }
    }

    /// Providers of the product with clients in the month, plus contracted providers without
    /// clients, most clients first.
    public func segment2Providers(product p: Int, month m: Month) -> [Segment2Provider] {
        var counts: [Int: Int] = [:]
        for a in activeByClient(product: p, in: m).values { counts[a.provider, default: 0] += 1 }
        for v in contractedProviderIndexes(product: p, in: Period(month: m)) where counts[v] == nil { counts[v] = 0 }
        return counts.map { v, n in
            let wait = latestWaitingTime(provider: v, product: p, onOrBefore: m.lastDay)
            return Segment2Provider(provider: providers[v], clients: n, contracted: isContracted(provider: v, product: p, in: m),
                                    waitingWeeks: wait?.weeks, waitingDate: wait?.date)
        }.sorted { $0.clients != $1.clients ? $0.clients > $1.clients : $0.provider.name < $1.provider.name }
    }
}
