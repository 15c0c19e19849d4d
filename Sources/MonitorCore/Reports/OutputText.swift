import TextSafety

/// Text from files or arguments on its way to a terminal or a file (contract §7.11). Every
/// output path of MonitorCore and the CLI goes through here; the character rule itself is
/// `ControlCharacters` (module TextSafety), which the terminal's cells share.
public enum OutputText {
    /// ESC, the other C0 characters except tab, DEL and C1 become `�`.
    public static func withoutControls(_ s: String) -> String { ControlCharacters.replaced(in: s) }

    /// For tables aligned by counting characters (text, Markdown): a tab would jump to a tab
    /// stop and break the columns, so it becomes a space as well.
    static func aligned(_ s: String) -> String { ControlCharacters.replaced(in: s, tab: " ") }

    /// A text cell of csv, csv-nl or an export. A spreadsheet runs a cell that begins with
    /// `=`, `+`, `-` or `@` as a formula (and some strip a leading tab or CR and then do),
    /// so such a cell gets a leading `'`. Judged on the text as it came, before controls are
    /// replaced, so that a leading CR is guarded too. Only for text: numbers never come here.
    static func spreadsheetCell(_ s: String) -> String {
        let guarded = s.unicodeScalars.first.map(formulaStarts.contains) ?? false
        return (guarded ? "'" : "") + withoutControls(s)
    }

    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
}

/// Text from the data made safe inside HTML: control characters replaced (contract §7.11),
/// then markup characters escaped.
public enum HTMLText {
    public static func escaped(_ s: String) -> String {
        var out = ""
        for u in OutputText.withoutControls(s).unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }
}
