/// One bar: a label, a value, and the text shown for the value (already formatted,
/// e.g. `€ 12,4 mln`, so the chart needs no number formatting of its own).
public struct Bar: Hashable, Sendable {
    public var label: String
    public var value: Double
    public var valueText: String
    /// Bar colour; defaults to the first chart series.
    public var style: Style?

    public init(label: String, value: Double, valueText: String, style: Style? = nil) {
        self.label = label
        self.value = value
        self.valueText = valueText
        self.style = style
    }
}

/// Horizontal bars, one per row: `label  ███████▍   value`. Eighth blocks give
/// sub-cell precision. Negative values draw as empty bars.
public struct BarChart: Sendable {
    public var bars: [Bar]
    /// The bar to emphasise (e.g. the selected municipality).
    public var highlighted: Int?
    /// The value of a full-width bar; defaults to the largest value, so charts can share a scale.
    public var maxValue: Double?

    static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]

    public init(bars: [Bar], highlighted: Int? = nil, maxValue: Double? = nil) {
        self.bars = bars
        self.highlighted = highlighted
        self.maxValue = maxValue
    }

    /// The bar for `value` in `width` cells, rounded to the nearest eighth of a cell.
    static func barText(value: Double, maximum: Double, width: Int) -> String {
        guard maximum > 0, value > 0, width > 0, value.isFinite else { return "" }
        let eighthCount = Int((min(value, maximum) / maximum * Double(width * 8)).rounded())
        var text = String(repeating: "█", count: eighthCount / 8)
        if eighthCount % 8 > 0 { text.append(eighths[eighthCount % 8 - 1]) }
        return text
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty, !bars.isEmpty else { return }
        let labelWidth = min(bars.map { DisplayWidth.of($0.label) }.max() ?? 0, area.width / 3)
        let valueWidth = min(bars.map { DisplayWidth.of($0.valueText) }.max() ?? 0, area.width / 3)
        let barWidth = max(0, area.width - labelWidth - valueWidth - 2)
        let maximum = maxValue ?? bars.map(\.value).max() ?? 0
        for (index, bar) in bars.prefix(area.height).enumerated() {
            let y = area.y + index
            let isHighlighted = index == highlighted
            let labelStyle: Style = isHighlighted ? Style(attributes: .bold) : .plain
            let barStyle: Style = isHighlighted ? .foreground(.chart(1)) : (bar.style ?? .foreground(.chart(0)))
            let label = DisplayWidth.fit(bar.label, width: labelWidth, alignment: .left)
            buffer.set(string: label, at: Position(x: area.x, y: y), style: labelStyle, clippedTo: area)
            let barText = Self.barText(value: bar.value, maximum: maximum, width: barWidth)
            buffer.set(string: barText, at: Position(x: area.x + labelWidth + 1, y: y), style: barStyle, clippedTo: area)
            let value = DisplayWidth.fit(bar.valueText, width: valueWidth, alignment: .right)
            buffer.set(string: value, at: Position(x: area.maxX - valueWidth, y: y), style: labelStyle, clippedTo: area)
        }
    }
}
