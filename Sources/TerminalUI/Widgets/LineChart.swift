/// A few series over a few points in time (years): markers at each point joined by dots, a
/// y-axis from 0 to the top value, the x labels under the points, and each series' last value
/// written at its end, so the chart reads without a legend lookup.
public struct LineChart: Sendable {
    public struct Series: Sendable {
        public var values: [Double?]
        public var marker: Character
        /// Drawn between neighbouring points; nil: points only.
        public var connector: Character?
        public var style: Style
        /// Written right of the last point, e.g. "113,6".
        public var endLabel: String

        public init(values: [Double?], marker: Character, connector: Character? = "·", style: Style, endLabel: String) {
            self.values = values; self.marker = marker; self.connector = connector; self.style = style; self.endLabel = endLabel
        }
    }

    public var series: [Series]
    public var xLabels: [String]
    public var formatTop: @Sendable (Double) -> String

    public init(series: [Series], xLabels: [String], formatTop: @escaping @Sendable (Double) -> String) {
        self.series = series; self.xLabels = xLabels; self.formatTop = formatTop
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        let count = xLabels.count
        guard count > 0, area.height >= 5, area.width >= 20 else { return }
        let top = (series.flatMap { $0.values.compactMap { $0 } }.max() ?? 0) * 1.1
        guard top > 0 else { return }
        let topText = formatTop(top)
        let gutter = DisplayWidth.of(topText) + 1
        let endWidth = (series.map { DisplayWidth.of($0.endLabel) }.max() ?? 0) + 1
        let plot = Rect(x: area.x + gutter, y: area.y, width: max(2, area.width - gutter - endWidth), height: area.height - 2)
        let axis = Style.foreground(.muted)
        buffer.set(string: DisplayWidth.fit(topText, width: gutter - 1, alignment: .right), at: Position(x: area.x, y: plot.y), style: axis, clippedTo: area)
        buffer.set(string: DisplayWidth.fit("0", width: gutter - 1, alignment: .right), at: Position(x: area.x, y: plot.maxY - 1), style: axis, clippedTo: area)
        for y in plot.y..<plot.maxY { buffer.set(string: "│", at: Position(x: plot.x - 1, y: y), style: axis, clippedTo: area) }
        buffer.set(string: "└" + String(repeating: "─", count: plot.width), at: Position(x: plot.x - 1, y: plot.maxY), style: axis, clippedTo: area)
        func x(_ i: Int) -> Int { plot.x + (count == 1 ? 0 : i * (plot.width - 1) / (count - 1)) }
        func y(_ v: Double) -> Int { plot.maxY - 1 - Int((v / top * Double(plot.height - 1)).rounded()) }
        for (i, label) in xLabels.enumerated() {
            let w = DisplayWidth.of(label)
            buffer.set(string: label, at: Position(x: min(max(plot.x, x(i) - w / 2), area.maxX - w), y: plot.maxY + 1), style: axis, clippedTo: area)
        }
        for s in series {
            // Connectors between neighbouring points first, so markers stay on top.
            guard let connector = s.connector else { continue }
            for i in 0..<max(0, count - 1) {
                guard let a = s.values[safe: i] ?? nil, let b = s.values[safe: i + 1] ?? nil else { continue }
                let x0 = x(i), x1 = x(i + 1)
                for px in (x0 + 1)..<max(x0 + 1, x1) {
                    let v = a + (b - a) * Double(px - x0) / Double(x1 - x0)
                    buffer.set(string: String(connector), at: Position(x: px, y: y(v)), style: s.style, clippedTo: plot)
                }
            }
        }
        var labelRows: [Int: Double] = [:]
        for s in series {
            for i in 0..<count { if let v = s.values[safe: i] ?? nil { buffer.set(string: String(s.marker), at: Position(x: x(i), y: y(v)), style: s.style.bold, clippedTo: plot) } }
            if !s.endLabel.isEmpty, let last = s.values.lastIndex(where: { $0 != nil }), let v = s.values[last] {
                // Two series ending close together: the second label moves a line towards its value.
                var row = y(v)
                if let other = labelRows[row] { row = v > other ? max(plot.y, row - 1) : min(plot.maxY - 1, row + 1) }
                labelRows[row] = v
                buffer.set(string: s.endLabel, at: Position(x: plot.maxX + 1, y: row), style: s.style, clippedTo: area)
            }
        }
    }
}
