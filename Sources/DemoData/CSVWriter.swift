import Foundation
import MonitorCore

/// How one file is written: the contract allows several spellings, and the demo data uses
/// them so that the loader is exercised.
struct CSVStyle {
    enum Amount { case comma, point, thousands }
    enum Encoding { case utf8, utf8BOM, windows1252 }
    var delimiter: Character = ";"
    var crlf = false
    var dutchDates = false
    var amount: Amount = .comma
    var encoding: Encoding = .utf8
    var capitalizedHeader = false

    static let standard = CSVStyle()

    /// Delivery style per municipality code.
    static func delivery(_ code: String) -> CSVStyle {
        switch code {
        case "0847": CSVStyle(crlf: true, dutchDates: true, encoding: .windows1252) // Someren: spreadsheet export
        case "0866": CSVStyle(delimiter: ",", amount: .point)                      // Waalre
        case "0762": CSVStyle(amount: .thousands)                                   // Deurne
        case "0794": CSVStyle(encoding: .utf8BOM)                                   // Helmond
        case "0861": CSVStyle(capitalizedHeader: true)                              // Veldhoven
        default: .standard
        }
    }
}

struct CSVFile {
    var style: CSVStyle
    var text = ""

    init(style: CSVStyle, header: [String]) {
        self.style = style
        row(style.capitalizedHeader ? header.map { $0.prefix(1).uppercased() + $0.dropFirst() } : header)
    }

    mutating func row(_ fields: [String]) {
        var first = true
        for f in fields {
            if !first { text.append(style.delimiter) }
            first = false
            if f.contains(style.delimiter) || f.contains("\"") || f.contains("\n") {
                text += "\"" + f.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
            } else {
                text += f
            }
        }
        text += style.crlf ? "\r\n" : "\n"
    }

    func date(_ d: Day?) -> String {
        guard let d else { return "" }
        if !style.dutchDates { return d.description }
        let c = d.civil
        return (c.day < 10 ? "0" : "") + "\(c.day)-" + (c.month < 10 ? "0" : "") + "\(c.month)-\(c.year)"
    }

    func money(cents: Int64) -> String {
        let negative = cents < 0
        let v = abs(cents)
        let whole = v / 100, frac = v % 100
        var wholeText = String(whole)
        if style.amount == .thousands && whole >= 1000 {
            var groups: [String] = []
            var w = whole
            while w >= 1000 { groups.insert(zeroPadded6(Int(w % 1000)).suffix(3).description, at: 0); w /= 1000 }
            groups.insert(String(w), at: 0)
            wholeText = groups.joined(separator: ".")
        }
        let sep = style.amount == .point ? "." : ","
        return (negative ? "-" : "") + wholeText + sep + (frac < 10 ? "0" : "") + String(frac)
    }

    /// A decimal with the municipality's separator: `12,5` or `12.5`.
    func decimal(_ value: Double, decimals: Int) -> String {
        let text = String(format: "%.\(decimals)f", value)
        return style.amount == .point ? text : text.replacingOccurrences(of: ".", with: ",")
    }

    func money(_ euros: Double) -> String { money(cents: Int64((euros * 100).rounded())) }

    func data() -> Data {
        switch style.encoding {
        case .utf8: return Data(text.utf8)
        case .utf8BOM: return Data([0xEF, 0xBB, 0xBF] + Array(text.utf8))
        case .windows1252: return Data(text.unicodeScalars.map(CSVFile.windows1252))
        }
    }

    static func windows1252(_ s: Unicode.Scalar) -> UInt8 {
        switch s.value {
        case 0..<0x80, 0xA0...0xFF: return UInt8(s.value)
        case 0x20AC: return 0x80
        case 0x2013: return 0x96
        case 0x2014: return 0x97
        case 0x2018: return 0x91
        case 0x2019: return 0x92
        case 0x201C: return 0x93
        case 0x201D: return 0x94
        default: return UInt8(ascii: "?")
        }
    }
}

