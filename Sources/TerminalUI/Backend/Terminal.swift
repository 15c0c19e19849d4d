/// Immediate-mode frame loop over a backend, as in ratatui: each frame renders the
/// whole UI into a fresh buffer, and only the cells that differ from the previous
/// frame reach the backend.
public struct Terminal<Surface: Backend> {
    /// The backend, reachable for input (`readEvent`) and cursor control.
    public var backend: Surface
    /// Below this size frames show a "window too small" notice instead of the UI.
    public var minimumSize: Size?
    /// What the screen shows after the last frame.
    private var previous: Buffer

    public init(backend: Surface, minimumSize: Size? = nil) {
        self.backend = backend
        self.minimumSize = minimumSize
        previous = Buffer(size: backend.size)
    }

    /// Renders one frame. `render` gets a blank buffer of the backend's current size.
    /// A changed size (resize) is detected here and triggers one full repaint.
    /// - Returns: the number of cells that were drawn.
    @discardableResult
    public mutating func draw(_ render: (inout Buffer) -> Void) throws -> Int {
        let size = backend.size
        if size != previous.size { try invalidate() }
        var frame = Buffer(size: size)
        if let minimumSize, !size.fits(minimumSize) {
            Self.renderTooSmall(into: &frame, minimum: minimumSize)
        } else {
            render(&frame)
        }
        let changes = frame.diff(from: previous)
        try backend.draw(changes)
        try backend.flush()
        previous = frame
        return changes.count
    }

    /// Forgets what is on screen: the backend is cleared and the next frame is diffed
    /// against a blank buffer, so it repaints everything once. Call after a resize or
    /// when something else may have written to the terminal.
    public mutating func invalidate() throws {
        try backend.clear()
        previous = Buffer(size: backend.size)
    }

    private static func renderTooSmall(into buffer: inout Buffer, minimum: Size) {
        let message = TerminalError.windowTooSmall(minimum: minimum, actual: buffer.size).message
        Paragraph(lines: [Line(message, style: .foreground(.warning).bold)], wrap: true, alignment: .center)
            .render(into: &buffer, area: buffer.area.inset(by: buffer.height > 2 ? 1 : 0))
    }
}
