/// How much space one part of a layout asks for.
public enum Constraint: Hashable, Sendable {
    /// Exactly this many cells (less if the area is too small).
    case length(Int)
    /// This percentage of the whole area.
    case percentage(Int)
    /// A share of what is left after lengths and percentages, by weight.
    case fill(Int = 1)
}

/// Splits a rectangle into rows or columns, like ratatui's `Layout`.
/// Fixed parts are served first, in order; fills share the remainder.
public struct Layout: Sendable {
    public enum Direction: Sendable { case vertical, horizontal }

    public var direction: Direction
    public var constraints: [Constraint]
    /// Empty cells between neighbouring parts.
    public var spacing: Int

    public init(_ direction: Direction, _ constraints: [Constraint], spacing: Int = 0) {
        self.direction = direction
        self.constraints = constraints
        self.spacing = max(0, spacing)
    }

    /// Parts stacked top to bottom.
    public static func vertical(_ constraints: [Constraint], spacing: Int = 0) -> Layout {
        Layout(.vertical, constraints, spacing: spacing)
    }

    /// Parts side by side, left to right.
    public static func horizontal(_ constraints: [Constraint], spacing: Int = 0) -> Layout {
        Layout(.horizontal, constraints, spacing: spacing)
    }

    /// One rectangle per constraint, in order, together covering at most `area`.
    public func split(_ area: Rect) -> [Rect] {
        let total = direction == .vertical ? area.height : area.width
        let lengths = Self.lengths(for: constraints, total: max(0, total - spacing * max(0, constraints.count - 1)))
        var rects: [Rect] = []
        var offset = 0
        for length in lengths {
            let clamped = max(0, min(length, total - offset))
            switch direction {
            case .vertical: rects.append(Rect(x: area.x, y: area.y + offset, width: area.width, height: clamped))
            case .horizontal: rects.append(Rect(x: area.x + offset, y: area.y, width: clamped, height: area.height))
            }
            offset = min(total, offset + clamped + spacing)
        }
        return rects
    }

    /// Sizes along the split axis; fixed parts first, fills share the rest by weight.
    static func lengths(for constraints: [Constraint], total: Int) -> [Int] {
        var remaining = total
        var lengths = constraints.map { constraint -> Int in
            let wanted: Int
            switch constraint {
            case .length(let length): wanted = max(0, length)
            case .percentage(let percent): wanted = total * max(0, min(100, percent)) / 100
            case .fill: return 0
            }
            let granted = min(wanted, remaining)
            remaining -= granted
            return granted
        }
        let weights = constraints.map { constraint -> Int in
            if case .fill(let weight) = constraint { return max(0, weight) }
            return 0
        }
        let totalWeight = weights.reduce(0, +)
        guard totalWeight > 0 else { return lengths }
        var handedOut = 0
        var weightSoFar = 0
        for index in lengths.indices where weights[index] > 0 {
            // Cumulative rounding so the fills add up exactly to what remains.
            weightSoFar += weights[index]
            let upTo = remaining * weightSoFar / totalWeight
            lengths[index] = upTo - handedOut
            handedOut = upTo
        }
        return lengths
    }
}
