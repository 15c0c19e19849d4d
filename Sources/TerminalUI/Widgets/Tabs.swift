/// The screen switcher: `1 0-meting  2 Kosten  3 …`, the selected tab highlighted.
/// Number hints tell users which key selects a tab.
public struct Tabs: Sendable {
    public var titles: [String]
    public var selected: Int

    public init(titles: [String], selected: Int) {
        self.titles = titles
        self.selected = selected
    }

    /// Screen columns covered by each tab, in order; tabs that do not fit are left out.
    /// Use with `index(at:in:)` to map a mouse click to a tab.
    public func hitRanges(in area: Rect) -> [(index: Int, columns: Range<Int>)] {
        var ranges: [(index: Int, columns: Range<Int>)] = []
        var x = area.x
        for (index, title) in titles.enumerated() {
            let width = DisplayWidth.of(label(index: index, title: title))
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
        for (index, columns) in ranges {
            let isSelected = index == selected
            let base: Style = isSelected ? Style(background: .selection, attributes: .bold) : .plain
            var x = buffer.set(string: " ", at: Position(x: columns.lowerBound, y: row.y), style: base, clippedTo: row)
            if let hint = hint(for: index) {
                x = buffer.set(string: hint + " ", at: Position(x: x, y: row.y), style: isSelected ? base : .foreground(.accent).bold, clippedTo: row)
            }
            buffer.set(string: titles[index] + " ", at: Position(x: x, y: row.y), style: isSelected ? base : .foreground(.muted), clippedTo: row)
        }
        return ranges
    }

    /// Keys 1–9 select the first nine tabs; later tabs have no number.
    private func hint(for index: Int) -> String? {
        index < 9 ? String(index + 1) : nil
    }

    private func label(index: Int, title: String) -> String {
        " " + (hint(for: index).map { $0 + " " } ?? "") + title + " "
    }
}
