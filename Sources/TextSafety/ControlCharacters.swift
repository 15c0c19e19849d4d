/// The one rule of contract §7.11: which characters of text from the files (names, codes,
/// file names) never reach a terminal or a file, and what shows in their place. It lives in
/// its own module because both MonitorCore (reports, CSV, the brief, the CLI's messages) and
/// TerminalUI (every cell on screen) need it, and neither may depend on the other.
public enum ControlCharacters {
    /// What a refused character becomes: visible, so that a damaged name stays recognisable.
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// ESC and the other C0 controls except tab, DEL, and the C1 controls (U+0080–U+009F,
    /// which some terminals obey as ESC sequences, e.g. U+009B as CSI).
    @inlinable
    public static func isRefused(_ u: Unicode.Scalar) -> Bool {
        (u.value < 0x20 && u != "\t") || (0x7F...0x9F).contains(u.value)
    }

    /// `s` with every refused character replaced by `�`. Tab is allowed by the contract; where
    /// text is laid out in columns (terminal cells, aligned tables) a tab would jump to the next
    /// tab stop, so the caller can ask for it to become `tab` instead (a space).
    public static func replaced(in s: String, tab: Unicode.Scalar = "\t") -> String {
        func changes(_ u: Unicode.Scalar) -> Bool { isRefused(u) || (u == "\t" && tab != "\t") }
        // Nearly all text is clean: hand it back without building a copy.
        guard s.unicodeScalars.contains(where: changes) else { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            out.append(isRefused(u) ? replacement : u == "\t" ? tab : u)
        }
        return String(out)
    }
}
