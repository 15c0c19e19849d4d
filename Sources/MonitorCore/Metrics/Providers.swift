/// What a provider (or the whole region) did in a year, over its allocations active in the
/// year (contract §7.4).
public struct ProviderFigures: Sendable, Equatable {
    /// Index into `Dataset.providers`; nil for the region.
    public let provider: Int?
    public let clients: Int
    public let allocations: Int
    public let municipalities: Int
    public let products: Int
    /// Summed over the months of the year up to the delivery month.
    public let beschikt: Double
    /// Claims with zorgmaand in the year on these allocations, received by the delivery date.
    public let declared: Double
    /// Allocations that are maatwerk (no contract on their ingangsdatum).
    public let customArrangements: Int
    /// Beschikt and gedeclareerd of the year's settled months only (claims complete, see
    /// `settledThrough` of `Dataset.providerYear`): verzilvering that the claim lag does not depress.
    public let settledBeschikt: Double
    public let settledDeclared: Double

    public var realisation: Double? { beschikt > 0 ? declared / beschikt : nil }
    public var settledRealisation: Double? { settledBeschikt > 0 ? settledDeclared / settledBeschikt : nil }
}

/// The same per product of a provider, with whether a contract covers the product in the year.
public struct ProviderProductFigures: Sendable, Equatable {
    public let provider: Int
    public let product: Int
    public let clients: Int
    public let allocations: Int
    public let beschikt: Double
    public let declared: Double
    public let customArrangements: Int
    public let contracted: Bool

    public var realisation: Double? { beschikt > 0 ? declared / beschikt : nil }
}

/// A provider's clients and costs in one municipality in the year.
public struct ProviderMunicipalityFigures: Sendable, Equatable {
    public let provider: Int
    public let municipality: Int
    public let clients: Int
    public let beschikt: Double
    public let declared: Double
}

/// How a provider's trajecten ended in a year (contract §7.5).
public struct ProviderOutcomes: Sendable, Equatable {
    /// Trajecten ending in the year, on or before the horizon.
    public let ended: Int
    public let onPlan: Int
    public let premature: Int
    public let meanDays: Double?
    public let medianDays: Double?
    /// Volgens-plan trajecten whose half year after the end has passed by the horizon.
    public let assessable: Int
    /// Of those: the client got no new allocation anywhere within 182 days.
    public let withoutNewCare: Int
    /// Trajecten per deciding reason: the voortijdig code when there is one (the lowest), else
    /// 31, else the ending allocations' lowest code; "" when none was delivered.
    public let reasons: [String: Int]

    /// Voortijdig / (volgens plan + voortijdig).
    public var dropout: Double? { onPlan + premature > 0 ? Double(premature) / Double(onPlan + premature) : nil }
    public var shareWithoutNewCare: Double? { assessable > 0 ? Double(withoutNewCare) / Double(assessable) : nil }
}

/// Every provider's figures for one year, one product selection and one area, computed in one
/// pass: the Aanbieders screen sorts and opens these, and the provider reports print them.
public struct ProviderYear: Sendable {
    public let year: Int
    public let selection: ProductSelection
    /// nil: the whole region.
    public let area: Area?
    /// Providers with an allocation active in the year, by name.
    public let providers: [ProviderFigures]
    public let region: ProviderFigures
    /// By provider, then the most beschikt first.
    public let products: [ProviderProductFigures]
    public let municipalities: [ProviderMunicipalityFigures]
    public let outcomes: [Int: ProviderOutcomes]
    public let regionOutcomes: ProviderOutcomes
    /// Per provider: the outcomes of all providers' trajecten of the products in which this
    /// provider ended trajecten — the region's yardstick "for the same products".
    public let sameProductOutcomes: [Int: ProviderOutcomes]

    public func figures(of provider: Int) -> ProviderFigures? { providers.first { $0.provider == provider } }
    public func products(of provider: Int) -> [ProviderProductFigures] { products.filter { $0.provider == provider } }
    public func municipalities(of provider: Int) -> [ProviderMunicipalityFigures] { municipalities.filter { $0.provider == provider } }
    public func outcomes(of provider: Int) -> ProviderOutcomes { outcomes[provider] ?? .none }
}

extension ProviderOutcomes {
    static let none = ProviderOutcomes(ended: 0, onPlan: 0, premature: 0, meanDays: nil, medianDays: nil, assessable: 0, withoutNewCare: 0, reasons: [:])

