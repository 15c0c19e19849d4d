/// The output formats of `report`.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, markdown, csv, csvNL = "csv-nl", json
}

extension Report {
    public func rendered(as format: ReportFormat) -> String {
        switch format {
        case .text: layout.map(TextRenderer.render).joined(separator: "\n")
        case .markdown: "# \(OutputText.aligned(title))\n\n" + layout.map(MarkdownRenderer.render).joined(separator: "\n")
        case .csv: DelimitedRenderer(delimiter: ",", numbers: PlainNumber(decimalMark: ".")).render(tidy)
        case .csvNL: DelimitedRenderer(delimiter: ";", numbers: PlainNumber(decimalMark: ",")).render(tidy)
        case .json: JSONRenderer.render(tidy)
        }
    }
}

/// How people read a value: Dutch formats.
enum PeopleText {
    static func string(_ v: ReportValue) -> String {
        switch v {
        case .empty: ""
        case .text(let s): s
        case .count(let n): DutchNumber.integer(n)
        case .fraction(let f, let d): DutchNumber.percent(f, decimals: d)
        case .euros(let e, let d): DutchNumber.euros(e, decimals: d)
        case .number(let x, let d): DutchNumber.decimal(x, decimals: d)
        case .status(let s, _): s
        case .flagged(let v, let d): string(v) + (d == .high ? " ▲" : " ▼")
        }
    }
}

enum TextRenderer {
    static func render(_ t: WideTable) -> String {
        // Every text is measured and printed as it will show: names and codes from the files
        // without control characters, a tab as a space (contract §7.11).
        let clean = OutputText.aligned
        let labels = [clean(t.corner)] + t.rows.map { clean($0.label) }
        let labelWidth = labels.map(\.count).max() ?? 0
        let cells = t.rows.map { $0.values.map { clean(PeopleText.string($0)) } }
        let columns = t.columns.map(clean)
        let groups = t.groups.map { (title: clean($0.title), span: $0.span) }
        var widths = columns.map(\.count)
        for row in cells { for (i, c) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], c.count) } }
        // A group title spans its columns; widen the last one when the title is longer.
        var start = 0
        for g in groups {
            let span = widths[start..<min(start + g.span, widths.count)]
            let available = span.reduce(0, +) + 2 * (span.count - 1)
            if g.title.count > available, start + g.span - 1 < widths.count { widths[start + g.span - 1] += g.title.count - available }
            start += g.span
        }
        var lines = [clean(t.title)]
        if !groups.isEmpty {
            var line = pad("", labelWidth)
            var i = 0
            for g in groups {
                let w = widths[i..<min(i + g.span, widths.count)].reduce(0, +) + 2 * (g.span - 1)
                line += "  " + pad(g.title, w)
                i += g.span
            }
            lines.append(trimRight(line))
        }
        lines.append(pad(labels[0], labelWidth) + zip(columns, widths).map { "  " + padLeft($0, $1) }.joined())
        let ruleWidth = labelWidth + widths.reduce(0) { $0 + $1 + 2 }
        lines.append(String(repeating: "─", count: ruleWidth))
        for (row, (label, values)) in zip(t.rows, zip(labels.dropFirst(), cells)) {
            if row.kind == .total || (row.kind == .development && lines.last?.hasPrefix("─") == false) {
                lines.append(String(repeating: "─", count: ruleWidth))
            }
            let body = values.enumerated().map { i, s in "  " + padLeft(s, i < widths.count ? widths[i] : s.count) }.joined()
            lines.append(trimRight(pad(label, labelWidth) + body))
        }
        for f in t.footnotes { lines.append(clean(f)) }
        return lines.joined(separator: "\n") + "\n"
    }

    static func pad(_ s: String, _ w: Int) -> String { s + String(repeating: " ", count: max(0, w - s.count)) }
    static func padLeft(_ s: String, _ w: Int) -> String { String(repeating: " ", count: max(0, w - s.count)) + s }
    static func trimRight(_ s: String) -> String {
        var s = s
        while s.last == " " { s.removeLast() }
        return s
    }
}

