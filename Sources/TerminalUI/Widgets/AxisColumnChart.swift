/// A column chart with axes: the top value and 0 on a y-axis at the left, a baseline at zero,
/// labels under the columns (e.g. the years), and columns marked on the baseline (e.g. months
/// still incomplete, `◔`). Shows the last columns that fit, as `ColumnChart` does.
public struct AxisColumnChart: Sendable {
    public var columns: [ColumnChart.Column]
    /// Per column: a label that starts under it, or nil.
    public var labels: [String?]
    /// Per column: drawn as `mark` on the baseline.
    public var marked: [Bool]
    public var mark: Character = "◔"
    /// How the top of the y-axis is written (the formatting is the caller's: it knows the unit).
    public var formatTop: @Sendable (Double) -> String
    public var solidStyle: Style = .foreground(.chart(0))
    public var upperStyle: Style = .foreground(.chart(1))

    public init(columns: [ColumnChart.Column], labels: [String?], marked: [Bool], formatTop: @escaping @Sendable (Double) -> String) {
        self.columns = columns; self.labels = labels; self.marked = marked; self.formatTop = formatTop
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        guard area.height >= 4, area.width >= 12, !columns.isEmpty else { return }
        let top = columns.map { max($0.solid, $0.upTo ?? 0) }.max() ?? 0
        let topText = formatTop(top)
        let gutter = max(DisplayWidth.of(topText), 1) + 1
        let room = Rect(x: area.x + gutter, y: area.y, width: area.width - gutter, height: area.height - 2)
        // Fewer columns than cells: stretch them (nearest neighbour) so the chart fills its box.
        let source = self.columns.count < room.width ? (0..<room.width).map { $0 * self.columns.count / room.width } : Array(self.columns.indices)
        let columns = source.map { self.columns[$0] }
        let labels = source.indices.map { i in i == 0 || source[i - 1] != source[i] ? self.labels[safe: source[i]] ?? nil : nil }
        let marked = source.map { self.marked[safe: $0] ?? false }
        let plot = Rect(x: room.x, y: room.y, width: min(room.width, columns.count), height: room.height)
        let first = max(0, columns.count - plot.width)
        let axis = Style.foreground(.muted)
        buffer.set(string: DisplayWidth.fit(topText, width: gutter - 1, alignment: .right), at: Position(x: area.x, y: area.y), style: axis, clippedTo: area)
        buffer.set(string: DisplayWidth.fit("0", width: gutter - 1, alignment: .right), at: Position(x: area.x, y: plot.maxY - 1), style: axis, clippedTo: area)
        for y in plot.y..<plot.maxY { buffer.set(string: "│", at: Position(x: plot.x - 1, y: y), style: axis, clippedTo: area) }
        buffer.set(string: "└", at: Position(x: plot.x - 1, y: plot.maxY), style: axis, clippedTo: area)
        for i in 0..<plot.width {
            let c = first + i
            let isMarked = c < columns.count && (marked[safe: c] ?? false)
            buffer.set(string: isMarked ? String(mark) : "─", at: Position(x: plot.x + i, y: plot.maxY), style: isMarked ? upperStyle : axis, clippedTo: area)
        }
        var x = plot.x
        for c in first..<columns.count {
            if let label = labels[safe: c] ?? nil, plot.x + c - first >= x {
                buffer.set(string: label, at: Position(x: plot.x + c - first, y: plot.maxY + 1), style: axis, clippedTo: area)
                x = plot.x + c - first + DisplayWidth.of(label) + 1
            }
        }
        ColumnChart(columns: Array(columns[first...]), solidStyle: solidStyle, upperStyle: upperStyle, maxValue: top).render(into: &buffer, area: plot)
    }
}
