/// A border with an optional title, drawn with box-drawing characters `┌─┐│└┘`.
public struct Box: Sendable {
    public var title: String?
    public var borderStyle: Style
    public var titleStyle: Style
    /// Clear the inside before drawing, so the box can sit on top of other content.
    public var clearsInside: Bool

    public init(title: String? = nil, borderStyle: Style = .foreground(.border), titleStyle: Style = .foreground(.header).bold, clearsInside: Bool = false) {
        self.title = title
        self.borderStyle = borderStyle
        self.titleStyle = titleStyle
        self.clearsInside = clearsInside
    }

    /// The area inside the border.
    public func inner(_ area: Rect) -> Rect { area.inset(by: 1) }

    public func render(into buffer: inout Buffer, area: Rect) {
        guard area.width >= 2, area.height >= 2 else { return }
        if clearsInside { buffer.fill(inner(area)) }
        let horizontal = String(repeating: "─", count: area.width - 2)
        buffer.set(string: "┌" + horizontal + "┐", at: Position(x: area.x, y: area.y), style: borderStyle, clippedTo: area)
        buffer.set(string: "└" + horizontal + "┘", at: Position(x: area.x, y: area.maxY - 1), style: borderStyle, clippedTo: area)
        for y in (area.y + 1)..<(area.maxY - 1) {
            buffer.set(string: "│", at: Position(x: area.x, y: y), style: borderStyle, clippedTo: area)
            buffer.set(string: "│", at: Position(x: area.maxX - 1, y: y), style: borderStyle, clippedTo: area)
        }
        if let title, !title.isEmpty, area.width > 4 {
            let shown = DisplayWidth.truncate(" \(title) ", toWidth: area.width - 4)
            buffer.set(string: shown, at: Position(x: area.x + 2, y: area.y), style: titleStyle, clippedTo: area)
        }
    }

    /// Writes a short label into the bottom border, right-aligned (e.g. a scroll position).
    public func renderFooterLabel(_ label: String, into buffer: inout Buffer, area: Rect) {
        guard area.width > 4, area.height >= 2 else { return }
        let shown = DisplayWidth.truncate(" \(label) ", toWidth: area.width - 4)
        let x = area.maxX - 2 - DisplayWidth.of(shown)
        buffer.set(string: shown, at: Position(x: x, y: area.maxY - 1), style: borderStyle, clippedTo: area)
    }
}
