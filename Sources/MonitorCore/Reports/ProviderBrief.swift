/// The one-page brief for a talk with a provider: who, what, how much, how long, how well,
/// the signals, and how to read it. Every figure is one of the provider reports' (the same
/// `ProviderYear`), so the brief matches `report providers/provider-products/provider-outcomes --agb`.
public struct ProviderBrief: Sendable {
    public enum Format: String, CaseIterable, Sendable { case text, markdown, html }

    public let title: String
    public let subtitle: String
    /// Key figures as label and value, with the region's where it compares.
    public let facts: [(label: String, value: String, region: String?)]
    public let tables: [WideTable]
    public let notes: [String]

    /// - Parameter protectSmallCells: withhold counts of 1–4 people and what rests on them, as
    ///   `report --afschermen` does (contract §7.10).
    public init(_ d: Dataset, _ y: ProviderYear, provider v: Int, months: [ProviderMonth], protectSmallCells: Bool = false) {
        let p = d.providers[v]
        let f = y.figures(of: v)
        let o = y.outcomes(of: v), same = y.sameProductOutcomes[v] ?? .none
        // Each figure with the counts of people it rests on, so protection can withhold it.
        func text(_ value: ReportValue, _ bases: [Int]) -> String {
            let shown = SmallCells.text(value, bases: bases, protect: protectSmallCells)
            return shown.isEmpty ? "–" : shown
        }
        func share(_ x: Double?, _ bases: [Int]) -> String { text(x.map { .fraction($0, decimals: 0) } ?? .empty, bases) }
        func days(_ x: Double?, _ bases: [Int]) -> String { text(x.map { .number($0, decimals: 0) } ?? .empty, bases) }
        let clients = [f?.clients ?? 0], regionClients = [y.region.clients]
        let partial = y.year == d.delivery.month.year
        title = "Gespreksnotitie \(p.name)"
        subtitle = "AGB \(p.agb) · \(y.year)\(partial ? " t/m \(DutchCalendar.name(of: d.delivery.month))" : "") · Een 10 voor de Jeugd · levering \(DutchCalendar.name(of: d.delivery.month))"
        facts = [
            ("Cliënten", text(.count(f?.clients ?? 0), clients), nil),
            ("Toewijzingen (gemeenten, producten)",
             "\(text(.count(f?.allocations ?? 0), [f?.allocations ?? 0])) (\(f?.municipalities ?? 0), \(f?.products ?? 0))", nil),
            ("Beschikt", text(.euros(f?.beschikt ?? 0, decimals: 0), clients), nil),
            ("Gedeclareerd", text(.euros(f?.declared ?? 0, decimals: 0), clients), nil),
            ("Verzilvering", share(f?.realisation, clients), share(y.region.realisation, regionClients)),
            ("Verzilvering, maanden met complete declaraties", share(f?.settledRealisation, clients), share(y.region.settledRealisation, regionClients)),
            ("Maatwerk (zonder contract)", text(.count(f?.customArrangements ?? 0), [f?.customArrangements ?? 0]), nil),
            ("Trajecten beëindigd", text(.count(o.ended), [o.ended]), nil),
            ("Mediaan duur (dagen)", days(o.medianDays, [o.ended]), days(same.medianDays, [same.ended])),
            ("Uitval", share(o.dropout, [o.onPlan, o.premature]), share(same.dropout, [same.onPlan, same.premature])),
            ("Zonder nieuwe jeugdhulp binnen een half jaar", share(o.shareWithoutNewCare, [o.assessable, o.withoutNewCare]),
             share(same.shareWithoutNewCare, [same.assessable, same.withoutNewCare])),
        ]
        let waiting = d.providerWaitingTimes(provider: v, year: y.year, delivered: y.products(of: v).map(\.product))
        let signals = d.providerSignals(y, provider: v, waiting: waiting)
        // The page's tables under short titles (the provider is the page's title), the long
        // lists cut to what fits one page with how many were left out.
        func short(_ full: WideTable, _ title: String, rows limit: Int = .max) -> WideTable {
            // Withheld before it is cut: the cut table no longer knows what its cells are.
            let t = protectSmallCells ? full.protectingSmallCells() : full
            return WideTable(title: title, corner: t.corner, columns: t.columns, rows: Array(t.rows.prefix(limit)),
                      footnotes: (t.rows.count > limit ? ["en nog \(t.rows.count - limit)"] : []) + t.footnotes)
        }
        let staleFirst = waiting.sorted { $0.isStale && !$1.isStale }
        tables = [
            signals.isEmpty ? WideTable(title: "Signalen", columns: [], rows: [.init("Geen signalen", [])])
                : short(ProviderTables.signals(signals, name: p.name, year: y.year), "Signalen"),
            short(ProviderTables.products(d, y, provider: v), "Producten", rows: 8),
            short(ProviderTables.outcomes(d, y, provider: v), "Trajecten die in \(y.year) eindigden"),
            short(ProviderTables.reasons(d, y, provider: v), "Reden van beëindiging", rows: 6),
            short(ProviderTables.waitingTimes(d, staleFirst, name: p.name), "Wachttijden (Beschikbaarheidswijzer)", rows: 8),
        ]
        notes = [
            "Toewijzingen die in \(y.year) actief zijn; beschikt over de maanden van \(y.year) tot en met de leveringsmaand; gedeclareerd: declaraties met zorgmaand in \(y.year), ontvangen tot de leverdatum"
                + (partial ? " (het lopende jaar is nog niet compleet: declaraties komen maanden na de zorgmaand binnen)." : "."),
            "Verzilvering = gedeclareerd / beschikt. Maatwerk: geen contract voor het product op de ingangsdatum.",
            "Traject: aaneengesloten toewijzingen van één cliënt, gemeente, product en aanbieder. Uitval = voortijdig (reden 32–39) / (volgens plan (31) + voortijdig).",
            "Zonder nieuwe jeugdhulp: volgens plan beëindigde trajecten zonder nieuwe toewijzing (waar dan ook) binnen 182 dagen, van de trajecten waarvan die 182 dagen voorbij zijn. Regio-cijfers: dezelfde producten, alle aanbieders.",
            "Bron: de leveringen van de 11 gemeenten (contract §7.4–7.5); dezelfde cijfers met 'jeugdmonitor report providers --agb \(p.agb) --year \(y.year)'.",
        ] + (protectSmallCells ? [SmallCells.note] : [])
    }

