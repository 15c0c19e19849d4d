/// One entry in a key-hint bar: the key and what it does.
public struct KeyHint: Hashable, Sendable {
    public var key: String
    public var description: String

    public init(_ key: String, _ description: String) {
        self.key = key
        self.description = description
    }
}

/// The bottom line: a message on the left, key hints on the right
/// (`? help  / filter  s sort  e export  q quit`). When space runs out, hints are
/// dropped from the end (list the most important first) before the message is cut;
/// a message with a path loses its middle, never its end (`Geëxporteerd: /home/…/map/kosten.csv`).
public struct StatusBar: Sendable {
    public var message: String
    public var messageStyle: Style
    public var hints: [KeyHint]

    public init(message: String = "", messageStyle: Style = .plain, hints: [KeyHint] = []) {
        self.message = message
        self.messageStyle = messageStyle
        self.hints = hints
    }

    private static let hintSeparator = "  "

    /// The hints that fit next to (part of) the message.
    func visibleHints(width: Int) -> [KeyHint] {
        // The message keeps at least a third of the bar, or all of it if shorter.
        let reserved = min(DisplayWidth.of(message), width / 3)
        var shown: [KeyHint] = []
        var used = 0
        for hint in hints {
            let extra = DisplayWidth.of(hint.key) + 1 + DisplayWidth.of(hint.description) + (shown.isEmpty ? 0 : Self.hintSeparator.count)
            if used + extra + (reserved > 0 ? reserved + 1 : 0) > width { break }
            shown.append(hint)
            used += extra
        }
        return shown
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        let shown = visibleHints(width: row.width)
        var spans: [Span] = []
        for (index, hint) in shown.enumerated() {
            if index > 0 { spans.append(Span(Self.hintSeparator)) }
            spans.append(Span(hint.key, style: .foreground(.accent).bold))
            spans.append(Span(" " + hint.description, style: .foreground(.muted)))
        }
        let hintLine = Line(spans)
        let hintsX = row.maxX - hintLine.width
        hintLine.render(into: &buffer, at: Position(x: hintsX, y: row.y), clippedTo: row)
        let messageRoom = max(0, hintsX - row.x - (shown.isEmpty ? 0 : 1))
        // A message with a path loses folders from its middle: its end holds the file name
        // and the cause. Other messages are cut at the end, where they say least.
        let text = message.contains("/")
            ? DisplayWidth.truncateMiddle(message, toWidth: messageRoom, preferringBreaksAt: "/")
            : DisplayWidth.truncate(message, toWidth: messageRoom)
        buffer.set(string: text, at: Position(x: row.x, y: row.y), style: messageStyle, clippedTo: row)
    }
}
