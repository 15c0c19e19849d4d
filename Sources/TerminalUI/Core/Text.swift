/// A run of text in one style.
public struct Span: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }

    public var width: Int { DisplayWidth.of(text) }
}

/// One line of styled text, made of spans.
public struct Line: Hashable, Sendable, ExpressibleByStringLiteral {
    public var spans: [Span]

    public init(_ spans: [Span]) { self.spans = spans }
    public init(_ text: String, style: Style = .plain) { spans = [Span(text, style: style)] }
    public init(stringLiteral value: String) { self.init(value) }

    public var width: Int { spans.reduce(0) { $0 + $1.width } }

    /// Draws the line from `position`, clipped to `clip`.
    /// - Returns: the column after the last grapheme.
    @discardableResult
    public func render(into buffer: inout Buffer, at position: Position, clippedTo clip: Rect) -> Int {
        var x = position.x
        for span in spans {
            x = buffer.set(string: span.text, at: Position(x: x, y: position.y), style: span.style, clippedTo: clip)
        }
        return x
    }
}
