import MonitorCore

/// An allocation as the generator plans it, before numbers and codes are written.
struct Draft {
    /// `followUp`: a short allocation added after the calibration (new help after a traject
    /// ended volgens plan, section 7.5); only from 2024 on.
    enum Role { case residential, ordinary, followUp }
    var municipality: Int
    var client: Int
    var product: Int
    var provider: Int
    var start: Day
    var end: Day?
    var volume: Int
    var unit: Unit
    var frequency: Frequency
    var referrer: Referrer?
    var endReason: String?
    var role: Role
    /// Allowed to switch between contracted and non-contracted providers to calibrate maatwerk.
    var flippable = false
    /// Claim realisation (share of beschikt claimed).
    var realisation = 0.95
}

/// Everything planned so far, with the tariff table; turns into model values on demand.
struct Plan {
    var providers: ProviderPlan
    var drafts: [Draft] = []
    /// Pseudonym per client number, and year of birth.
    var clientNames: [String] = []
    var birthYears: [Int] = []
    /// tariff[product][year - 2021]
    var tariffs: [[Double]]
    var claims: [Claim] = []
    var reference = ReferenceData()

    init(providers: ProviderPlan) {
        self.providers = providers
        tariffs = Catalogue.specs.map { s in
            (2021...2026).map { y in s.unit == .euros ? 1.0 : ((s.tariff2021 * Catalogue.indexFactor(y)) * 100).rounded() / 100 }
        }
    }

    static let delivery = Month(year: 2026, month: 10)

    mutating func newClient(_ rng: inout SplitMix64, birthYear: Int, used: inout Set<Int>) -> Int {
        var n: Int
        repeat { n = rng.int(1_000_000...9_999_999) } while !used.insert(n).inserted
        clientNames.append("J\(n)")
        birthYears.append(birthYear)
        return clientNames.count - 1
    }

    func tariff(_ product: Int, _ year: Int) -> Double { tariffs[product][min(max(year, 2021), 2026) - 2021] }

    func tariffRows() -> [Tariff] {
        var rows: [Tariff] = []
        for (p, s) in Catalogue.specs.enumerated() {
            for y in 2021...2026 where y >= s.available.year {
                rows.append(Tariff(product: s.product.code, year: y, amount: tariffs[p][y - 2021]))
            }
        }
        return rows
    }

    /// Allocation numbers per municipality, in draft order.
    func allocationNumber(_ index: Int, sequence: Int) -> String {
        let g = drafts[index].municipality
        let code = Regions.municipalities[g].code
        switch g % 3 {
        case 0: return "\(code)\(zeroPadded6(100_000 + sequence))"
        case 1: return "TW-\(drafts[index].start.year)-\(zeroPadded6(sequence))"
        default: return "\(2_000_000 + sequence * 3 + g)"
        }
    }

    /// Model values: allocations (with numbers) in municipality order.
    func allocations() -> (rows: [Allocation], numbers: [String]) {
        var numbers = [String](repeating: "", count: drafts.count)
        var sequence = [Int](repeating: 0, count: Regions.municipalities.count)
        var rows: [Allocation] = []
        rows.reserveCapacity(drafts.count)
        for (i, d) in drafts.enumerated() {
            sequence[d.municipality] += 1
            numbers[i] = allocationNumber(i, sequence: sequence[d.municipality])
            let spec = Catalogue.specs[d.product]
            rows.append(Allocation(
                municipality: Regions.municipalities[d.municipality].code, number: numbers[i],
                client: clientNames[d.client], birthYear: birthYears[d.client], category: spec.product.category,
                product: spec.product.code, provider: providers.providers[d.provider].agb, start: d.start, end: d.end,
                volume: d.volume, unit: d.unit, frequency: d.frequency, referrer: d.referrer, changeReason: nil,
                endReason: d.endReason))
        }
        return (rows, numbers)
    }

    func referenceData() -> ReferenceData {
        var r = reference
        r.municipalities = Regions.municipalities
        r.products = Catalogue.products
        r.tariffs = tariffRows()
        r.providers = providers.providers
        r.contracts = providers.contracts
        return r
    }

    /// A dataset of the current drafts (allocation i of the dataset is draft i) with the given claims.
    func dataset(claims: [Claim] = []) -> Dataset {
        let a = allocations().rows
        return try! Dataset(reference: referenceData(), delivery: Delivery(month: Plan.delivery, allocations: a, claims: claims))
    }
}

/// `n` with leading zeros to six digits.
func zeroPadded6(_ n: Int) -> String {
    let digits = n.description
    return String(repeating: "0", count: max(0, 6 - digits.count)) + digits
}
