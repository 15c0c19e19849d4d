import MonitorCore

/// Providers (fictitious names, 8-digit AGB codes), their contracts and the
/// Beschikbaarheidswijzer updates.
struct ProviderPlan {
    var providers: [Provider] = []
    var contracts: [Contract] = []
    /// Contract periods per provider index and product index.
    var periods: [Int: [(start: Day, end: Day?)]] = [:]

    func key(_ v: Int, _ p: Int) -> Int { v * 1000 + p }

    func isContracted(_ v: Int, _ p: Int, on day: Day) -> Bool {
        (periods[key(v, p)] ?? []).contains { $0.start <= day && ($0.end.map { day <= $0 } ?? true) }
    }

    func isContracted(_ v: Int, _ p: Int, overlapping period: Period) -> Bool {
        (periods[key(v, p)] ?? []).contains { $0.start <= period.last && ($0.end.map { $0 >= period.first } ?? true) }
    }

    mutating func addContract(_ v: Int, _ p: Int, _ start: Day, _ end: Day?) {
        periods[key(v, p), default: []].append((start, end))
        contracts.append(Contract(provider: providers[v].agb, product: Catalogue.specs[p].product.code, start: start, end: end))
    }

    /// Providers contracted for a product on a day / not contracted for it.
    func contracted(_ p: Int, on day: Day, among pool: [Int]) -> [Int] { pool.filter { isContracted($0, p, on: day) } }
}

/// Fixed roles of the first providers, so that segment 2 can be placed exactly.
enum ProviderRoles {
    static let pleegzorgContracted = Array(0...4)
    static let pleegzorgOther = Array(5...7)
    static let gezinshuisContracted = Array(8...17)
    static let gezinshuisOther = Array(18...27)
    static let woongroepContracted = Array(28...33)
    static let woongroepOther = Array(34...39)
    static let zelfstandigContracted = [28, 29, 30, 40, 41]
    static let zelfstandigOther = [34, 35]
    static let s1Providers = Array(42...49)
    static let big = Array(50...69)
    static let medium = Array(70...139)
    static let small = Array(140...199)
    static let uncontracted = Array(200...235)
    static let count = 236
    /// Providers used for maatwerk of ordinary care (no contract for the product).
    static let maatwerkPool = uncontracted + Array(5...7) + Array(18...27)
}

enum Providers {
    static let d2021 = Day(year: 2021, month: 1, day: 1)!
    static let d2022 = Day(year: 2022, month: 1, day: 1)!
    static let d2023 = Day(year: 2023, month: 1, day: 1)!

    static func names(_ rng: inout SplitMix64) -> [String] {
        let first = ["Linde", "Eiken", "Beuken", "Wilgen", "Heide", "Vlas", "Molen", "Kempen", "Peel", "Dommel",
                     "Zonne", "Sterre", "Klaver", "Berken", "Hazel", "Rozen", "Walnoot", "Kastanje", "Vlinder", "Esdoorn",
                     "Meidoorn", "Brem", "Lijster", "Merel", "Zwaluw", "Reiger", "Otter", "Bever", "Das", "Ooievaar"]
        let second = ["hof", "veld", "hoeve", "horst", "kring", "dal", "stee", "wijk", "laan", "bosch",
                      "akker", "brug", "hage", "rode", "beemd", "kamp", "hoek", "straat", "weide", "vonder"]
        let surnames = ["Van Dijk", "De Bruijn", "Verhoeven", "Van den Broek", "Smits", "Van Lieshout", "Hendriks",
                        "Van Bakel", "Coolen", "Van de Ven", "Swinkels", "Van Gerwen", "Habraken", "Donkers", "Van Rooij",
                        "Verbeek", "Van der Linden", "Manders", "Van Asten", "Raaijmakers", "Van Bree", "Kuijpers",
                        "Van Hout", "Bogaerts", "Van Kemenade", "Aarts", "Sanders", "Van Heeswijk", "Van Vugt", "Biemans"]
        let orgs = ["Stichting", "Zorggroep", "Jeugdzorg", "Jeugdhulp", "Behandelcentrum", "Kindcentrum", "Zorgcentrum", "Jeugdteam"]
        let tails = ["", "", " Zuidoost", " Peelland", " Kempenland", " Dommeldal", " Jeugd & Gezin", " Jeugd"]
        var seen = Set<String>()
        var result: [String] = []
        func unique(_ make: (inout SplitMix64) -> String) -> String {
            while true {
                let n = make(&rng)
                if seen.insert(n).inserted { return n }
            }
        }
        for v in 0..<ProviderRoles.count {
            let place = { (r: inout SplitMix64) in r.pick(first) + r.pick(second) }
            let name: String
            switch v {
            case 0...4: name = unique { r in "Pleegzorg " + place(&r) + (r.chance(0.5) ? " Brabant" : "") }
            case 5...7: name = unique { r in "Stichting Pleeggezinnen " + place(&r) }
            case 8...27: name = unique { r in "Gezinshuis De " + place(&r) }
            case 28...41: name = unique { r in r.pick(["Woonzorg ", "Stichting Jongerenhuis ", "Wonen & Begeleiding "]) + place(&r) }
            case 42...49: name = unique { r in r.pick(["Behandelcentrum ", "Jeugdkliniek ", "Stichting Orthopedagogisch Centrum "]) + place(&r) }
            case 50...69: name = unique { r in r.pick(orgs) + " " + place(&r) + r.pick(tails) }
            default:
                name = unique { r in
                    switch r.int(0...5) {
                    case 0: return "Praktijk " + r.pick(surnames) + r.pick([" jeugd-GGZ", " Kind & Jeugd", " Orthopedagogiek", " Psychologie"])
                    case 1: return "Zorgboerderij De " + place(&r)
                    case 2: return r.pick(surnames) + r.pick([" Begeleiding", " Jeugdcoaching", " Zorg op Maat", " Dyslexiezorg"])
                    case 3: return "Dagbesteding De " + place(&r)
                    default: return r.pick(orgs) + " " + place(&r) + r.pick(tails)
                    }
                }
            }
            result.append(name)
        }
        return result
    }

