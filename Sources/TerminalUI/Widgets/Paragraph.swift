/// A block of styled lines, optionally word-wrapped to the area's width.
public struct Paragraph: Sendable {
    public var lines: [Line]
    /// Wrap long lines at spaces (hard-breaking words longer than the width).
    public var wrap: Bool
    public var alignment: Alignment
    /// Number of (wrapped) lines to skip at the top, for scrolling.
    public var scrollOffset: Int

    public init(lines: [Line], wrap: Bool = true, alignment: Alignment = .left, scrollOffset: Int = 0) {
        self.lines = lines
        self.wrap = wrap
        self.alignment = alignment
        self.scrollOffset = max(0, scrollOffset)
    }

    /// Plain text split on newlines.
    public init(text: String, style: Style = .plain, wrap: Bool = true, alignment: Alignment = .left) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Line(String($0), style: style) }
        self.init(lines: lines, wrap: wrap, alignment: alignment)
    }

    /// The lines as they will be shown at `width` columns.
    public func layoutLines(width: Int) -> [Line] {
        guard wrap, width > 0 else { return lines }
        return lines.flatMap { Self.wrap($0, width: width) }
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let shown = layoutLines(width: area.width).dropFirst(scrollOffset).prefix(area.height)
        for (row, line) in shown.enumerated() {
            let slack = max(0, area.width - line.width)
            let indent = switch alignment {
            case .left: 0
            case .right: slack
            case .center: slack / 2
            }
            line.render(into: &buffer, at: Position(x: area.x + indent, y: area.y + row), clippedTo: area)
        }
    }

    /// Greedy word wrap of one styled line.
    static func wrap(_ line: Line, width: Int) -> [Line] {
        typealias Glyph = (character: Character, style: Style, width: Int)
        let glyphs: [Glyph] = line.spans.flatMap { span in
            span.text.map { (character: $0, style: span.style, width: DisplayWidth.of($0)) }
        }
        var result: [[Glyph]] = []
        var current: [Glyph] = []
        var currentWidth = 0
        var lastSpace: Int?
        for glyph in glyphs {
            if currentWidth + glyph.width > width, !current.isEmpty {
                if glyph.character == " " {
                    result.append(current)
                    current = []
                    currentWidth = 0
                    lastSpace = nil
                    continue
                }
                if let space = lastSpace {
                    result.append(Array(current[..<space]))
                    current = Array(current[(space + 1)...])
                } else {
                    result.append(current)
                    current = []
                }
                currentWidth = current.reduce(0) { $0 + $1.width }
                lastSpace = nil
            }
            if glyph.character == " " { lastSpace = current.count }
            current.append(glyph)
            currentWidth += glyph.width
        }
        result.append(current)
        return result.map { glyphs in
            var spans: [Span] = []
            for glyph in glyphs {
                if let last = spans.last, last.style == glyph.style {
                    spans[spans.count - 1].text.append(glyph.character)
                } else {
                    spans.append(Span(String(glyph.character), style: glyph.style))
                }
            }
            return Line(spans)
        }
    }
}
