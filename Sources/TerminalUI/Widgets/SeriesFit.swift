/// Fits a long series into the cells a sparkline has, so the whole period shows: a drawing
/// concern (like a chart's scale), not a figure of the monitor.
public enum SeriesFit {
    /// Averages neighbouring values when there are more values than cells; nil stays a gap.
    public static func resample(_ values: [Double?], to width: Int) -> [Double?] {
        guard width > 0, !values.isEmpty else { return [] }
        guard values.count > width else { return values }
        return (0..<width).map { i in
            let from = i * values.count / width, to = max(from + 1, (i + 1) * values.count / width)
            let known = values[from..<to].compactMap { $0 }
            return known.isEmpty ? nil : known.reduce(0, +) / Double(known.count)
        }
    }

    /// How many cells `resample` fills for `count` values.
    public static func cellCount(_ count: Int, width: Int) -> Int { min(count, max(0, width)) }

    /// The cell that value `index` of `count` falls in after `resample`.
    public static func cell(of index: Int, count: Int, width: Int) -> Int {
        guard count > width, width > 0 else { return index }
        return min(width - 1, (index * width) / count)
    }
}
