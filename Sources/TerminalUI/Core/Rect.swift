/// A rectangle of cells. Widgets render inside one; it never has negative size.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// A rectangle at the origin with the given size.
    public init(size: Size) { self.init(x: 0, y: 0, width: size.width, height: size.height) }

    public var size: Size { Size(width: width, height: height) }
    public var isEmpty: Bool { width == 0 || height == 0 }
    /// First column to the right of the rectangle.
    public var maxX: Int { x + width }
    /// First row below the rectangle.
    public var maxY: Int { y + height }

    public func contains(_ position: Position) -> Bool {
        position.x >= x && position.x < maxX && position.y >= y && position.y < maxY
    }

    /// The overlap of two rectangles (empty when they do not overlap).
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x)
        let top = max(y, other.y)
        let right = min(maxX, other.maxX)
        let bottom = min(maxY, other.maxY)
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }

    /// Shrinks the rectangle by the given margins, never below zero size.
    public func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
        Rect(x: x + left, y: y + top, width: width - left - right, height: height - top - bottom)
    }

    /// Shrinks the rectangle by the same margin on every side.
    public func inset(by margin: Int) -> Rect { inset(top: margin, left: margin, bottom: margin, right: margin) }

    /// The single row at `offset` from the top (empty when outside).
    public func row(_ offset: Int) -> Rect {
        guard offset >= 0, offset < height else { return Rect(x: x, y: y, width: 0, height: 0) }
        return Rect(x: x, y: y + offset, width: width, height: 1)
    }

    /// Splits off `length` rows at the top: the top part and the rest.
    public func splitTop(_ length: Int) -> (top: Rect, rest: Rect) {
        let top = min(max(0, length), height)
        return (Rect(x: x, y: y, width: width, height: top), Rect(x: x, y: y + top, width: width, height: height - top))
    }

    /// Splits off `length` rows at the bottom: the rest and the bottom part.
    public func splitBottom(_ length: Int) -> (rest: Rect, bottom: Rect) {
        let bottom = min(max(0, length), height)
        return (Rect(x: x, y: y, width: width, height: height - bottom),
                Rect(x: x, y: maxY - bottom, width: width, height: bottom))
    }

    /// Splits off `length` columns at the left: the left part and the rest.
    public func splitLeft(_ length: Int) -> (left: Rect, rest: Rect) {
        let left = min(max(0, length), width)
        return (Rect(x: x, y: y, width: left, height: height), Rect(x: x + left, y: y, width: width - left, height: height))
    }

    /// A rectangle of the given size centred in this one (clipped to it).
    public func centered(width requestedWidth: Int, height requestedHeight: Int) -> Rect {
        let w = min(requestedWidth, width)
        let h = min(requestedHeight, height)
        return Rect(x: x + (width - w) / 2, y: y + (height - h) / 2, width: w, height: h)
    }

    public var description: String { "Rect(x: \(x), y: \(y), \(width)×\(height))" }
}