    /// voortijdig = 32–39 (contract §4).
    static func isPremature(_ code: String) -> Bool { Int(code).map { (32...39).contains($0) } ?? false }

    /// The half year of the NJi indicator "geen nieuwe jeugdhulp binnen een half jaar".
    public static let followUpDays = 182
}

extension Dataset {
    /// The last month whose claims have all arrived, by the region's claim-lag model.
    public func settledMonth(_ lag: LagModel) -> Month? { months.last { (lag.share(of: $0) ?? 1) >= 0.999 } }

    /// - Parameter settledThrough: months after it do not count for the settled verzilvering.
    public func providerYear(_ year: Int, selection: ProductSelection = .all, area: Area? = nil, settledThrough: Month? = nil) -> ProviderYear {
        let period = Period(year: year)
        let included = products.map(selection.includes)
        var inArea = Array(repeating: area == nil, count: municipalities.count)
        for m in area?.members ?? [] { inArea[m] = true }
        /// Whether a product in a municipality is in the selection and the area.
        let counted: (_ product: Int, _ municipality: Int) -> Bool = { included[$0] && inArea[$1] }

        struct Sums {
            var clients = Set<Int32>(), municipalities = Set<Int>(), products = Set<Int>()
            var allocations = 0, customArrangements = 0, beschikt = 0.0, cents: Int64 = 0, settledBeschikt = 0.0, settledCents: Int64 = 0
            mutating func add(_ a: AllocationRecord, beschikt b: Double, settled: Double, custom: Bool) {
                clients.insert(a.client); municipalities.insert(a.municipality); products.insert(a.product)
                allocations += 1; beschikt += b; settledBeschikt += settled
                if custom { customArrangements += 1 }
            }
        }
        struct Pair: Hashable { var provider: Int; var other: Int }
        var byProvider: [Int: Sums] = [:], byProduct: [Pair: Sums] = [:], byMunicipality: [Pair: Sums] = [:]
        var region = Sums()
        let first = Month(year: year, month: 1), last = min(Month(year: year, month: 12), delivery.month)
        var active = Array(repeating: false, count: allocations.count)
        for (i, a) in allocations.enumerated() where counted(a.product, a.municipality) && a.isActive(in: period) {
            active[i] = true
            var b = 0.0, settled = 0.0
            let from = max(a.start.month, first), through = min((a.end ?? horizon).month, last)
            if from <= through {
                for m in from...through {
                    let month = beschikt(a, in: m)
                    b += month
                    if settledThrough.map({ m <= $0 }) ?? true { settled += month }
                }
            }
            let custom = isCustomArrangement(a)
            byProvider[a.provider, default: Sums()].add(a, beschikt: b, settled: settled, custom: custom)
            byProduct[Pair(provider: a.provider, other: a.product), default: Sums()].add(a, beschikt: b, settled: settled, custom: custom)
            byMunicipality[Pair(provider: a.provider, other: a.municipality), default: Sums()].add(a, beschikt: b, settled: settled, custom: custom)
            region.add(a, beschikt: b, settled: settled, custom: custom)
        }
        for c in claims where c.careMonth.year == year && c.received <= horizon && active[c.allocation] {
            let a = allocations[c.allocation]
            if settledThrough.map({ c.careMonth <= $0 }) ?? true {
                byProvider[a.provider]?.settledCents += c.amountCents
                region.settledCents += c.amountCents
            }
            byProvider[a.provider]?.cents += c.amountCents
            byProduct[Pair(provider: a.provider, other: a.product)]?.cents += c.amountCents
            byMunicipality[Pair(provider: a.provider, other: a.municipality)]?.cents += c.amountCents
            region.cents += c.amountCents
        }
        func figures(_ provider: Int?, _ s: Sums) -> ProviderFigures {
            ProviderFigures(provider: provider, clients: s.clients.count, allocations: s.allocations, municipalities: s.municipalities.count,
                            products: s.products.count, beschikt: s.beschikt, declared: Double(s.cents) / 100, customArrangements: s.customArrangements,
                            settledBeschikt: s.settledBeschikt, settledDeclared: Double(s.settledCents) / 100)
        }
        let listed = byProvider.map { figures($0.key, $0.value) }
            .sorted { providers[$0.provider!].name != providers[$1.provider!].name ? providers[$0.provider!].name < providers[$1.provider!].name : $0.provider! < $1.provider! }
        let productRows = byProduct.map { key, s in
            ProviderProductFigures(provider: key.provider, product: key.other, clients: s.clients.count, allocations: s.allocations,
                                   beschikt: s.beschikt, declared: Double(s.cents) / 100, customArrangements: s.customArrangements,
                                   contracted: contracts(provider: key.provider, product: key.other).contains { $0.overlaps(period) })
        }.sorted { ($0.provider, -$0.beschikt, $0.product) < ($1.provider, -$1.beschikt, $1.product) }
        let municipalityRows = byMunicipality.map { key, s in
            ProviderMunicipalityFigures(provider: key.provider, municipality: key.other, clients: s.clients.count,
                                        beschikt: s.beschikt, declared: Double(s.cents) / 100)
        }.sorted { ($0.provider, -$0.declared, $0.municipality) < ($1.provider, -$1.declared, $1.municipality) }
        let outcomes = providerOutcomes(year: year, counted: counted)
        return ProviderYear(year: year, selection: selection, area: area, providers: listed, region: figures(nil, region),
                            products: productRows, municipalities: municipalityRows, outcomes: outcomes.byProvider,
                            regionOutcomes: outcomes.region, sameProductOutcomes: outcomes.sameProducts)
    }

