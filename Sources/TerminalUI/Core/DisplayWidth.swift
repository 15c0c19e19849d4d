import CNcursesW

/// Terminal display width of text, measured with the C library's `wcwidth`
/// so that it agrees with what ncurses and the terminal do.
public enum DisplayWidth {
    /// Columns one grapheme occupies: 0 (combining, control), 1, or 2 (wide, e.g. CJK).
    public static func of(_ character: Character) -> Int {
        _ = UTF8Locale.ensured
        var total = 0
        for scalar in character.unicodeScalars {
            let width = wcwidth(wchar_t(bitPattern: scalar.value))
            if width > 0 { total += Int(width) }
        }
        // A grapheme is one glyph on screen; sequences such as flags or ZWJ emoji
        // sum to more than 2 but terminals draw them in at most two columns.
        return min(total, 2)
    }

    /// Columns a string occupies.
    public static func of(_ text: String) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// Cuts `text` to at most `width` columns, ending in `ellipsis` when something was cut.
    public static func truncate(_ text: String, toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        let budget = width - of(ellipsis)
        guard budget >= 0 else { return "" }
        return String(fitting(text, width: budget)) + ellipsis
    }

    /// Cuts `text` to at most `width` columns by leaving out its middle, so both the start
    /// and the end stay readable: `/home/…/map/kosten.csv`. The end gets any room the
    /// start leaves, as it holds what matters most in a path or a message (the file name,
    /// the cause).
    /// - Parameter separator: when the kept parts contain it (`/` for paths), the cut
    ///   moves to it on both sides, so whole folders drop out instead of pieces of names,
    ///   and what follows its last occurrence (the file name) is never shortened first.
    public static func truncateMiddle(_ text: String, toWidth width: Int, ellipsis: String = "…", preferringBreaksAt separator: Character? = nil) -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        let budget = width - of(ellipsis)
        guard budget >= 0 else { return "" }
        var headWidth = budget / 2
        // The last part (the file name) is kept whole when it fits, else as much of its end as fits.
        if let separator, let last = text.lastIndex(of: separator) {
            let lastWidth = of(String(text[last...]))
            headWidth = lastWidth <= budget ? min(headWidth, budget - lastWidth) : 0
        }
        var head = String(fitting(text, width: headWidth))
        if let separator, let cut = head.lastIndex(of: separator) { head = String(head[...cut]) }
        var tail = String(fitting(text.reversed(), width: budget - of(head)).reversed())
        if let separator, let cut = tail.firstIndex(of: separator) { tail = String(tail[cut...]) }
        return head + ellipsis + tail
    }

    /// The longest run of `characters`, from the first, that fits in `width` columns.
    private static func fitting(_ characters: some Sequence<Character>, width: Int) -> [Character] {
        var result: [Character] = []
        var used = 0
        for character in characters {
            let characterWidth = of(character)
            if used + characterWidth > width { break }
            result.append(character)
            used += characterWidth
        }
        return result
    }

    /// Pads (or truncates) `text` to exactly `width` columns with the given alignment.
    public static func fit(_ text: String, width: Int, alignment: Alignment) -> String {
        let cut = truncate(text, toWidth: width)
        let padding = max(0, width - of(cut))
        switch alignment {
        case .left: return cut + String(repeating: " ", count: padding)
        case .right: return String(repeating: " ", count: padding) + cut
        case .center:
            let left = padding / 2
            return String(repeating: " ", count: left) + cut + String(repeating: " ", count: padding - left)
        }
    }
}

/// Horizontal alignment of text within a cell or area.
public enum Alignment: Sendable, Hashable {
    case left, right, center
}

/// Makes sure the process uses a UTF-8 character-type locale; without one `wcwidth`
/// reports -1 for everything outside ASCII and ncurses prints garbage.
enum UTF8Locale {
    /// Evaluated once, thread-safely, on first use.
    static let ensured: Bool = install()

    /// Honours the user's locale (`setlocale(LC_ALL, "")`) and falls back to C.UTF-8
    /// when that locale is not UTF-8. Leaves an already-UTF-8 locale alone so that
    /// calling it again never switches the encoding under running code.
    static func install() -> Bool {
        if jm_locale_is_utf8() { return true }
        _ = setlocale(LC_ALL, "")
        if jm_locale_is_utf8() { return true }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] {
            if setlocale(LC_CTYPE, name) != nil, jm_locale_is_utf8() { return true }
        }
        return false
    }
}