    public func rendered(as format: Format) -> String {
        switch format {
        case .text: renderText()
        case .markdown: renderMarkdown()
        case .html: renderHTML()
        }
    }

    /// Text and Markdown make every text safe for output as they print it (contract §7.11):
    /// here, in the tables' renderers and in `MarkdownRenderer.row`; the HTML in `HTMLText`.
    func factLines() -> [String] {
        let facts = facts.map { (label: OutputText.aligned($0.label), value: OutputText.aligned($0.value), region: $0.region.map(OutputText.aligned)) }
        let width = facts.map { $0.label.count }.max() ?? 0
        return facts.map { f in
            f.label + String(repeating: " ", count: width - f.label.count + 2) + f.value + (f.region.map { "   (regio \($0))" } ?? "")
        }
    }

    func renderText() -> String {
        var out = [title, subtitle].map(OutputText.aligned) + [""] + factLines() + [""]
        for t in tables { out.append(TextRenderer.render(t)) }
        return (out + notes.map(OutputText.aligned)).joined(separator: "\n") + "\n"
    }

    func renderMarkdown() -> String {
        var out = ["# \(OutputText.aligned(title))", "", "_\(OutputText.aligned(subtitle))_", "", "| | | regio |", "|:--|--:|--:|"]
        out += facts.map { MarkdownRenderer.row([$0.label, $0.value, $0.region ?? ""]) }
        out.append("")
        for t in tables { out.append(MarkdownRenderer.render(t)) }
        return (out + notes.map { "_\(OutputText.aligned($0))_" }).joined(separator: "\n") + "\n"
    }

    /// One self-contained page: inline CSS sized for one A4 sheet, no scripts, no links.
    func renderHTML() -> String {
        func esc(_ s: String) -> String { HTMLText.escaped(s) }
        func table(_ t: WideTable) -> String {
            var h = "<h2>\(esc(t.title))</h2>"
            guard !t.columns.isEmpty else { return h + "<p>\(esc(t.rows.first?.label ?? ""))</p>" }
            h += "<table><tr><th>\(esc(t.corner))</th>" + t.columns.map { "<th class=n>\(esc($0))</th>" }.joined() + "</tr>"
            for r in t.rows {
                h += "<tr><td>\(esc(r.label))</td>" + r.values.map { v -> String in
                    let cls: String
                    if case .status(_, let verdict) = v { cls = verdict == .notMet ? "n bad" : "n" } else { cls = "n" }
                    return "<td class=\"\(cls)\">\(esc(v.displayText))</td>"
                }.joined() + "</tr>"
            }
            return h + "</table>" + t.footnotes.map { "<p class=note>\(esc($0))</p>" }.joined()
        }
        let css = """
            @page{size:A4;margin:10mm}body{font:8pt/1.2 "DejaVu Sans",Arial,sans-serif;color:#111;margin:0}
            h1{font-size:15pt;margin:0}h2{font-size:9.5pt;margin:6px 0 2px;border-bottom:1px solid #999}
            .sub{color:#555;margin:2px 0 6px}table{border-collapse:collapse;width:100%}td,th{padding:1px 4px;text-align:left}
            th{font-weight:600;border-bottom:1px solid #ccc}.n{text-align:right;white-space:nowrap}.bad{color:#b35806;font-weight:600}
            .cols{display:flex;gap:14px}.cols>div{flex:1}.facts td:first-child{color:#444}.note{color:#555;font-size:7.5pt;margin:2px 0}
            footer{margin-top:6px;color:#555;font-size:7pt}footer p{margin:1px 0}
            """
        var h = "<!DOCTYPE html><html lang=nl><head><meta charset=utf-8><title>\(esc(title))</title><style>\(css)</style></head><body>"
        h += "<h1>\(esc(title))</h1><p class=sub>\(esc(subtitle))</p>"
        h += "<div class=cols><div><table class=facts><tr><th></th><th class=n>aanbieder</th><th class=n>regio</th></tr>"
        h += facts.map { "<tr><td>\(esc($0.label))</td><td class=n>\(esc($0.value))</td><td class=n>\(esc($0.region ?? ""))</td></tr>" }.joined()
        h += "</table>\(table(tables[0]))</div><div>\(table(tables[2]))\(table(tables[3]))</div></div>"
        h += table(tables[1]) + table(tables[4])
        h += "<footer>" + notes.map { "<p>\(esc($0))</p>" }.joined() + "</footer></body></html>\n"
        return h
    }
}
