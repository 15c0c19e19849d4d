/// One allocation that differs between two deliveries, for the data officer who explains it.
public struct AllocationChange: Sendable {
    public enum Kind: String, Sendable { case new = "nieuw", removed = "vervallen", changed = "gewijzigd" }

    public let municipality: Int
    public let number: String
    public let kind: Kind
    /// For a changed allocation: each differing field with its old and new value as delivered.
    public let fields: [(name: String, old: String, new: String)]
}

/// What changed in one municipality's delivery against the previous one (contract §7.6).
public struct MunicipalityChanges: Sendable, Equatable {
    public let newAllocations: Int
    public let removedAllocations: Int
    public let changedAllocations: Int
    public let newClaimLines: Int
    public let newAmount: Double
    public let inCarePrevious: Int
    public let inCare: Int
    public let inflow: Int
    public let outflow: Int
}

/// Delivery d against d′, the newest delivery before it.
public struct DeliveryChanges: Sendable {
    public let previous: Month
    public let current: Month
    /// One per municipality, in `Dataset.municipalities` order.
    public let municipalities: [MunicipalityChanges]
    /// Sums of the municipalities, except the jeugdigen columns, which count each client once.
    public let region: MunicipalityChanges
    public let allocations: [AllocationChange]

    public func allocations(of municipality: Int) -> [AllocationChange] { allocations.filter { $0.municipality == municipality } }
}

extension Dataset {
    /// This delivery against an earlier one of the same region.
    public func changes(since previous: Dataset) -> DeliveryChanges {
        let n = municipalities.count
        struct Key: Hashable { var municipality: String; var number: String }
        func present(_ d: Dataset) -> [Key: Allocation] {
            var rows: [Key: Allocation] = [:]
            for r in d.allocations {
                let a = d.row(r)
                rows[Key(municipality: a.municipality, number: a.number)] = a
            }
            return rows
        }
        let before = present(previous), now = present(self)
        var changes: [AllocationChange] = []
        var counts = Array(repeating: (new: 0, removed: 0, changed: 0), count: n)
        for (key, a) in now {
            guard let m = municipalityIndex[key.municipality] else { continue }
            if let old = before[key] {
                let fields = Self.differences(old, a)
                if !fields.isEmpty { counts[m].changed += 1; changes.append(AllocationChange(municipality: m, number: key.number, kind: .changed, fields: fields)) }
            } else {
                counts[m].new += 1
                changes.append(AllocationChange(municipality: m, number: key.number, kind: .new, fields: []))
            }
        }
        for key in before.keys where now[key] == nil {
            guard let m = municipalityIndex[key.municipality] else { continue }
            counts[m].removed += 1
            changes.append(AllocationChange(municipality: m, number: key.number, kind: .removed, fields: []))
        }
        changes.sort { ($0.municipality, $0.number.naturalKey, $0.number) < ($1.municipality, $1.number.naturalKey, $1.number) }

        // Claim lines that count on this delivery and were received after the previous one's last day.
        let cutoff = previous.horizon
        var lines = Array(repeating: 0, count: n), cents = Array(repeating: Int64(0), count: n)
        for c in claims where c.received <= horizon && c.received > cutoff {
            let m = allocations[c.allocation].municipality
            lines[m] += 1; cents[m] += c.amountCents
        }
        let year = delivery.month.year
        let inCareNow = clientsInCare(year: year), inCareBefore = previous.clientsInCare(year: year)
        let flow = inAndOutflow(in: delivery.month)
        let rows = (0..<n).map { m in
            MunicipalityChanges(newAllocations: counts[m].new, removedAllocations: counts[m].removed, changedAllocations: counts[m].changed,
                                newClaimLines: lines[m], newAmount: Double(cents[m]) / 100,
                                inCarePrevious: inCareBefore.byMunicipality[m], inCare: inCareNow.byMunicipality[m],
                                inflow: flow.inflow[m], outflow: flow.outflow[m])
        }
        let region = MunicipalityChanges(
            newAllocations: rows.map(\.newAllocations).reduce(0, +), removedAllocations: rows.map(\.removedAllocations).reduce(0, +),
            changedAllocations: rows.map(\.changedAllocations).reduce(0, +), newClaimLines: rows.map(\.newClaimLines).reduce(0, +),
            newAmount: Double(cents.reduce(0, +)) / 100, inCarePrevious: inCareBefore.region, inCare: inCareNow.region,
            inflow: rows.map(\.inflow).reduce(0, +), outflow: rows.map(\.outflow).reduce(0, +))
        return DeliveryChanges(previous: previous.delivery.month, current: delivery.month, municipalities: rows, region: region, allocations: changes)
    }

    /// Jeugdigen in zorg in a year, per municipality and for the region (each client once).
    /// Municipalities are matched by code, so two deliveries of one region compare.
    func clientsInCare(year: Int) -> (byMunicipality: [Int], region: Int) {
        let period = Period(year: year)
        var sets = Array(repeating: Set<Int32>(), count: municipalities.count)
        var region = Set<String>()
        for a in allocations where a.isActive(in: period) {
            sets[a.municipality].insert(a.client)
            region.insert(clientID(a.client))
        }
        return (sets.map(\.count), region.count)
    }

    /// Instroom: clients whose earliest ingangsdatum in the municipality lies in the month.
    /// Uitstroom: clients all of whose allocations there have an einddatum, the latest in the month.
    func inAndOutflow(in month: Month) -> (inflow: [Int], outflow: [Int]) {
        struct Key: Hashable { var municipality: Int; var client: Int32 }
        var first: [Key: Day] = [:], last: [Key: Day?] = [:]
        for a in allocations {
            let k = Key(municipality: a.municipality, client: a.client)
            first[k] = min(first[k] ?? a.start, a.start)
            switch (last[k], a.end) {
            case (nil, let end): last[k] = .some(end)
            case (.some(.some(let known)), .some(let end)): last[k] = .some(max(known, end))
            default: last[k] = .some(nil)  // an open allocation: the client has not left
            }
        }
        var inflow = Array(repeating: 0, count: municipalities.count), outflow = inflow
        for (k, day) in first where day.month == month { inflow[k.municipality] += 1 }
        for (k, end) in last { if let day = end, day.month == month { outflow[k.municipality] += 1 } }
        return (inflow, outflow)
    }

    /// The fields §7.6 compares, as parsed values, written as delivered.
    static func differences(_ a: Allocation, _ b: Allocation) -> [(name: String, old: String, new: String)] {
        func text(_ d: Day?) -> String { d?.description ?? "–" }
        let pairs: [(String, String, String)] = [
            ("client", a.client, b.client), ("productcode", a.product, b.product), ("aanbieder", a.provider, b.provider),
            ("ingangsdatum", text(a.start), text(b.start)), ("einddatum", text(a.end), text(b.end)),
            ("volume", String(a.volume), String(b.volume)), ("eenheid", a.unit.rawValue, b.unit.rawValue),
            ("frequentie", a.frequency.rawValue, b.frequency.rawValue), ("reden_beeindiging", a.endReason ?? "–", b.endReason ?? "–"),
        ]
        return pairs.filter { $0.1 != $0.2 }.map { (name: $0.0, old: $0.1, new: $0.2) }
    }
}

extension String {
    /// Sorts "TW-2" before "TW-10".
    fileprivate var naturalKey: Int { Int(String(reversed().prefix { $0.isNumber }.reversed())) ?? 0 }
}
