import Foundation
import MonitorCore

/// The calibration report: every published figure, as the monitor computes it from the rows,
/// against the published value. (Why segment 2 in section E counts product segment 2, including
/// 44A11 Deeltijdpleegzorg, while tables B and C count the verblijf class: see `Published`.)
struct Check {
    var section: String
    var name: String
    var expected: String
    var achieved: String
    var ok: Bool
}

enum Calibration {
    static func exact(_ s: String, _ n: String, _ e: Int, _ a: Int) -> Check { Check(section: s, name: n, expected: "\(e)", achieved: "\(a)", ok: e == a) }
    static func text(_ s: String, _ n: String, _ e: String, _ a: String) -> Check { Check(section: s, name: n, expected: e, achieved: a, ok: e == a) }
    static func about(_ s: String, _ n: String, _ e: Double, _ a: Double, tolerance: Double = 0.03) -> Check {
        Check(section: s, name: n, expected: String(format: "ca. %.0f", e), achieved: String(format: "%.0f", a), ok: abs(a / e - 1) <= tolerance)
    }

    static func checks(_ ds: Dataset) -> [Check] {
        var c: [Check] = []
        let names = Regions.municipalities.map(\.name)
        func index(_ g: Int) -> Int { ds.municipalityIndex[Regions.municipalities[g].code]! }
        // A
        for year in 2022...2023 {
            let counts = ds.clientCounts(activeIn: Period(year: year))
            let published = year == 2022 ? Published.inCare2022 : Published.inCare2023
            for g in 0..<11 { c.append(exact("A", "jeugdigen in zorg \(year) \(names[g])", published[g], counts.byMunicipality[index(g)])) }
            c.append(exact("A", "jeugdigen in zorg \(year) totaal", Published.inCareTotal[year]!, counts.region))
        }
        // B and C
        for year in 2022...2023 {
            let y = Period(year: year)
            c.append(exact("B", "segment 1 verblijf \(year)", Published.s1Region[year]!, ds.clients(activeIn: y) { Metrics.residence(ds, $0) == .s1Residential }.count))
            c.append(exact("B", "segment 2 wonen \(year)", Published.s2Region[year]!, ds.clients(activeIn: y) { Metrics.residence(ds, $0).isSegment2 }.count))
            c.append(exact("B", "totaal unieke cliënten verblijf \(year)", Published.unionRegion[year]!, ds.clients(activeIn: y) { Metrics.residence(ds, $0).isResidential }.count))
            let classes: [ResidenceClass] = [.s1Residential, .s2FamilyLike, .s2Living]
            for (k, cls) in classes.enumerated() {
                let counts = ds.clientCounts(activeIn: y) { Metrics.residence(ds, $0) == cls }
                for g in 0..<11 { c.append(exact("C", "\(cls.rawValue) \(year) \(names[g])", Published.classCount(k, g, year), counts.byMunicipality[index(g)])) }
            }
        }
        // D
        var totals: [Int: Double] = [:]
        var perMunicipality: [String: [Int: Double]] = [:]
        for a in ds.reference.annualAccounts {
            totals[a.year, default: 0] += a.careCosts
            perMunicipality[a.municipality, default: [:]][a.year] = a.careCosts
        }
        for year in 2021...2023 { c.append(exact("D", "zorgkosten \(year)", Int(Published.accountsTotal[year]!), Int(totals[year] ?? 0))) }
        c.append(text("D", "ontwikkeling 2022", "-5,51%", Metrics.percent(totals[2022]! / totals[2021]! - 1, decimals: 2)))
        c.append(text("D", "ontwikkeling 2023", "8,9%", Metrics.percent(totals[2023]! / totals[2022]! - 1, decimals: 1)))
        for (g, m) in Regions.municipalities.enumerated() {
            let v = perMunicipality[m.code] ?? [:]
            c.append(text("D", "ontwikkeling 2022 \(m.name)", "\(Published.accountsDevelopment2022[g])%", Metrics.percent(v[2022]! / v[2021]! - 1, decimals: 0)))
            c.append(text("D", "ontwikkeling 2023 \(m.name)", "\(Published.accountsDevelopment2023[g])%", Metrics.percent(v[2023]! / v[2022]! - 1, decimals: 0)))
        }
        // E (a), (b): segment 2 = product segment 2.
        let segment2: (AllocationRecord) -> Bool = { ds.products[$0.product].segment == 2 }
        for year in 2021...2023 {
            c.append(exact("E", "segment 2 eerste halfjaar \(year)", Published.segment2FirstHalf[year]!, ds.clients(activeIn: .firstHalf(of: year), where: segment2).count))
        }
        let h1 = Period.firstHalf(of: 2023)
        let s2 = ds.clientCounts(activeIn: h1, where: segment2).byMunicipality
        let care = ds.clientCounts(activeIn: h1).byMunicipality
        var subS2 = [0, 0, 0, 0], subCare = [0, 0, 0, 0], subYouth = [0, 0, 0, 0], subInhabitants = [0, 0, 0, 0]
        for g in 0..<11 {
            let s = Regions.subregionIndex(ofMunicipality: g)
            subS2[s] += s2[index(g)]; subCare[s] += care[index(g)]
            if let row = ds.reference.inhabitants.first(where: { $0.municipality == Regions.municipalities[g].code && $0.year == 2023 }) {
                subYouth[s] += row.youths; subInhabitants[s] += row.total
            }
        }
        for (s, name) in Regions.subregions.enumerated() {
            c.append(exact("E", "segment 2 H1 2023 \(name)", Published.segment2BySubregion[s], subS2[s]))
            c.append(exact("E", "jeugdhulp totaal H1 2023 \(name)", Published.careBySubregion[s], subCare[s]))
            c.append(exact("E", "jeugdige inwoners 1-1-2023 \(name)", Published.youthsBySubregion[s], subYouth[s]))
            c.append(text("E", "S2 / inwoners \(name)", Published.s2VersusInhabitants[s], Metrics.percent(Double(subS2[s]) / Double(subInhabitants[s]), decimals: 2)))
            c.append(text("E", "S2 / jeugdhulp \(name)", Published.s2VersusCare[s], Metrics.percent(Double(subS2[s]) / Double(subCare[s]), decimals: 1)))
            c.append(text("E", "S2 / jeugdige inwoners \(name)", Published.s2VersusYouths[s], Metrics.percent(Double(subS2[s]) / Double(subYouth[s]), decimals: 2)))
        }
        let sumS2 = subS2.reduce(0, +), sumCare = subCare.reduce(0, +), sumYouth = subYouth.reduce(0, +)
        c.append(exact("E", "jeugdige inwoners 1-1-2023 totaal", 73138, sumYouth))
        c.append(text("E", "S2 / jeugdhulp totaal", Published.s2VersusCare[4], Metrics.percent(Double(sumS2) / Double(sumCare), decimals: 1)))
        c.append(text("E", "S2 / jeugdige inwoners totaal", Published.s2VersusYouths[4], Metrics.percent(Double(sumS2) / Double(sumYouth), decimals: 2)))
        // E (c)
        let costs = Metrics.costs2022(ds)
        c.append(about("E", "kosten per cliënt 2022 jeugdhulp", Published.costAll, costs.allPerClient))
        c.append(about("E", "kosten per cliënt 2022 segment 1 verblijf", Published.costS1, costs.s1PerClient))
        c.append(about("E", "kosten per cliënt 2022 segment 2", Published.costS2, costs.s2PerClient))
        c.append(about("E", "kosten per cliënt 2022 overige jeugdhulp", Published.costOther, costs.otherPerClient))
        c.append(text("E", "aandeel kosten verblijf/wonen 2022", "23%", Metrics.percent(costs.residentialShare, decimals: 0)))
        c.append(text("E", "segment 2 aandeel cliënten 2022", "4%", Metrics.percent(costs.s2ClientShare, decimals: 0)))
        c.append(text("E", "segment 2 aandeel kosten 2022", "10%", Metrics.percent(costs.s2CostShare, decimals: 0)))
        // E (d)
        for (k, code) in Published.aprilProducts.enumerated() {
            let r = Metrics.productApril(ds, code: code)
            c.append(exact("E", "\(code) cliënten april 2023", Published.aprilClients[k], r.clients))
            c.append(exact("E", "\(code) gecontracteerde aanbieders", Published.aprilContractedProviders[k], r.contractedProviders))
            c.append(text("E", "\(code) bij gecontracteerde", "\(Published.aprilAtContracted[k].0) bij \(Published.aprilAtContracted[k].1)", "\(r.atContracted) bij \(r.contractedUsed)"))
            c.append(text("E", "\(code) bij niet-gecontracteerde", "\(Published.aprilAtOther[k].0) bij \(Published.aprilAtOther[k].1)", "\(r.atOther) bij \(r.otherUsed)"))
            c.append(text("E", "\(code) verzilvering 2022", Published.verzilvering2022[k], Metrics.percent(r.verzilvering, decimals: 2)))
            c.append(exact("E", "\(code) beschikt april 2023", Published.aprilBeschikt[k], Int(r.beschikt.rounded())))
            let w = Published.waitingRange[k]
            c.append(text("E", "\(code) wachttijden", "\(w.0)–\(w.1)", "\(r.waitMin)–\(r.waitMax)"))
            let expectRef = Published.aprilReferrers[k].map { "\($0.0.isEmpty ? "leeg" : $0.0):\($0.1)" }.sorted().joined(separator: " ")
            let gotRef = r.referrers.map { "\($0.key.isEmpty ? "leeg" : $0.key):\($0.value)" }.sorted().joined(separator: " ")
            c.append(text("E", "\(code) verwijzers", expectRef, gotRef))
        }
        // E (e) trends
        func product(_ code: String) -> (AllocationRecord) -> Bool { let p = ds.productIndex[code]!; return { $0.product == p } }
        let pz = (2021...2023).map { Metrics.monthlyAverage(ds, year: $0, through: $0 == 2023 ? 6 : 12, product("43A09")) }
        c.append(Check(section: "E", name: "trend pleegzorg 2023 ca. 10% lager dan 2021 en 2022", expected: "-7%..-14%",
                       achieved: String(format: "%.1f / %.1f / %.1f", pz[0], pz[1], pz[2]),
                       ok: (0.86...0.93).contains(pz[2] / pz[0]) && (0.86...0.93).contains(pz[2] / pz[1])))
        let gh = (2021...2023).map { Metrics.monthlyAverage(ds, year: $0, through: $0 == 2023 ? 6 : 12, product("43A10")) }
        c.append(Check(section: "E", name: "trend gezinshuis: boven 2021, onder 2022", expected: "2021 < 2023 < 2022",
                       achieved: String(format: "%.1f / %.1f / %.1f", gh[0], gh[1], gh[2]), ok: gh[0] < gh[2] && gh[2] < gh[1]))
        let woongroep = ds.productIndex["43A14"]!
        let earlyWoongroep = ds.allocations.filter { $0.product == woongroep && $0.start.year < 2022 }.count
        let wg = (2022...2023).map { Metrics.monthlyAverage(ds, year: $0, through: $0 == 2023 ? 6 : 12, product("43A14")) }
        c.append(Check(section: "E", name: "trend woongroep: nieuw per 1-1-2022, stijgend", expected: "0 before 2022, rising",
                       achieved: String(format: "%d / %.1f / %.1f", earlyWoongroep, wg[0], wg[1]), ok: earlyWoongroep == 0 && wg[1] > wg[0]))
        let bz = Metrics.monthlyAverage(ds, year: 2021, product("43B99"))
        c.append(Check(section: "E", name: "trend begeleiding zelfstandig wonen 2021", expected: "4–5 per maand",
                       achieved: String(format: "%.1f", bz), ok: (3.5...5.5).contains(bz)))
        for (label, include) in [("S1-verblijf", { (a: AllocationRecord) in Metrics.residence(ds, a) == .s1Residential }),
                                 ("S2 wonen", { (a: AllocationRecord) in Metrics.residence(ds, a).isSegment2 })] {
            let jan = ds.clients(activeIn: Period(month: Month(year: 2022, month: 1)), where: include).count
            let jun = ds.clients(activeIn: Period(month: Month(year: 2023, month: 6)), where: include).count
            c.append(Check(section: "E", name: "trend uithuisplaatsingen \(label) jan 2022 → jun 2023", expected: "falling",
                           achieved: "\(jan) → \(jun)", ok: jun < jan))
        }
        // F
        let contracted = Metrics.contractedProviders(ds, year: 2023)
        c.append(Check(section: "F", name: "gecontracteerde aanbieders 2023", expected: "ca. 180 (175–185)", achieved: "\(contracted)",
                       ok: Published.contractedProviders2023.contains(contracted)))
        for year in 2022...2023 { c.append(exact("F", "maatwerkvoorzieningen \(year)", Published.maatwerk[year]!, Metrics.maatwerk(ds, year: year))) }
        c.append(exact("F", "RMT casussen 2023", Published.rmtCases2023, ds.reference.rmtCases.filter { $0.registered.year == 2023 }.count))
        return c
    }

    /// Prints the report; returns true when every check is OK.
    static func report(_ ds: Dataset) -> Bool {
        let all = checks(ds)
        print("Calibration report (expected | achieved | status)")
        var section = ""
        for c in all {
            if c.section != section { section = c.section; print("-- \(section)") }
            print("  \(c.ok ? "OK  " : "FAIL") \(c.name): \(c.expected) | \(c.achieved)")
        }
        let failed = all.filter { !$0.ok }.count
        print("\(all.count) targets, \(all.count - failed) OK, \(failed) FAIL")
        // Demo continuation (not published): informative only.
        let union = (2024...2026).map { y in ds.clients(activeIn: Period(year: y)) { Metrics.residence(ds, $0).isResidential }.count }
        let maat = (2024...2026).map { Metrics.maatwerk(ds, year: $0) }
        let inCare = (2021...2026).map { ds.clientCounts(activeIn: Period(year: $0)).region }
        print("Continuation: jeugdigen in zorg 2021–2026 \(inCare), uithuisplaatsingen 2024–2026 \(union), maatwerk 2024–2026 \(maat)")
        return failed == 0
    }
}
