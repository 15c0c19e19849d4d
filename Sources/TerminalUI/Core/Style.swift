/// A semantic colour role. Widgets say *what* something is; the backend's palette
/// decides the actual colour, so the same screen works in 256 colours, 8 colours
/// and monochrome (`NO_COLOR`).
public enum PaletteRole: Hashable, Sendable {
    /// Ordinary text (the terminal's default colour).
    case text
    /// Secondary text: units, hints, separators.
    case muted
    /// Emphasis: key names in hints, tab numbers.
    case accent
    /// Column headers and titles.
    case header
    /// The cursor row.
    case selection
    /// The cursor column.
    case cursorColumn
    /// A favourable change (blue, not green, to stay colour-blind safe).
    case positive
    /// An unfavourable change (vermillion/orange, not red).
    case negative
    /// Needs attention: data-quality issues, missing values.
    case warning
    /// Small labels such as counts or flags.
    case badge
    /// Borders of boxes and overlays.
    case border
    /// A chart series; series numbers wrap around the palette's series colours.
    case chart(Int)
}

/// Text attributes that work on every terminal, including monochrome ones.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let dim = TextAttributes(rawValue: 1 << 1)
    public static let reverse = TextAttributes(rawValue: 1 << 2)
    public static let underline = TextAttributes(rawValue: 1 << 3)
}

/// How one cell looks: optional foreground and background roles plus attributes.
/// `nil` roles mean "inherit": the terminal default, or whatever lies underneath
/// when styles are layered with `patched(with:)`.
public struct Style: Hashable, Sendable {
    public var foreground: PaletteRole?
    public var background: PaletteRole?
    public var attributes: TextAttributes

    public init(foreground: PaletteRole? = nil, background: PaletteRole? = nil, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The terminal's default look.
    public static let plain = Style()

    /// A style with only a foreground role.
    public static func foreground(_ role: PaletteRole) -> Style { Style(foreground: role) }

    /// A style with only a background role.
    public static func background(_ role: PaletteRole) -> Style { Style(background: role) }

    /// This style with extra attributes.
    public func adding(_ extra: TextAttributes) -> Style {
        var copy = self
        copy.attributes.formUnion(extra)
        return copy
    }

    public var bold: Style { adding(.bold) }
    public var dim: Style { adding(.dim) }
    public var reversed: Style { adding(.reverse) }
    public var underlined: Style { adding(.underline) }

    /// Layers `overlay` on top of this style: its roles win where set, attributes add up.
    /// Used to put the cursor-row highlight over per-cell colours.
    public func patched(with overlay: Style) -> Style {
        Style(
            foreground: overlay.foreground ?? foreground,
            background: overlay.background ?? background,
            attributes: attributes.union(overlay.attributes)
        )
    }
}

extension PaletteRole: CustomStringConvertible {
    public var description: String {
        switch self {
        case .text: "text"
        case .muted: "muted"
        case .accent: "accent"
        case .header: "header"
        case .selection: "selection"
        case .cursorColumn: "cursorColumn"
        case .positive: "positive"
        case .negative: "negative"
        case .warning: "warning"
        case .badge: "badge"
        case .border: "border"
        case .chart(let series): "chart\(series)"
        }
    }
}

extension Style: CustomStringConvertible {
    /// A compact description used in style-annotated snapshots, e.g. `fg=muted bg=selection bold`.
    public var description: String {
        var parts: [String] = []
        if let foreground { parts.append("fg=\(foreground)") }
        if let background { parts.append("bg=\(background)") }
        if attributes.contains(.bold) { parts.append("bold") }
        if attributes.contains(.dim) { parts.append("dim") }
        if attributes.contains(.reverse) { parts.append("reverse") }
        if attributes.contains(.underline) { parts.append("underline") }
        return parts.isEmpty ? "plain" : parts.joined(separator: " ")
    }
}