    /// Trajecten ending in the year, classified by their ending allocations, with the NJi
    /// follow-up: a new allocation of the client anywhere within 182 days after a volgens-plan end.
    func providerOutcomes(year: Int, counted: (_ product: Int, _ municipality: Int) -> Bool)
        -> (byProvider: [Int: ProviderOutcomes], region: ProviderOutcomes, sameProducts: [Int: ProviderOutcomes]) {
        var starts: [Int32: [Day]] = [:]
        for a in allocations { starts[a.client, default: []].append(a.start) }
        for k in starts.keys { starts[k]!.sort() }

        struct Tally {
            var durations: [Int] = [], onPlan = 0, premature = 0, assessable = 0, without = 0
            var reasons: [String: Int] = [:]
            mutating func add(_ o: Tally) {
                durations += o.durations; onPlan += o.onPlan; premature += o.premature
                assessable += o.assessable; without += o.without
                reasons.merge(o.reasons, uniquingKeysWith: +)
            }
            var outcomes: ProviderOutcomes {
                let summary = TrajectoryDurationTable.summarize(durations.sorted())
                return ProviderOutcomes(ended: durations.count, onPlan: onPlan, premature: premature, meanDays: summary.meanDays,
                                        medianDays: summary.medianDays, assessable: assessable, withoutNewCare: without, reasons: reasons)
            }
        }
        struct Pair: Hashable { var provider: Int; var product: Int }
        var tallies: [Pair: Tally] = [:]
        for t in trajectories() {
            guard let end = t.end, end <= horizon, end.year == year, let days = t.durationDays,
                  counted(t.product, t.municipality) else { continue }
            let codes = t.endReasons.sorted()
            let premature = codes.first(where: ProviderOutcomes.isPremature)
            let onPlan = premature == nil && codes.contains("31")
            var tally = Tally(durations: [days])
            if premature != nil { tally.premature = 1 } else if onPlan { tally.onPlan = 1 }
            tally.reasons[premature ?? (onPlan ? "31" : codes.first ?? "")] = 1
            if onPlan && end + ProviderOutcomes.followUpDays <= horizon {
                tally.assessable = 1
                let later = starts[t.client] ?? []
                var lo = 0, hi = later.count
                while lo < hi { let mid = (lo + hi) / 2; if later[mid] <= end { lo = mid + 1 } else { hi = mid } }
                if lo == later.count || later[lo] > end + ProviderOutcomes.followUpDays { tally.without = 1 }
            }
            tallies[Pair(provider: t.provider, product: t.product), default: Tally()].add(tally)
        }
        var byProvider: [Int: Tally] = [:], byProduct: [Int: Tally] = [:], productsOf: [Int: Set<Int>] = [:]
        var region = Tally()
        for (key, tally) in tallies {
            byProvider[key.provider, default: Tally()].add(tally)
            byProduct[key.product, default: Tally()].add(tally)
            productsOf[key.provider, default: []].insert(key.product)
            region.add(tally)
        }
        var sameProducts: [Int: ProviderOutcomes] = [:]
        for (provider, products) in productsOf {
            var pooled = Tally()
            for p in products.sorted() { pooled.add(byProduct[p] ?? Tally()) }
            sameProducts[provider] = pooled.outcomes
        }
        return (byProvider.mapValues(\.outcomes), region.outcomes, sameProducts)
    }
}
