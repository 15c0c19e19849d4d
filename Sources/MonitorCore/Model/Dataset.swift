import Foundation

/// The indexed dataset every metric reads: reference data and one delivery,
/// with codes interned to small integers so that aggregation is array work.
/// Built once per load; metrics never touch strings in their inner loops.
public struct Dataset: Sendable {
    public let reference: ReferenceData
    public let delivery: DeliveryHeader

    /// Allocations that exist for the figures (reden_wijziging 13 dropped), in delivery order.
    public let allocations: [AllocationRecord]
    /// Empty until `withClaims`.
    public private(set) var claims: ClaimStore
    /// What the plaatsingen files say about an allocation, by `allocations` index (contract §7.9).
    public let placements: [Int: Placement]
    /// Interned client pseudonyms; `AllocationRecord.client` is the key.
    let clients: KeyArena
    /// Each municipality's toewijzingnummers; `AllocationRecord.numberKey` indexes its own.
    let allocationNumbers: [KeyArena]
    /// Per municipality, the record of each toewijzingnummer key (-1: removed), to link claims;
    /// empty once they are linked.
    private(set) var recordsOfNumbers: [[Int32]]

    public let municipalityIndex: [String: Int]
    public let productIndex: [String: Int]
    public let providerIndex: [String: Int]
    let tariffTable: [TariffKey: Double]
    let contractTable: [ContractKey: [Contract]]
    /// `residentialClients()`, computed once: two 0-meting tables and three screens read it.
    let residential = Memo<ResidentialTable>()

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
        var rows = Array(repeating: [Allocation](), count: reference.municipalities.count)
        for a in delivery.allocations {
            guard let m = codes[a.municipality] else { throw .unknownMunicipality(a.municipality) }
            rows[m].append(a)
        }
        var allocations = try rows.map { rows throws(DatasetError) -> AllocationColumns in
            let columns = AllocationColumns(rows)
            // Records are found by their number's key: each number once, as the loader checks.
            if columns.numbers.count != columns.count, let a = rows.first { throw .repeatedAllocation(municipality: a.municipality) }
            return columns
        }
        var claims = Array(repeating: ClaimColumns(), count: rows.count)
        for c in delivery.claims {
            guard let m = codes[c.municipality] else { throw .unknownMunicipality(c.municipality) }
            guard let key = allocations[m].numbers.find(c.allocationNumber) else {
                throw .unknownAllocation(c.allocationNumber, municipality: c.municipality)
            }
            claims[m].append(allocation: key, careMonth: c.careMonth, amountCents: c.amountCents, received: c.received)
        }
        var placements = Array(repeating: [Placement](), count: rows.count)
        for p in delivery.placements {
            guard let m = codes[p.municipality] else { throw .unknownMunicipality(p.municipality) }
            placements[m].append(p)
        }
        try self.init(reference: reference, month: delivery.month, allocations: &allocations, placements: placements,
                      placementFiles: delivery.placementFiles)
        self = withClaims(&claims)
    }

    /// Indexes the allocations the loader read, one `AllocationColumns` per municipality in
    /// gemeenten.csv order, with their plaatsingen; the claims follow with `withClaims`, so that
    /// a screen that needs no claims can be drawn while they are still being read. Each part's
    /// rows are released once copied, so they are never held twice.
    init(reference: ReferenceData, month: Month, allocations parts: inout [AllocationColumns], placements rows: [[Placement]],
         placementFiles: Set<String>) throws(DatasetError) {
        self.reference = reference
        var municipalityIndex: [String: Int] = [:]
        for (i, m) in reference.municipalities.enumerated() { municipalityIndex[m.code] = i }
        var productIndex: [String: Int] = [:]
        for (i, p) in reference.products.enumerated() { productIndex[p.code] = i }
        var providerIndex: [String: Int] = [:]
        for (i, p) in reference.providers.enumerated() { providerIndex[p.agb] = i }

        // Clients are numbered in order of first appearance over the region, as the figures that
        // list clients expect: one walk in order, with a cache miss per new client, done on
        // another core while the records are copied; their clients are mapped after.
        let numbering = Slots<ClientNumbering>(count: 1)
        let numbered = DispatchGroup()
        let snapshot = parts
        DispatchQueue.global().async(group: numbered) { numbering.store(ClientNumbering(snapshot), at: 0) }
        var records: [AllocationRecord] = []
        records.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        var firstRecords: [Int] = []
        var placements: [Int: Placement] = [:]
        var recordsOfNumbers: [[Int32]] = []
        for m in parts.indices {
            let part = parts[m]
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
            // Key of a toewijzingnummer -> record index, or -1 when removed.
            var recordOfKey = [Int32](repeating: -1, count: part.numbers.count)
            firstRecords.append(records.count)
            for var r in part.records where !r.isRemoved {
                r.municipalityIndex = Int32(m)
                r.productIndex = products[Int(r.productIndex)]
                r.providerIndex = providers[Int(r.providerIndex)]
                recordOfKey[Int(r.numberKey)] = Int32(records.count)
                records.append(r)
            }
            for p in rows.indices.contains(m) ? rows[m] : [] {
                guard let key = part.numbers.find(p.allocationNumber) else { throw .unknownAllocation(p.allocationNumber, municipality: code) }
                // A plaatsing of a removed allocation is counted nowhere, like the allocation.
                if recordOfKey[Int(key)] >= 0 { placements[Int(recordOfKey[Int(key)])] = p }
            }
            recordsOfNumbers.append(recordOfKey)
            // The part's rows are in `records` now; its numbers stay, for `number(of:)` and the claims.
            parts[m].dropRows()
        }
        numbered.wait()
        let clients = numbering.values[0]
        firstRecords.append(records.count)
        records.withUnsafeMutableBufferPointer { records in
            for m in parts.indices {
                let keys = clients.regionKeys[m]
                for i in firstRecords[m]..<firstRecords[m + 1] { records[i].client = keys[Int(records[i].client)] }
            }
        }
        self.delivery = DeliveryHeader(month: month, placements: rows.flatMap { $0 }, placementFiles: placementFiles)
        self.recordsOfNumbers = recordsOfNumbers
        self.claims = ClaimStore([])
        self.allocations = records
        self.placements = placements
        self.clients = clients.arena
        self.allocationNumbers = parts.map(\.numbers)
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

    /// The same dataset with each municipality's claims (in gemeenten.csv order, `allocation`
    /// the toewijzingnummer's key) linked to the records, in place; each part is emptied.
    func withClaims(_ parts: inout [ClaimColumns]) -> Dataset {
        // Each part in a box of its own, so that it is relinked in place on any core.
        let boxes = parts.indices.map { m in
            defer { parts[m] = ClaimColumns() }
            return ClaimPart(parts[m])
        }
        let horizon = horizon.ordinal, recordsOfNumbers = recordsOfNumbers
        DispatchQueue.concurrentPerform(iterations: boxes.count) { m in
            let recordOfKey = recordsOfNumbers[m]
            // A claim on a removed allocation does not exist for any figure either, nor one
            // received after the delivery date (not yet known then, contract §4).
            boxes[m].columns.relink { key, received in
                let record = recordOfKey[Int(key)]
                return record >= 0 && received <= horizon ? record : nil
            }
        }
        var dataset = self
        dataset.claims = ClaimStore(boxes.map(\.columns))
        dataset.recordsOfNumbers = []
        return dataset
    }

    public var municipalities: [Municipality] { reference.municipalities }
    public var products: [Product] { reference.products }
    public var providers: [Provider] { reference.providers }

    /// The pseudonym of a client key (`AllocationRecord.client`).
    public func clientID(_ client: Int32) -> String { clients.string(client) }

    /// The toewijzingnummer of an allocation record.
    public func number(of record: AllocationRecord) -> String { allocationNumbers[record.municipality].string(record.numberKey) }

    /// An allocation record as the row it was delivered as (for comparing deliveries).
    public func row(_ r: AllocationRecord) -> Allocation {
        Allocation(municipality: municipalities[r.municipality].code, number: number(of: r), client: clientID(r.client),
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

/// The region's clients, numbered in order of first appearance over the municipalities' records
/// (removed ones left out), and for each municipality the region key of each of its own keys.
struct ClientNumbering: Sendable {
    private(set) var arena: KeyArena
    private(set) var regionKeys: [[Int32]] = []

    init(_ parts: [AllocationColumns]) {
        arena = KeyArena(expectedCount: parts.reduce(0) { $0 + $1.clients.count })
        var lookahead: [UnsafeBufferPointer<UInt8>] = []
        var keys = [Int32](repeating: 0, count: RecordReader.settleEvery), scratch = [Int](repeating: 0, count: 2 * RecordReader.settleEvery)
        for part in parts {
            var regionKey = [Int32](repeating: -1, count: part.clients.count)
            part.clients.withKeyBytes { bytes in
                part.records.withUnsafeBufferPointer { records in
                    for batch in stride(from: 0, to: records.count, by: RecordReader.settleEvery) {
                        let rows = records[batch..<min(batch + RecordReader.settleEvery, records.count)]
                        // The clients new to the region, looked up together first: their cache misses
                        // overlap, and the inserts below find everything at hand.
                        lookahead.removeAll(keepingCapacity: true)
                        for r in rows where !r.isRemoved && regionKey[Int(r.client)] < 0 { lookahead.append(bytes(r.client)) }
                        arena.find(lookahead, into: &keys, scratch: &scratch)
                        for r in rows where !r.isRemoved && regionKey[Int(r.client)] < 0 {
                            regionKey[Int(r.client)] = arena.insert(bytes(r.client)).key
                        }
                    }
                }
            }
            regionKeys.append(regionKey)
        }
    }
}

/// One municipality's claims while they are relinked: a box, so that a task on another core
/// changes them in place instead of a copy. Each box is used by one task at a time.
private final class ClaimPart: @unchecked Sendable {
    var columns: ClaimColumns
    init(_ columns: ClaimColumns) { self.columns = columns }
}
