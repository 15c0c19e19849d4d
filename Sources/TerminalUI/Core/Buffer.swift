import TextSafety

/// A grid of cells that a frame renders into. Widgets only ever write to a Buffer;
/// a backend then draws the difference between two buffers.
public struct Buffer: Hashable, Sendable {
    public private(set) var width: Int
    public private(set) var height: Int
    /// Row-major cells, `width * height` of them.
    public private(set) var cells: [Cell]

    /// A buffer of blank cells.
    public init(width: Int, height: Int, style: Style = .plain) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank(style), count: self.width * self.height)
    }

    public init(size: Size) { self.init(width: size.width, height: size.height) }

    /// The whole buffer as a rectangle.
    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }
    public var size: Size { Size(width: width, height: height) }

    /// The cell at a position; a blank cell outside the buffer.
    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, x < width, y >= 0, y < height else { return .blank() }
        return cells[y * width + x]
    }

    /// Places one cell, keeping wide graphemes consistent: overwriting either half
    /// of a wide grapheme blanks its other half, and a wide cell claims the cell to
    /// its right as its continuation. Cells outside the buffer are ignored.
    /// A symbol with control characters has them replaced (see `set(string:)`), so that no
    /// cell can ever make the terminal obey an escape sequence.
    public mutating func setCell(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        var cell = cell
        cell.symbol = Self.displayable(cell.symbol)
        breakWideGrapheme(x: x, y: y)
        if cell.width == 2 {
            guard x + 1 < width else {
                // A wide grapheme cannot be cut in half: show a space instead.
                cells[y * width + x] = .blank(cell.style)
                return
            }
            breakWideGrapheme(x: x + 1, y: y)
            cells[y * width + x] = cell
            cells[y * width + x + 1] = .continuation(cell.style)
        } else {
            cells[y * width + x] = cell
        }
    }

    /// Text from anywhere (names, codes, file names in a status message) as the terminal may
    /// show it: ESC, other C0 controls, DEL and C1 become `�` (contract §7.11, the rule shared
    /// with the reports), and a tab becomes a space since a cell holds one column.
    static func displayable(_ text: String) -> String { ControlCharacters.replaced(in: text, tab: " ") }

    /// Before a cell changes, turn the other half of a wide grapheme it belongs to into a space.
    private mutating func breakWideGrapheme(x: Int, y: Int) {
        let current = cells[y * width + x]
        if current.isContinuation, x > 0 {
            cells[y * width + x - 1] = .blank(cells[y * width + x - 1].style)
        } else if current.width == 2, x + 1 < width {
            cells[y * width + x + 1] = .blank(current.style)
        }
    }

    /// Writes `string` starting at `position`, measuring each grapheme with `wcwidth`.
    /// Wide graphemes take two cells; zero-width ones join the grapheme before them;
    /// control characters become `�` and a tab a space (see `displayable`). Nothing is drawn
    /// outside `clip` (default: the whole buffer); a wide grapheme that does not fit at the
    /// right edge becomes a space.
    /// - Returns: the column just after the last cell written (or that would have been).
    @discardableResult
    public mutating func set(string: String, at position: Position, style: Style = .plain, clippedTo clip: Rect? = nil) -> Int {
        // Before measuring: a replaced character takes a column, as it will on screen.
        let string = Self.displayable(string)
        let bounds = (clip ?? area).intersection(area)
        var x = position.x
        let y = position.y
        guard y >= bounds.y, y < bounds.maxY else { return x + DisplayWidth.of(string) }
        var lastWritten: Int?
        for character in string {
            let characterWidth = DisplayWidth.of(character)
            if characterWidth == 0 {
                // Combining marks are normally part of the Character already; a lone
                // zero-width scalar (e.g. a stray combining mark) joins the previous cell.
                // Control characters cannot get here: `displayable` replaced them above.
                if let previous = lastWritten {
                    var cell = self[previous, y]
                    cell.symbol.append(character)
                    cells[y * width + previous] = cell
                }
                continue
            }
            defer { x += characterWidth }
            if x + characterWidth <= bounds.x || x >= bounds.maxX { continue }
            if x < bounds.x || x + characterWidth > bounds.maxX {
                // Straddles the clip edge: the visible half becomes a space.
                let visible = max(x, bounds.x)
                setCell(.blank(style), x: visible, y: y)
                lastWritten = nil
                continue
            }
            setCell(Cell(symbol: String(character), width: characterWidth, style: style), x: x, y: y)
            lastWritten = x
        }
        return x
    }

    /// Fills a rectangle with one symbol (default: space) in one style.
    public mutating func fill(_ rect: Rect, symbol: Character = " ", style: Style = .plain) {
        let target = rect.intersection(area)
        let symbolWidth = max(1, DisplayWidth.of(symbol))
        for y in target.y..<target.maxY {
            var x = target.x
            while x < target.maxX {
                if symbolWidth == 2, x + 1 >= target.maxX {
                    setCell(.blank(style), x: x, y: y)
                } else {
                    setCell(Cell(symbol: String(symbol), width: symbolWidth, style: style), x: x, y: y)
                }
                x += symbolWidth
            }
        }
    }

    /// Layers `overlay` over the style of every cell in `rect`, keeping the symbols.
    /// This is how highlights (cursor row, cursor column) go on top of rendered content.
    public mutating func patchStyle(_ rect: Rect, with overlay: Style) {
        let target = rect.intersection(area)
        for y in target.y..<target.maxY {
            for x in target.x..<target.maxX {
                cells[y * width + x].style = cells[y * width + x].style.patched(with: overlay)
            }
        }
    }

    /// Resets every cell to a blank.
    public mutating func clear() {
        cells = Array(repeating: .blank(), count: width * height)
    }

    /// Cells that differ from `previous`, in drawing order (row by row). A buffer of a
    /// different size counts as entirely changed. Continuation cells are left out: the
    /// wide grapheme before them covers them when drawn.
    public func diff(from previous: Buffer) -> [CellChange] {
        let sameSize = previous.width == width && previous.height == height
        var changes: [CellChange] = []
        for y in 0..<height {
            for x in 0..<width {
                let cell = cells[y * width + x]
                if cell.isContinuation { continue }
                if sameSize, previous.cells[y * width + x] == cell {
                    // A wide grapheme whose right half was replaced must be redrawn.
                    if cell.width == 2, previous.cells[y * width + x + 1] != cells[y * width + x + 1] {
                        changes.append(CellChange(x: x, y: y, cell: cell))
                    }
                    continue
                }
                changes.append(CellChange(x: x, y: y, cell: cell))
            }
        }
        return changes
    }

    /// Applies changes (as produced by `diff`) to this buffer.
    public mutating func apply(_ changes: [CellChange]) {
        for change in changes { setCell(change.cell, x: change.x, y: change.y) }
    }

    /// The plain text of each row, trailing spaces kept so that widths line up.
    public var textLines: [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width { line += cells[y * width + x].symbol }
            return line
        }
    }

    /// Style-annotated rows for snapshots: one letter per cell naming its style
    /// (`.` for plain, continuation cells repeat their grapheme's letter), followed
    /// by a legend mapping letters to styles in order of first appearance.
    public var styleAnnotatedLines: [String] {
        var letters: [Style: Character] = [.plain: "."]
        var legend: [String] = []
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        var rows: [String] = []
        for y in 0..<height {
            var row = ""
            for x in 0..<width {
                let style = cells[y * width + x].style
                if let letter = letters[style] {
                    row.append(letter)
                } else {
                    let letter = legend.count < alphabet.count ? alphabet[legend.count] : "?"
                    letters[style] = letter
                    legend.append("\(letter) = \(style)")
                    row.append(letter)
                }
            }
            rows.append(row)
        }
        return rows + (legend.isEmpty ? [] : [""] + legend)
    }
}

/// One cell that must be drawn because it changed since the previous frame.
public struct CellChange: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var cell: Cell

    public init(x: Int, y: Int, cell: Cell) {
        self.x = x
        self.y = y
        self.cell = cell
    }
}
