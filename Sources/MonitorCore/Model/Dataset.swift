/// The indexed dataset every metric reads: reference data and one delivery,
/// with codes interned to small integers so that aggregation is array work.
/// Built once per load; metrics never touch strings in their inner loops.
public struct Dataset: Sendable {
    public let reference: ReferenceData
    public let delivery: DeliveryHeader

    /// Allocations that exist for the figures (reden_wijziging 13 dropped), in delivery order.
    public let allocations: [AllocationRecord]
    public let claims: ClaimColumns
    /// What the plaatsingen files say about an allocation, by `allocations` index (contract §7.9).
    public let placements: [Int: Placement]
    /// Interned client pseudonyms; `AllocationRecord.client` indexes this.
    public let clientIDs: [String]
    /// Each municipality's toewijzingnummers; `AllocationRecord.numberKey` indexes its own.
    let allocationNumbers: [KeyArena]

    public let municipalityIndex: [String: Int]
    public let productIndex: [String: Int]
    public let providerIndex: [String: Int]
    let tariffTable: [TariffKey: Double]
    let contractTable: [ContractKey: [Contract]]

    /// First and last calendar year of the monitor: 2022 (the plan's first year) up to the
    /// delivery's year.
    public var years: ClosedRange<Int> { Dataset.firstReportYear...max(Dataset.firstReportYear, delivery.month.year) }
    public static let firstReportYear = 2022
    /// Deliveries hold data from this month on.
    public static let firstDataMonth = Month(year: 2021, month: 1)
    /// Months from January 2021 up to the delivery month.
    public var months: [Month] { Array(Dataset.firstDataMonth...delivery.month) }
    /// The last day data can describe: open-ended allocations are clipped here.
    public var horizon: Day { delivery.month.lastDay }

    /// A dataset of rows in memory (the demo-data generator, tests), indexed as the loader's.
    public init(reference: ReferenceData, delivery: Delivery) throws(DatasetError) {
        let codes = Dictionary(reference.municipalities.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { a, _ in a })
        var allocations = Array(repeating: [Allocation](), count: reference.municipalities.count)
        for a in delivery.allocations {
            guard let m = codes[a.municipality] else { throw .unknownMunicipality(a.municipality) }
            allocations[m].append(a)
        }
        var parts = try allocations.map { rows throws(DatasetError) -> MunicipalityDelivery in
            let columns = AllocationColumns(rows)
            // Records are found by their number's key: each number once, as the loader checks.
            if columns.numbers.count != columns.count, let a = rows.first { throw .repeatedAllocation(municipality: a.municipality) }
            return MunicipalityDelivery(allocations: columns)
        }
        for c in delivery.claims {
            guard let m = codes[c.municipality] else { throw .unknownMunicipality(c.municipality) }
            guard let key = parts[m].allocations.numbers.find(c.allocationNumber) else {
                throw .unknownAllocation(c.allocationNumber, municipality: c.municipality)
            }
            parts[m].claims.append(allocation: key, careMonth: c.careMonth, amountCents: c.amountCents, received: c.received)
        }
        for p in delivery.placements {
            guard let m = codes[p.municipality] else { throw .unknownMunicipality(p.municipality) }
            parts[m].placements.append(p)
        }
        for code in delivery.placementFiles { if let m = codes[code] { parts[m].deliveredPlacements = true } }
        try self.init(reference: reference, month: delivery.month, parts: &parts)
    }

