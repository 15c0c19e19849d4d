/// Vertical bars, one column per value, with eighth-block tops (`▁▂▃▄▅▆▇█`) for sub-cell
/// precision. Each column has a solid part and an optional pale part stacked on it, e.g.
/// costs received so far and the part still expected.
public struct ColumnChart: Sendable {
    public struct Column: Hashable, Sendable {
        public var solid: Double
        /// Drawn above `solid` up to this value, in the second style; nil for none.
        public var upTo: Double?

        public init(solid: Double, upTo: Double? = nil) { self.solid = solid; self.upTo = upTo }
    }

    public var columns: [Column]
    public var solidStyle: Style
    public var upperStyle: Style
    /// Fixed top of the scale; nil: the largest value.
    public var maxValue: Double?

    static let eighths: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    public init(columns: [Column], solidStyle: Style = .foreground(.chart(0)), upperStyle: Style = .foreground(.chart(1)), maxValue: Double? = nil) {
        self.columns = columns; self.solidStyle = solidStyle; self.upperStyle = upperStyle; self.maxValue = maxValue
    }

    /// Draws the last `area.width` columns, bottom-aligned.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard area.width > 0, area.height > 0, !columns.isEmpty else { return }
        let shown = columns.suffix(area.width)
        let top = maxValue ?? shown.map { max($0.solid, $0.upTo ?? 0) }.max() ?? 0
        guard top > 0 else { return }
        let eighthsPerRow = 8.0, total = Double(area.height) * eighthsPerRow
        for (i, column) in shown.enumerated() {
            let x = area.x + i
            let solid = Int((max(0, column.solid) / top * total).rounded())
            let upper = Int((max(0, column.upTo ?? 0) / top * total).rounded())
            for row in 0..<area.height {
                let below = row * 8  // eighths under this row, counted from the bottom
                let y = area.maxY - 1 - row
                if solid > below {
                    buffer.set(string: String(Self.eighths[min(8, solid - below)]), at: Position(x: x, y: y), style: solidStyle, clippedTo: area)
                } else if upper > below {
                    buffer.set(string: String(Self.eighths[min(8, upper - below)]), at: Position(x: x, y: y), style: upperStyle, clippedTo: area)
                }
            }
        }
    }
}
