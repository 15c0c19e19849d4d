/// The screen switcher: `1 0-meting  2 Kosten  3 …`, the selected tab highlighted.
/// Number hints tell users which key selects a tab.
public struct Tabs: Sendable {
    public var titles: [String]
    public var selected: Int

    public init(titles: [String], selected: Int) {
        self.titles = titles
        self.selected = selected
    }

    /// How tabs are written so that all of them fit: padded, then tight, then with the titles
    /// of the other tabs shortened (the selected one stays whole).
    struct Fit {
        var padding: String
        var titleLimit: Int?
    }

    func fit(_ width: Int) -> Fit {
        let candidates = [Fit(padding: " ", titleLimit: nil), Fit(padding: "", titleLimit: nil)]
            + stride(from: 12, through: 3, by: -1).map { Fit(padding: "", titleLimit: $0) }
        return candidates.first { f in
            titles.indices.map { DisplayWidth.of(label(index: $0, fit: f)) + 1 }.reduce(0, +) <= width
        } ?? candidates.last!
    }

    /// Screen columns covered by each tab, in order; tabs that still do not fit are left out.
    /// Use with `index(at:in:)` to map a mouse click to a tab.
    public func hitRanges(in area: Rect) -> [(index: Int, columns: Range<Int>)] {
        let f = fit(area.width)
        var ranges: [(index: Int, columns: Range<Int>)] = []
        var x = area.x
        for index in titles.indices {
            let width = DisplayWidth.of(label(index: index, fit: f))
            if x + width > area.maxX { break }
            ranges.append((index, x..<(x + width)))
            x += width + 1
        }
        return ranges
    }

    /// The tab under screen column `x`, if any.
    public func index(at x: Int, in area: Rect) -> Int? {
        hitRanges(in: area).first { $0.columns.contains(x) }?.index
    }

    /// Draws the tabs on the first row of `area`.
    /// - Returns: the same ranges as `hitRanges(in:)`.
    @discardableResult
    public func render(into buffer: inout Buffer, area: Rect) -> [(index: Int, columns: Range<Int>)] {
        guard !area.isEmpty else { return [] }
        let row = area.row(0)
        let ranges = hitRanges(in: area)
        let f = fit(area.width)
        for (index, columns) in ranges {
            let isSelected = index == selected
            let base: Style = isSelected ? Style(background: .selection, attributes: .bold) : .plain
            var x = buffer.set(string: f.padding, at: Position(x: columns.lowerBound, y: row.y), style: base, clippedTo: row)
            if let hint = hint(for: index) {
                x = buffer.set(string: hint + " ", at: Position(x: x, y: row.y), style: isSelected ? base : .foreground(.accent).bold, clippedTo: row)
            }
            buffer.set(string: title(index, fit: f) + f.padding, at: Position(x: x, y: row.y), style: isSelected ? base : .foreground(.muted), clippedTo: row)
        }
        return ranges
    }

    /// Keys 1–9 select the first nine tabs; later tabs have no number.
    private func hint(for index: Int) -> String? {
        index < 9 ? String(index + 1) : nil
    }

    private func title(_ index: Int, fit f: Fit) -> String {
        guard let limit = f.titleLimit, index != selected else { return titles[index] }
        return DisplayWidth.truncate(titles[index], toWidth: limit)
    }

    private func label(index: Int, fit f: Fit) -> String {
        f.padding + (hint(for: index).map { $0 + " " } ?? "") + title(index, fit: f) + f.padding
    }
}
