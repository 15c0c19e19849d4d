/// A centred help box listing keys and what they do, drawn over the screen.
/// Scrolls when the list is taller than the window.
public struct HelpOverlay: Sendable {
    public var title: String
    public var entries: [KeyHint]
    /// First entry shown; clamp with `maxScrollOffset(in:)`.
    public var scrollOffset: Int

    public init(title: String, entries: [KeyHint], scrollOffset: Int = 0) {
        self.title = title
        self.entries = entries
        self.scrollOffset = scrollOffset
    }

    private var keyWidth: Int { entries.map { DisplayWidth.of($0.key) }.max() ?? 0 }

    /// The box's rectangle within `area`: as large as the content, at most the area minus a margin.
    public func boxArea(in area: Rect) -> Rect {
        let descriptionWidth = entries.map { DisplayWidth.of($0.description) }.max() ?? 0
        let contentWidth = max(keyWidth + 2 + descriptionWidth, DisplayWidth.of(title) + 4)
        let width = min(contentWidth + 4, area.width - 2)
        let height = min(entries.count + 2, area.height - 2)
        return area.centered(width: width, height: height)
    }

    /// Entries that fit at once.
    public func visibleCount(in area: Rect) -> Int { max(0, boxArea(in: area).height - 2) }

    /// The largest useful scroll offset for this area.
    public func maxScrollOffset(in area: Rect) -> Int { max(0, entries.count - visibleCount(in: area)) }

    public func render(into buffer: inout Buffer, area: Rect) {
        let box = boxArea(in: area)
        guard box.width >= 4, box.height >= 3 else { return }
        let frame = Box(title: title, clearsInside: true)
        frame.render(into: &buffer, area: box)
        let inner = frame.inner(box).inset(left: 1, right: 1)
        let offset = max(0, min(scrollOffset, maxScrollOffset(in: area)))
        let visible = entries.dropFirst(offset).prefix(inner.height)
        for (row, entry) in visible.enumerated() {
            let y = inner.y + row
            buffer.set(string: entry.key, at: Position(x: inner.x, y: y), style: .foreground(.accent).bold, clippedTo: inner)
            let descriptionX = inner.x + keyWidth + 2
            let description = DisplayWidth.truncate(entry.description, toWidth: inner.maxX - descriptionX)
            buffer.set(string: description, at: Position(x: descriptionX, y: y), clippedTo: inner)
        }
        if entries.count > inner.height {
            let last = offset + visible.count
            let arrows = (offset > 0 ? "▲" : " ") + (last < entries.count ? "▼" : " ")
            frame.renderFooterLabel("\(offset + 1)–\(last)/\(entries.count) \(arrows)", into: &buffer, area: box)
        }
    }
}