    static func build() -> ProviderPlan {
        var rng = SplitMix64.stream("providers")
        var plan = ProviderPlan()
        let names = names(&rng)
        var agbs = Set<String>()
        for v in 0..<ProviderRoles.count {
            var agb: String
            repeat {
                let prefix = v < 200 ? "98" : rng.pick(["98", "94", "90"])
                agb = prefix + String(rng.int(100_000...999_999))
            } while !agbs.insert(agb).inserted
            plan.providers.append(Provider(agb: agb, name: names[v]))
        }
        let C = Catalogue.self
        // Segment 2.
        for (i, v) in ProviderRoles.pleegzorgContracted.enumerated() {
            plan.addContract(v, C.pleegzorg, i == 4 ? d2022 : d2021, nil)
            if i < 3 { plan.addContract(v, C.deeltijd, d2023, nil) }
            plan.addContract(v, C.index("46C03"), d2021, nil)
        }
        for v in ProviderRoles.pleegzorgOther { // contracted for other products, not for pleegzorg
            plan.addContract(v, C.index("45B04"), d2021, nil)
        }
        for (i, v) in ProviderRoles.gezinshuisContracted.enumerated() {
            plan.addContract(v, C.gezinshuis, i % 3 == 2 ? d2022 : d2021, nil)
        }
        for v in ProviderRoles.woongroepContracted { plan.addContract(v, C.woongroep, d2022, nil) }
        for (i, v) in ProviderRoles.zelfstandigContracted.enumerated() {
            plan.addContract(v, C.zelfstandig, i == 3 ? Day(year: 2021, month: 7, day: 1)! : d2021, nil)
        }
        for v in [40, 41] { plan.addContract(v, C.index("45B01"), d2021, nil) }
        // Segment 1 providers: residential treatment plus specialised ambulant care.
        for v in ProviderRoles.s1Providers {
            var products = C.s1Products.filter { _ in rng.chance(0.55) }
            if products.isEmpty { products = [rng.pick(C.s1Products)] }
            products += ["45A01", "45A02", "41A01", "45A03"].map(C.index).filter { _ in rng.chance(0.6) }
            for p in products { plan.addContract(v, p, rng.chance(0.8) ? d2021 : d2022, nil) }
        }
        // Ordinary care.
        let ordinary = C.ordinary.filter { C.specs[$0].product.segment != 1 || rng.chance(0.3) }
        func contractFor(_ v: Int, products n: Int, endedEarly: Bool) {
            var chosen = Set<Int>()
            while chosen.count < n {
                let weights = ordinary.map { C.specs[$0].weight }
                chosen.insert(ordinary[rng.weighted(weights)])
            }
            for p in chosen.sorted() {
                let r = rng.unit()
                let start: Day
                switch r {
                case ..<0.66: start = d2021
                case ..<0.88: start = d2022
                case ..<0.93: start = Day(year: 2021, month: 7, day: 1)!
                case ..<0.97: start = Day(year: 2023, month: 4, day: 1)!
                default: start = Day(year: 2024, month: 1, day: 1)!
                }
                var end: Day? = nil
                if endedEarly { end = Day(year: 2022, month: 12, day: 31)! }
                else if rng.chance(0.05) { end = Day(year: 2025, month: 6, day: 30)! }
                plan.addContract(v, p, start, end)
            }
        }
        for v in ProviderRoles.big { contractFor(v, products: rng.int(6...12), endedEarly: false) }
        for v in ProviderRoles.medium { contractFor(v, products: rng.int(2...5), endedEarly: false) }
        for v in ProviderRoles.small { contractFor(v, products: rng.int(1...2), endedEarly: v >= 193) }
        return plan
    }
}
