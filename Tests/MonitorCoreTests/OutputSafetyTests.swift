import Testing
@testable import MonitorCore

/// Contract §7.11: text from the files reaches no terminal or file with control characters,
/// and no spreadsheet runs a text cell as a formula. Every output format of MonitorCore is
/// fed the same hostile text: an OSC title change (ESC ] 0 ; … BEL), a screen clear
/// (ESC [ 2 J), a newline, a tab, DEL, a C1 CSI (U+009B) and a `|`.
@Suite struct OutputSafetyTests {
    static let hostile = "Gem\u{1B}]0;titel\u{07}een\u{1B}[2J\nnaam\u{7F}x\u{9B}31m|y\tz"
    /// As every format shows it: each control a `�`; the tab a space in aligned text.
    static let hostileAligned = "Gem\u{FFFD}]0;titel\u{FFFD}een\u{FFFD}[2J\u{FFFD}naam\u{FFFD}x\u{FFFD}31m|y z"
    /// Text cells a spreadsheet would run or that start with a character it strips first.
    /// `-1` is a product code here, text that merely looks like a number.
    static let formulaCells = ["=HYPERLINK(\"http://x\",\"y\")", "+1", "-1", "@SUM(A1)", "\tTab", "\rCR"]

    /// One report by hand: the hostile name as title, header, label and cell, the formula
    /// cells as text, and a negative number beside each.
    static let report: Report = {
        let tidy = TidyTable(columns: ["gemeente", "code", "waarde", hostile],
                             rows: formulaCells.map { [.text(hostile), .text($0), .number(-12.5, decimals: 1), .status(hostile, .notMet)] })
        let wide = WideTable(title: hostile, corner: hostile, groups: [(hostile, 2)], columns: ["code", "waarde"],
                             rows: formulaCells.map { .init(hostile, [.text($0), .number(-12.5, decimals: 1)]) },
                             footnotes: [hostile])
        return Report(name: "test", title: hostile, tidy: tidy, layout: [wide])
    }()

    /// Characters the output must not hold: C0 except newline (and tab where allowed), DEL, C1.
    static func controls(in s: String, tabAllowed: Bool) -> [UInt32] {
        s.unicodeScalars.map(\.value).filter { v in
            (v < 0x20 && v != 0x0A && !(tabAllowed && v == 0x09)) || (0x7F...0x9F).contains(v)
        }
    }

    @Test func theRuleReplacesC0ExceptTabDELAndC1() {
        #expect(OutputText.withoutControls("a\tb\u{1B}c\u{00}\u{7F}\u{80}\u{9F}\u{A0}é") == "a\tb\u{FFFD}c\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{A0}é")
        #expect(OutputText.withoutControls("Nuenen") == "Nuenen")
        // Every C0 but tab, DEL and every C1 are refused.
        for v in UInt32(0)...0xA0 {
            let s = String(Unicode.Scalar(v)!)
            let refused = (v < 0x20 && v != 0x09) || (0x7F...0x9F).contains(v)
            #expect((OutputText.withoutControls(s) == "\u{FFFD}") == refused, "U+\(String(v, radix: 16))")
        }
    }

    @Test(arguments: ReportFormat.allCases)
    func everyReportFormatIsFreeOfControls(format: ReportFormat) {
        let out = Self.report.rendered(as: format)
        // Tab is allowed by the contract in a csv cell; text and Markdown align columns, JSON escapes it.
        let tabAllowed = format == .csv || format == .csvNL
        #expect(Self.controls(in: out, tabAllowed: tabAllowed).isEmpty, "\(format.rawValue)")
        // The newline in the name does not start a line of its own.
        #expect(!out.split(separator: "\n").contains { $0.hasPrefix("naam") }, "\(format.rawValue)")
    }

    @Test func textShowsTheNameOnOneLineAndNumbersAsNumbers() {
        let text = Self.report.rendered(as: .text)
        #expect(text.hasPrefix(Self.hostileAligned + "\n"))
        #expect(text.contains("-12,5"))
        // Formula guarding is for spreadsheets only: people read the code as it is.
        #expect(text.contains("  -1  ") || text.contains(" -1 "))
    }

    @Test func markdownEscapesThePipeSoEveryRowHasItsColumns() {
        let md = Self.report.rendered(as: .markdown)
        #expect(md.contains(Self.hostileAligned.replacing("|", with: "\\|")))
        let rows = md.split(separator: "\n").filter { $0.hasPrefix("|") }
        // Corner plus two columns: four unescaped bars on every row.
        func bars(_ line: Substring) -> Int {
            var n = 0, previous: Character = " "
            for c in line { if c == "|" && previous != "\\" { n += 1 }; previous = c }
            return n
        }
        #expect(rows.count == 2 + Self.formulaCells.count)
        #expect(rows.allSatisfy { bars($0) == 4 })
    }

