/// One terminal cell. A wide grapheme occupies its own cell (width 2) plus a
/// continuation cell to the right (width 0, empty symbol) that is never drawn.
public struct Cell: Hashable, Sendable {
    /// The grapheme shown, including any combining marks. Empty for a continuation cell.
    public var symbol: String
    /// Display columns the symbol takes: 1 or 2, or 0 for a continuation cell.
    public var width: Int
    public var style: Style

    public init(symbol: String, width: Int, style: Style = .plain) {
        self.symbol = symbol
        self.width = width
        self.style = style
    }

    /// A space in the given style.
    public static func blank(_ style: Style = .plain) -> Cell { Cell(symbol: " ", width: 1, style: style) }

    /// The right half of a wide grapheme.
    static func continuation(_ style: Style) -> Cell { Cell(symbol: "", width: 0, style: style) }

    /// True for the right half of a wide grapheme.
    public var isContinuation: Bool { width == 0 }
}

/// A cell position on screen, zero-based from the top-left corner.
public struct Position: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}

/// A terminal size in cells.
public struct Size: Hashable, Sendable, CustomStringConvertible {
    public var width: Int
    public var height: Int
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// True when both dimensions are at least those of `minimum`.
    public func fits(_ minimum: Size) -> Bool { width >= minimum.width && height >= minimum.height }

    public var description: String { "\(width)×\(height)" }
}