enum MarkdownRenderer {
    static func render(_ t: WideTable) -> String {
        // Cells are made safe in `row`; the title and footnotes here (contract §7.11).
        var header = [t.corner]
        if t.groups.isEmpty {
            header += t.columns
        } else {
            // Markdown has no spanning cells: prefix each column with its group.
            var i = 0
            for g in t.groups {
                for c in t.columns[i..<min(i + g.span, t.columns.count)] { header.append("\(g.title) \(c)") }
                i += g.span
            }
        }
        var lines = ["## \(OutputText.aligned(t.title))", "", row(header), "|" + ([":--"] + t.columns.map { _ in "--:" }).joined(separator: "|") + "|"]
        for r in t.rows {
            let label = r.kind == .normal ? r.label : "**\(r.label)**"
            lines.append(row([label] + r.values.map(PeopleText.string)))
        }
        if !t.footnotes.isEmpty { lines.append(""); lines += t.footnotes.map { "_\(OutputText.aligned($0))_" } }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One table row: each cell without control characters or tabs (contract §7.11), and a
    /// `|` inside it escaped, so that a name can neither end the row nor add a column.
    static func row(_ cells: [String]) -> String {
        "| " + cells.map { OutputText.aligned($0).replacing("|", with: "\\|") }.joined(separator: " | ") + " |"
    }
}

struct DelimitedRenderer {
    let delimiter: Character
    let numbers: PlainNumber

    func render(_ t: TidyTable) -> String {
        var out = t.columns.map(text).joined(separator: String(delimiter)) + "\n"
        for r in t.rows { out += r.map(field).joined(separator: String(delimiter)) + "\n" }
        return out
    }

    func field(_ v: ReportValue) -> String {
        switch v {
        case .empty: ""
        case .text(let s), .status(let s, _): text(s)
        case .count(let n): String(n)
        case .fraction(let f, _): numbers.trimmed(f, maxDecimals: 4)
        case .euros(let e, _): numbers.fixed(e, decimals: 2)
        case .number(let x, let d): numbers.fixed(x, decimals: d)
        case .flagged(let v, _): field(v)
        }
    }

    /// A text cell (header, name, code, status): guarded against formulas and control
    /// characters (contract §7.11), then quoted. Numbers never come here, so `-12.5` stays.
    func text(_ s: String) -> String { quote(OutputText.spreadsheetCell(s)) }

    func quote(_ s: String) -> String {
        guard s.contains(delimiter) || s.contains("\"") || s.contains("\n") else { return s }
        return "\"" + s.replacing("\"", with: "\"\"") + "\""
    }
}

enum JSONRenderer {
    static let numbers = PlainNumber(decimalMark: ".")

    static func render(_ t: TidyTable) -> String {
        let objects = t.rows.map { r in
            "  {" + zip(t.columns, r).map { "\(string($0)): \(value($1))" }.joined(separator: ", ") + "}"
        }
        return "[\n" + objects.joined(separator: ",\n") + (objects.isEmpty ? "" : "\n") + "]\n"
    }

    static func value(_ v: ReportValue) -> String {
        switch v {
        case .empty: "null"
        case .text(let s), .status(let s, _): string(s)
        case .count(let n): String(n)
        case .fraction(let f, _): numbers.trimmed(f, maxDecimals: 6)
        case .euros(let e, _): numbers.trimmed(e, maxDecimals: 2)
        case .number(let x, let d): numbers.trimmed(x, maxDecimals: d)
        case .flagged(let v, _): value(v)
        }
    }

    /// A JSON string. Control characters are replaced first, as in every format (contract
    /// §7.11), so DEL and C1 never reach a reader and a newline in a name is `�` here too; tab
    /// is kept and escaped. The escapes below stay for anything the rule lets through.
    static func string(_ s: String) -> String {
        var out = "\""
        for u in OutputText.withoutControls(s).unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}

extension ReportValue {
    /// The value as people read it: `1.224`, `2,5%`, `€ 94.631.000`.
    public var displayText: String { PeopleText.string(self) }
}

/// Comma-separated text with plain numbers, for exporting any table a screen shows.
public enum CSVExport {
    public static func render(columns: [String], rows: [[ReportValue]]) -> String {
        DelimitedRenderer(delimiter: ",", numbers: PlainNumber(decimalMark: ".")).render(TidyTable(columns: columns, rows: rows))
    }
}