    @Test(arguments: [ReportFormat.csv, .csvNL])
    func csvGuardsTextCellsAndLeavesNumbersAlone(format: ReportFormat) {
        let out = Self.report.rendered(as: format)
        let d = format == .csv ? "," : ";", number = format == .csv ? "-12.5" : "-12,5"
        let lines = out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Header, one row per cell, and the final newline: the name's newline split nothing.
        #expect(lines.count == 1 + Self.formulaCells.count + 1)
        #expect(lines[0] == "gemeente\(d)code\(d)waarde\(d)\(Self.guarded(Self.hostile, d))")
        let expected = [
            // Quoted in both: it holds `"`.
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"",
            "'+1", "'-1", "'@SUM(A1)", "'\tTab", "'\u{FFFD}CR",
        ]
        let name = Self.guarded(Self.hostile, d)
        for (line, cell) in zip(lines.dropFirst(), expected) {
            #expect(line == [name, cell, number, name].joined(separator: d))
        }
    }

    /// The hostile name as a csv cell: controls replaced (tab kept), not guarded (it starts
    /// with `G`), quoted when it holds the delimiter.
    static func guarded(_ s: String, _ delimiter: String) -> String {
        let clean = OutputText.withoutControls(s)
        return clean.contains(delimiter) ? "\"\(clean)\"" : clean
    }

    @Test func exportGuardsEveryTextCellAndNoNumber() {
        let csv = CSVExport.render(columns: ["=kop", Self.hostile, "getal"],
                                   rows: Self.formulaCells.map { [.text($0), .status(Self.hostile, .met), .flagged(.number(-12.5, decimals: 1), .low)] }
                                       + [[.text("-5"), .empty, .euros(-3, decimals: 0)]])
        #expect(Self.controls(in: csv, tabAllowed: true).isEmpty)
        let lines = csv.split(separator: "\n").map(String.init)
        #expect(lines.count == 2 + Self.formulaCells.count)
        #expect(lines[0].hasPrefix("'=kop,"))
        for line in lines.dropFirst() {
            #expect(line.hasPrefix("'") || line.hasPrefix("\"'"), "\(line)")
        }
        #expect(lines.dropFirst().dropLast().allSatisfy { $0.hasSuffix(",-12.5") })
        #expect(lines.last == "'-5,,-3.00")
    }

    @Test func jsonReplacesControlsAndKeepsNumbers() {
        let json = Self.report.rendered(as: .json)
        #expect(Self.controls(in: json, tabAllowed: false).isEmpty)
        #expect(json.contains("\"gemeente\": \"Gem\u{FFFD}]0;titel\u{FFFD}een\u{FFFD}[2J\u{FFFD}naam\u{FFFD}x\u{FFFD}31m|y\\tz\""))
        #expect(json.contains("\"waarde\": -12.5"))
        // No formula guard in JSON: a program reads the string as it is.
        #expect(json.contains("\"code\": \"-1\""))
        #expect(json.contains("\"code\": \"\\tTab\"") && json.contains("\"code\": \"\u{FFFD}CR\""))
    }

    /// A hand-made delivery whose municipality, provider and product carry the hostile name:
    /// every catalogue report in every format and the brief in every format stay clean.
    static func hostileDataset() throws -> Dataset {
        let r = HandMade.reference
        let reference = ReferenceData(
            municipalities: [Municipality(code: "0001", name: hostile, subregion: hostile)] + r.municipalities.dropFirst(),
            inhabitants: r.inhabitants,
            products: r.products.map { Product(code: $0.code, description: hostile, category: $0.category, segment: $0.segment, residence: $0.residence) },
            tariffs: r.tariffs,
            providers: [Provider(agb: "11111111", name: hostile)] + r.providers.dropFirst(),
            contracts: r.contracts)
        return try HandMade.dataset(reference: reference)
    }

    @Test func catalogueReportsOnHostileNamesAreFreeOfControls() throws {
        let d = try Self.hostileDataset()
        var nameShown = false
        for name in ReportName.allCases where !name.needsHistory {
            let report = ReportCatalog.definition(name).build(d)
            for format in ReportFormat.allCases {
                let out = report.rendered(as: format)
                #expect(Self.controls(in: out, tabAllowed: format == .csv || format == .csvNL).isEmpty, "\(name.rawValue) \(format.rawValue)")
                if format == .text, out.contains(Self.hostileAligned) { nameShown = true }
            }
        }
        #expect(nameShown)
    }

    @Test(arguments: ProviderBrief.Format.allCases)
    func briefOnAHostileProviderIsFreeOfControls(format: ProviderBrief.Format) throws {
        let d = try Self.hostileDataset()
        let v = try #require(d.providerIndex["11111111"])
        let lag = d.regionLagModel()
        let brief = ProviderBrief(d, d.providerYear(2023, settledThrough: d.settledMonth(lag)), provider: v,
                                  months: d.providerMonths(provider: v, lag: lag))
        let out = brief.rendered(as: format)
        // HTML keeps a tab (it is white space there); text and Markdown align with spaces.
        #expect(Self.controls(in: out, tabAllowed: format == .html).isEmpty)
        switch format {
        case .text: #expect(out.hasPrefix("Gespreksnotitie " + Self.hostileAligned + "\n"))
        case .markdown: #expect(out.hasPrefix("# Gespreksnotitie " + Self.hostileAligned + "\n"))
        case .html: #expect(out.contains("<h1>Gespreksnotitie Gem\u{FFFD}]0;titel\u{FFFD}een\u{FFFD}[2J\u{FFFD}naam\u{FFFD}x\u{FFFD}31m|y\tz</h1>"))
        }
    }
}