    /// Indexes what the loader read: one part per municipality, in gemeenten.csv order. Each
    /// part's claims are moved into the dataset's and released on the way, so the claims are
    /// never held twice.
    init(reference: ReferenceData, month: Month, parts: inout [MunicipalityDelivery]) throws(DatasetError) {
        self.reference = reference
        var municipalityIndex: [String: Int] = [:]
        for (i, m) in reference.municipalities.enumerated() { municipalityIndex[m.code] = i }
        var productIndex: [String: Int] = [:]
        for (i, p) in reference.products.enumerated() { productIndex[p.code] = i }
        var providerIndex: [String: Int] = [:]
        for (i, p) in reference.providers.enumerated() { providerIndex[p.agb] = i }
        let horizon = month.lastDay

        var clientIndex: [String: Int32] = [:]
        var clientIDs: [String] = []
        var records: [AllocationRecord] = []
        records.reserveCapacity(parts.reduce(0) { $0 + $1.allocations.count })
        var claims = ClaimColumns(expectedCount: parts.reduce(0) { $0 + $1.claims.count })
        var placements: [Int: Placement] = [:]
        for m in parts.indices {
            let part = parts[m].allocations
            let code = reference.municipalities[m].code
            // The file's own code keys -> the reference's indexes; an unknown code names its first allocation.
            func indexes(_ arena: KeyArena, _ index: [String: Int], key: (AllocationRecord) -> Int32,
                         _ missing: (String, String) -> DatasetError) throws(DatasetError) -> [Int32] {
                try (0..<Int32(arena.count)).map { k throws(DatasetError) in
                    guard let i = index[arena.string(k)] else {
                        throw missing(arena.string(k), part.records.first { key($0) == k }.map { part.numbers.string($0.numberKey) } ?? "")
                    }
                    return Int32(i)
                }
            }
            let products = try indexes(part.products, productIndex, key: { $0.productIndex }) { .unknownProduct($0, allocation: $1) }
            let providers = try indexes(part.providers, providerIndex, key: { $0.providerIndex }) { .unknownProvider($0, allocation: $1) }
            // Clients are numbered in order of first appearance over the region, as the figures
            // that list clients expect; a municipality's own keys are mapped on first use.
            var clientOfKey = [Int32](repeating: -1, count: part.clients.count)
            // Key of a toewijzingnummer -> record index, or -1 when removed.
            var recordOfKey = [Int32](repeating: -1, count: part.numbers.count)
            for var r in part.records where !r.isRemoved {
                if clientOfKey[Int(r.client)] < 0 {
                    let id = part.clients.string(r.client)
                    if let known = clientIndex[id] {
                        clientOfKey[Int(r.client)] = known
                    } else {
                        clientOfKey[Int(r.client)] = Int32(clientIDs.count)
                        clientIndex[id] = Int32(clientIDs.count)
                        clientIDs.append(id)
                    }
                }
                r.municipalityIndex = Int32(m)
                r.client = clientOfKey[Int(r.client)]
                r.productIndex = products[Int(r.productIndex)]
                r.providerIndex = providers[Int(r.providerIndex)]
                recordOfKey[Int(r.numberKey)] = Int32(records.count)
                records.append(r)
            }
            let own = parts[m].claims
            parts[m].claims = ClaimColumns()
            for i in own.indices {
                let record = recordOfKey[Int(own.allocation[i])]
                // A claim on a removed allocation does not exist for any figure either, nor one
                // received after the delivery date (not yet known then, contract §4).
                guard record >= 0, own.received[i] <= horizon.ordinal else { continue }
                claims.allocation.append(record); claims.careMonth.append(own.careMonth[i])
                claims.amountCents.append(own.amountCents[i]); claims.received.append(own.received[i])
            }
            for p in parts[m].placements {
                guard let key = part.numbers.find(p.allocationNumber) else { throw .unknownAllocation(p.allocationNumber, municipality: code) }
                // A plaatsing of a removed allocation is counted nowhere, like the allocation.
                if recordOfKey[Int(key)] >= 0 { placements[Int(recordOfKey[Int(key)])] = p }
            }
        }
        self.delivery = DeliveryHeader(month: month, placements: parts.flatMap(\.placements),
                                       placementFiles: Set(parts.indices.filter { parts[$0].deliveredPlacements }.map { reference.municipalities[$0].code }))
        self.allocations = records
        self.claims = claims
        self.placements = placements
        self.clientIDs = clientIDs
        self.allocationNumbers = parts.map(\.allocations.numbers)
        self.municipalityIndex = municipalityIndex
        self.productIndex = productIndex
        self.providerIndex = providerIndex
        var tariffTable: [TariffKey: Double] = [:]
        for t in reference.tariffs {
            guard let p = productIndex[t.product] else { throw .unknownTariffProduct(t.product, year: t.year) }
            tariffTable[TariffKey(product: p, year: t.year)] = t.amount
        }
        var contractTable: [ContractKey: [Contract]] = [:]
        for c in reference.contracts {
            guard let p = productIndex[c.product], let v = providerIndex[c.provider] else {
                throw .unknownContractReference(provider: c.provider, product: c.product)
            }
            contractTable[ContractKey(provider: v, product: p), default: []].append(c)
        }
        self.tariffTable = tariffTable
        self.contractTable = contractTable
    }

    public var municipalities: [Municipality] { reference.municipalities }
    public var products: [Product] { reference.products }
    public var providers: [Provider] { reference.providers }

    /// The toewijzingnummer of an allocation record.
    public func number(of record: AllocationRecord) -> String { allocationNumbers[record.municipality].string(record.numberKey) }

    /// An allocation record as the row it was delivered as (for comparing deliveries).
    public func row(_ r: AllocationRecord) -> Allocation {
        Allocation(municipality: municipalities[r.municipality].code, number: number(of: r), client: clientIDs[Int(r.client)],
                   birthYear: r.birthYear == 0 ? nil : Int(r.birthYear), category: CodeByte.text(r.category) ?? "",
                   product: products[r.product].code, provider: providers[r.provider].agb, start: r.start, end: r.end,
                   volume: r.volume, unit: r.unit, frequency: r.frequency, referrer: r.referrer,
                   changeReason: CodeByte.text(r.changeReason), endReason: r.endReason)
    }
}

/// What a dataset keeps of its delivery besides the indexed rows.
public struct DeliveryHeader: Sendable {
    /// The month the delivery covers up to and including.
    public let month: Month
    /// Rows of the optional plaatsingen files.
    public let placements: [Placement]
    /// Gemeentecodes that delivered a plaatsingen file (possibly without rows).
    public let placementFiles: Set<String>
}

/// One municipality's delivery as read: the input of `Dataset`.
struct MunicipalityDelivery: Sendable {
    var allocations: AllocationColumns
    /// `allocation` is the toewijzingnummer's key in `allocations.numbers`.
    var claims = ClaimColumns()
    var placements: [Placement] = []
    var deliveredPlacements = false
}

public enum DatasetError: Error, Equatable, CustomStringConvertible {
    case unknownMunicipality(String)
    case unknownProduct(String, allocation: String)
    case unknownProvider(String, allocation: String)
    case unknownAllocation(String, municipality: String)
    case repeatedAllocation(municipality: String)
    case unknownTariffProduct(String, year: Int)
    case unknownContractReference(provider: String, product: String)

    public var description: String {
        switch self {
        case .unknownMunicipality(let code): LoadingText.unknownMunicipality(code)
        case .unknownProduct(let code, let number): LoadingText.unknownProduct(code, allocation: number)
        case .unknownProvider(let agb, let number): LoadingText.unknownProvider(agb, allocation: number)
        case .unknownAllocation(let number, let code): LoadingText.unknownAllocation(number, municipality: code)
        case .repeatedAllocation(let code): LoadingText.repeatedAllocation(municipality: code)
        case .unknownTariffProduct(let code, let year): LoadingText.unknownTariffProduct(code, year: year)
        case .unknownContractReference(let agb, let code): LoadingText.unknownContractReference(provider: agb, product: code)
        }
    }
}
