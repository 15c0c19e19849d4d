/// A one-line trend `▁▂▄▆█` over a series, e.g. costs per quarter. Missing values
/// (nil) show as `·` so gaps in the data stay visible.
public struct Sparkline: Sendable {
    public var values: [Double?]
    /// Fixed scale; give several sparklines the same one (see `sharedScale`) to compare them.
    public var scale: ClosedRange<Double>?
    public var style: Style
    public var missingSymbol: Character

    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    public init(values: [Double?], scale: ClosedRange<Double>? = nil, style: Style = .foreground(.chart(0)), missingSymbol: Character = "·") {
        self.values = values
        self.scale = scale
        self.style = style
        self.missingSymbol = missingSymbol
    }

    /// The smallest range from zero covering every value of every series, or nil when there
    /// are none. Zero is the baseline (as in ratatui's sparkline): a level is a share of the
    /// largest value, so a 2 % change never looks like a doubling.
    public static func sharedScale(_ series: [[Double?]]) -> ClosedRange<Double>? {
        let all = series.flatMap { $0.compactMap { $0 } }.filter(\.isFinite)
        guard let low = all.min(), let high = all.max() else { return nil }
        return min(0, low)...max(0, high)
    }

    /// The symbols for the last `width` values.
    func symbols(width: Int) -> String {
        let shown = values.suffix(max(0, width))
        guard let range = scale ?? Self.sharedScale([Array(shown)]) else {
            return String(repeating: missingSymbol, count: shown.count)
        }
        let span = range.upperBound - range.lowerBound
        return String(shown.map { value -> Character in
            guard let value, value.isFinite else { return missingSymbol }
            // Only zeros: all on the baseline.
            guard span > 0 else { return Self.levels[0] }
            let fraction = (min(max(value, range.lowerBound), range.upperBound) - range.lowerBound) / span
            return Self.levels[Int((fraction * Double(Self.levels.count - 1)).rounded())]
        })
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let text = symbols(width: area.width)
        buffer.set(string: text, at: Position(x: area.x, y: area.y), style: style, clippedTo: area.row(0))
    }
}
