/// A backend that draws into a `Buffer` in memory: for tests, snapshots and text captures.
public struct MemoryBackend: Backend {
    /// What the "screen" shows now.
    public private(set) var buffer: Buffer
    /// Number of cells drawn by the most recent `draw` call, to check that diffing works.
    public private(set) var lastDrawCount = 0
    /// Number of `flush` calls so far.
    public private(set) var flushCount = 0
    public private(set) var isCursorVisible = true

    public init(width: Int, height: Int) {
        buffer = Buffer(width: width, height: height)
    }

    public var size: Size { buffer.size }

    /// Changes the size of the simulated screen (content is lost, as in a real terminal resize).
    public mutating func resize(width: Int, height: Int) {
        buffer = Buffer(width: width, height: height)
    }

    public mutating func draw(_ changes: [CellChange]) {
        buffer.apply(changes)
        lastDrawCount = changes.count
    }

    public mutating func flush() { flushCount += 1 }
    public mutating func clear() { buffer.clear() }
    public mutating func hideCursor() { isCursorVisible = false }
    public mutating func showCursor() { isCursorVisible = true }

    /// The screen as plain text, one string per row.
    public var textLines: [String] { buffer.textLines }

    /// The screen's styles, one letter per cell plus a legend (see `Buffer.styleAnnotatedLines`).
    public var styleAnnotatedLines: [String] { buffer.styleAnnotatedLines }
}
