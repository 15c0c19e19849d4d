/// The output formats of `report`.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, markdown, csv, csvNL = "csv-nl", json
}

extension Report {
    public func rendered(as format: ReportFormat) -> String {
        switch format {
        case .text: layout.map(TextRenderer.render).joined(separator: "\n")
        case .markdown: "# \(title)\n\n" + layout.map(MarkdownRenderer.render).joined(separator: "\n")
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
        let labels = [t.corner] + t.rows.map(\.label)
        let labelWidth = labels.map(\.count).max() ?? 0
        let cells = t.rows.map { $0.values.map(PeopleText.string) }
        var widths = t.columns.map(\.count)
        for row in cells { for (i, c) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], c.count) } }
        // A group title spans its columns; widen the last one when the title is longer.
        var start = 0
        for g in t.groups {
            let span = widths[start..<min(start + g.span, widths.count)]
            let available = span.reduce(0, +) + 2 * (span.count - 1)
            if g.title.count > available, start + g.span - 1 < widths.count { widths[start + g.span - 1] += g.title.count - available }
            start += g.span
        }
        var lines = [t.title]
        if !t.groups.isEmpty {
            var line = pad("", labelWidth)
            var i = 0
            for g in t.groups {
                let w = widths[i..<min(i + g.span, widths.count)].reduce(0, +) + 2 * (g.span - 1)
                line += "  " + pad(g.title, w)
                i += g.span
            }
            lines.append(trimRight(line))
        }
        lines.append(pad(t.corner, labelWidth) + zip(t.columns, widths).map { "  " + padLeft($0, $1) }.joined())
        let ruleWidth = labelWidth + widths.reduce(0) { $0 + $1 + 2 }
        lines.append(String(repeating: "─", count: ruleWidth))
        for (row, values) in zip(t.rows, cells) {
            if row.kind == .total || (row.kind == .development && lines.last?.hasPrefix("─") == false) {
                lines.append(String(repeating: "─", count: ruleWidth))
            }
            let body = values.enumerated().map { i, s in "  " + padLeft(s, i < widths.count ? widths[i] : s.count) }.joined()
            lines.append(trimRight(pad(row.label, labelWidth) + body))
        }
        for f in t.footnotes { lines.append(f) }
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
        var lines = ["## \(t.title)", "", row(header), "|" + ([":--"] + t.columns.map { _ in "--:" }).joined(separator: "|") + "|"]
        for r in t.rows {
            let label = r.kind == .normal ? r.label : "**\(r.label)**"
            lines.append(row([label] + r.values.map(PeopleText.string)))
        }
        if !t.footnotes.isEmpty { lines.append(""); lines += t.footnotes.map { "_\($0)_" } }
        return lines.joined(separator: "\n") + "\n"
    }

    static func row(_ cells: [String]) -> String {
        "| " + cells.map { $0.replacing("|", with: "\\|") }.joined(separator: " | ") + " |"
    }
}

struct DelimitedRenderer {
    let delimiter: Character
    let numbers: PlainNumber

    func render(_ t: TidyTable) -> String {
        var out = t.columns.map(quote).joined(separator: String(delimiter)) + "\n"
        for r in t.rows { out += r.map(field).joined(separator: String(delimiter)) + "\n" }
        return out
    }

    func field(_ v: ReportValue) -> String {
        switch v {
        case .empty: ""
        case .text(let s), .status(let s, _): quote(s)
        case .count(let n): String(n)
        case .fraction(let f, _): numbers.trimmed(f, maxDecimals: 4)
        case .euros(let e, _): numbers.fixed(e, decimals: 2)
        case .number(let x, let d): numbers.fixed(x, decimals: d)
        case .flagged(let v, _): field(v)
        }
    }

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

    static func string(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
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
