/// The indexed dataset every metric reads: reference data and one delivery,
/// with codes interned to small integers so that aggregation is array work.
/// Built once per load; metrics never touch strings in their inner loops.
public struct Dataset: Sendable {
    public let reference: ReferenceData
    public let delivery: Delivery

    /// Allocations that exist for the figures (reden_wijziging 13 dropped), in delivery order.
    public let allocations: [AllocationRecord]
    public let claims: [ClaimRecord]
    /// What the plaatsingen files say about an allocation, by `allocations` index (contract §7.9).
    public let placements: [Int: Placement]
    /// Interned client pseudonyms; `AllocationRecord.client` indexes this.
    public let clientIDs: [String]

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

    public init(reference: ReferenceData, delivery: Delivery) throws(DatasetError) {
        self.reference = reference
        self.delivery = delivery
        var municipalityIndex: [String: Int] = [:]
        for (i, m) in reference.municipalities.enumerated() { municipalityIndex[m.code] = i }
        var productIndex: [String: Int] = [:]
        for (i, p) in reference.products.enumerated() { productIndex[p.code] = i }
        var providerIndex: [String: Int] = [:]
        for (i, p) in reference.providers.enumerated() { providerIndex[p.agb] = i }

        var clientIndex: [String: Int32] = [:]
        var clientIDs: [String] = []
        var records: [AllocationRecord] = []
        records.reserveCapacity(delivery.allocations.count)
        // Key: municipality index and toewijzingnummer -> record index (or -1 when removed).
        var byNumber: [AllocationKey: Int] = [:]
        byNumber.reserveCapacity(delivery.allocations.count)
        for (sourceIndex, a) in delivery.allocations.enumerated() {
            guard let m = municipalityIndex[a.municipality] else { throw .unknownMunicipality(a.municipality) }
            if a.isRemoved {
                byNumber[AllocationKey(municipality: m, number: a.number)] = -1
                continue
            }
            guard let p = productIndex[a.product] else { throw .unknownProduct(a.product, allocation: a.number) }
            guard let v = providerIndex[a.provider] else { throw .unknownProvider(a.provider, allocation: a.number) }
            let client: Int32
            if let known = clientIndex[a.client] {
                client = known
            } else {
                client = Int32(clientIDs.count)
                clientIndex[a.client] = client
                clientIDs.append(a.client)
            }
            byNumber[AllocationKey(municipality: m, number: a.number)] = records.count
            records.append(AllocationRecord(
                source: sourceIndex, municipality: m, client: client, product: p, provider: v,
                start: a.start, end: a.end, volume: a.volume, unit: a.unit, frequency: a.frequency,
                referrer: a.referrer, endReason: a.endReason))
        }
        var claims: [ClaimRecord] = []
        claims.reserveCapacity(delivery.claims.count)
        for c in delivery.claims {
            guard let m = municipalityIndex[c.municipality] else { throw .unknownMunicipality(c.municipality) }
            guard let index = byNumber[AllocationKey(municipality: m, number: c.allocationNumber)] else {
                throw .unknownAllocation(c.allocationNumber, municipality: c.municipality)
            }
            // A claim on a removed allocation does not exist for any figure either, nor one
            // received after the delivery date (not yet known then, contract §4).
            if index < 0 || c.received > delivery.month.lastDay { continue }
            claims.append(ClaimRecord(allocation: index, careMonth: c.careMonth, amountCents: c.amountCents, received: c.received))
        }
        var placements: [Int: Placement] = [:]
        for p in delivery.placements {
            guard let m = municipalityIndex[p.municipality] else { throw .unknownMunicipality(p.municipality) }
            guard let index = byNumber[AllocationKey(municipality: m, number: p.allocationNumber)] else {
                throw .unknownAllocation(p.allocationNumber, municipality: p.municipality)
            }
            // A plaatsing of a removed allocation is counted nowhere, like the allocation.
            if index >= 0 { placements[index] = p }
        }
        self.allocations = records
        self.claims = claims
        self.placements = placements
        self.clientIDs = clientIDs
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
}

struct AllocationKey: Hashable {
    var municipality: Int
    var number: String
}

/// An allocation with its references resolved to indexes.
public struct AllocationRecord: Sendable {
    /// Index into `Delivery.allocations`.
    public let source: Int
    public let municipality: Int
    public let client: Int32
    public let product: Int
    public let provider: Int
    public let start: Day
    public let end: Day?
    public let volume: Int
    public let unit: Unit
    public let frequency: Frequency
    public let referrer: Referrer?
    /// JZ588 reden_beeindiging, e.g. `31` volgens plan; nil when not delivered.
    public let endReason: String?

    /// Active in a period: starts on or before its last day and has not ended before its first.
    @inline(__always)
    public func isActive(in period: Period) -> Bool {
        start <= period.last && (end.map { $0 >= period.first } ?? true)
    }
}

/// A claim line linked to its allocation record.
public struct ClaimRecord: Sendable {
    /// Index into `Dataset.allocations`.
    public let allocation: Int
    public let careMonth: Month
    public let amountCents: Int64
    public let received: Day
}

public enum DatasetError: Error, Equatable, CustomStringConvertible {
    case unknownMunicipality(String)
    case unknownProduct(String, allocation: String)
    case unknownProvider(String, allocation: String)
    case unknownAllocation(String, municipality: String)
    case unknownTariffProduct(String, year: Int)
    case unknownContractReference(provider: String, product: String)

    public var description: String {
        switch self {
        case .unknownMunicipality(let code): LoadingText.unknownMunicipality(code)
        case .unknownProduct(let code, let number): LoadingText.unknownProduct(code, allocation: number)
        case .unknownProvider(let agb, let number): LoadingText.unknownProvider(agb, allocation: number)
        case .unknownAllocation(let number, let code): LoadingText.unknownAllocation(number, municipality: code)
        case .unknownTariffProduct(let code, let year): LoadingText.unknownTariffProduct(code, year: year)
        case .unknownContractReference(let agb, let code): LoadingText.unknownContractReference(provider: agb, product: code)
        }
    }
}