enum CSVWriter {
    /// Writes referentie/ and one folder per delivery under leveringen/.
    static func write(reference r: ReferenceData, deliveries: [Delivery], to root: String) throws {
        let fm = FileManager.default
        let refDir = root + "/referentie"
        // The generator owns referentie/ and leveringen/: replace them entirely.
        for dir in [refDir, root + "/leveringen"] where fm.fileExists(atPath: dir) { try fm.removeItem(atPath: dir) }
        try fm.createDirectory(atPath: refDir, withIntermediateDirectories: true)
        let s = CSVStyle.standard

        var f = CSVFile(style: s, header: ["gemeentecode", "naam", "subregio"])
        for m in r.municipalities { f.row([m.code, m.name, m.subregion]) }
        try save(f, refDir + "/gemeenten.csv")

        f = CSVFile(style: s, header: ["gemeentecode", "jaar", "jeugdigen", "inwoners"])
        for i in r.inhabitants { f.row([i.municipality, "\(i.year)", "\(i.youths)", "\(i.total)"]) }
        try save(f, refDir + "/inwoners.csv")

        f = CSVFile(style: s, header: ["productcode", "omschrijving", "productcategorie", "segment", "verblijf"])
        for p in r.products { f.row([p.code, p.description, p.category, "\(p.segment)", p.residence.rawValue]) }
        try save(f, refDir + "/producten.csv")

        f = CSVFile(style: s, header: ["productcode", "jaar", "tarief"])
        for t in r.tariffs { f.row([t.product, "\(t.year)", f.money(t.amount)]) }
        try save(f, refDir + "/tarieven.csv")

        f = CSVFile(style: s, header: ["agb", "naam"])
        for p in r.providers { f.row([p.agb, p.name]) }
        try save(f, refDir + "/aanbieders.csv")

        f = CSVFile(style: s, header: ["agb", "productcode", "ingangsdatum", "einddatum"])
        for c in r.contracts { f.row([c.provider, c.product, f.date(c.start), f.date(c.end)]) }
        try save(f, refDir + "/contracten.csv")

        f = CSVFile(style: s, header: ["gemeentecode", "jaar", "zorgkosten"])
        for a in r.annualAccounts { f.row([a.municipality, "\(a.year)", "\(Int(a.careCosts))"]) }
        try save(f, refDir + "/jaarrekening.csv")

        f = CSVFile(style: s, header: ["agb", "productcode", "peildatum", "wachttijd_weken"])
        for w in r.waitingTimes { f.row([w.provider, w.product, f.date(w.date), "\(w.weeks)"]) }
        try save(f, refDir + "/wachttijden.csv")

        f = CSVFile(style: s, header: ["casus", "gemeentecode", "aanmelddatum", "passend_aanbod_datum", "gecontracteerd"])
        for c in r.rmtCases { f.row([c.id, c.municipality, f.date(c.registered), f.date(c.offered), c.contracted ? "J" : "N"]) }
        try save(f, refDir + "/rmt.csv")

        for delivery in deliveries { try write(delivery, municipalities: r.municipalities, to: root) }
    }

    static func yesNo(_ value: Bool?) -> String { value.map { $0 ? "J" : "N" } ?? "" }

    static func save(_ f: CSVFile, _ path: String) throws { try f.data().write(to: URL(fileURLWithPath: path)) }

    /// One delivery folder: a toewijzingen and a declaraties file per municipality, in its style.
    static func write(_ delivery: Delivery, municipalities: [Municipality], to root: String) throws {
        let deliveryDir = root + "/leveringen/\(delivery.month)"
        try FileManager.default.createDirectory(atPath: deliveryDir, withIntermediateDirectories: true)
        var allocations: [String: [Allocation]] = [:]
        for a in delivery.allocations { allocations[a.municipality, default: []].append(a) }
        var claims: [String: [Claim]] = [:]
        for c in delivery.claims { claims[c.municipality, default: []].append(c) }
        var placements: [String: [Placement]] = [:]
        for p in delivery.placements { placements[p.municipality, default: []].append(p) }
        for m in municipalities {
            let style = CSVStyle.delivery(m.code)
            var header = ["toewijzingnummer", "client", "geboortejaar", "productcategorie", "productcode", "aanbieder", "ingangsdatum",
                          "einddatum", "volume", "eenheid", "frequentie", "verwijzer", "reden_wijziging", "reden_beeindiging"]
            let swapped = m.code == "0820" // Nuenen writes the client first: column order is free.
            if swapped { header.swapAt(0, 1) }
            var t = CSVFile(style: style, header: header)
            for a in allocations[m.code] ?? [] {
                var fields = [a.number, a.client, a.birthYear.map(String.init) ?? "", a.category, a.product, a.provider,
                              t.date(a.start), t.date(a.end), "\(a.volume)", a.unit.rawValue, a.frequency.rawValue,
                              a.referrer?.rawValue ?? "", a.changeReason ?? "", a.endReason ?? ""]
                if swapped { fields.swapAt(0, 1) }
                t.row(fields)
            }
            try save(t, deliveryDir + "/\(m.code)_toewijzingen.csv")
            var d = CSVFile(style: style, header: ["toewijzingnummer", "zorgmaand", "volume", "bedrag", "ontvangstdatum"])
            for c in claims[m.code] ?? [] {
                d.row([c.allocationNumber, c.careMonth.description, c.volume.map(String.init) ?? "", d.money(cents: c.amountCents), d.date(c.received)])
            }
            try save(d, deliveryDir + "/\(m.code)_declaraties.csv")
            if delivery.placementFiles.contains(m.code) {
                var p = CSVFile(style: style, header: ["toewijzingnummer", "afstand_km", "kleinschalig", "onderwijs", "verklarende_analyse"])
                for x in placements[m.code] ?? [] {
                    p.row([x.allocationNumber, x.distanceKm.map { p.decimal($0, decimals: 1) } ?? "",
                           yesNo(x.smallScale), yesNo(x.education), yesNo(x.explanatoryAnalysis)])
                }
                try save(p, deliveryDir + "/\(m.code)_plaatsingen.csv")
            }
        }
    }
}
