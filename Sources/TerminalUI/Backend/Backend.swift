/// Where frames end up: a real terminal (`NcursesBackend`) or memory (`MemoryBackend`).
/// A backend only draws cells it is given; deciding *which* cells changed is the
/// job of `Terminal`.
public protocol Backend {
    /// The current size of the drawing surface in cells.
    var size: Size { get }
    /// Draws the given cells (not yet visible until `flush`).
    mutating func draw(_ changes: [CellChange]) throws
    /// Makes everything drawn so far visible.
    mutating func flush() throws
    /// Blanks the whole surface, e.g. after a resize, so a full repaint starts clean.
    mutating func clear() throws
    mutating func hideCursor() throws
    mutating func showCursor() throws
}
