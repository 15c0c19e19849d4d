import MonitorCore
import TerminalUI

/// What the dashboard shows while a delivery is read: the whole frame before the first screen
/// can be drawn, and the body of a screen that needs the declaraties while they are still
/// being read. A large delivery shows how far it is instead of a blank terminal.
enum LoadingView {
    /// The frame before any screen can be drawn: a header, the tabs (not yet usable) and progress.
    static func render(_ progress: LoadProgress.Snapshot, into buffer: inout Buffer) {
        let frame = Layouts.frame(buffer.size)
        buffer.fill(frame.header, style: .background(.selection))
        _ = Line([Span(UIText.appName, style: Style.foreground(.accent).bold), Span("· " + UIText.loadingTitle, style: .foreground(.header))])
            .render(into: &buffer, at: Position(x: frame.header.x, y: frame.header.y), clippedTo: frame.header)
        renderPanel(progress, note: UIText.loadingFirstScreen, into: &buffer, area: frame.body)
        StatusBar(message: UIText.loadingStatus, messageStyle: .foreground(.muted), hints: [])
            .render(into: &buffer, area: frame.status)
    }

    /// A box in the middle of `area`: files, megabytes, speed and rows so far, and a bar.
    static func renderPanel(_ progress: LoadProgress.Snapshot, note: String, into buffer: inout Buffer, area: Rect) {
        let width = min(area.width, 72), height = min(area.height, 8)
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + max(0, (area.height - height) / 3), width: width, height: height)
        Box(title: UIText.loadingTitle).render(into: &buffer, area: box)
        let inside = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        let megabytes = { (bytes: Int) in DutchNumber.integer((bytes + 500_000) / 1_000_000) }
        let seconds = Double(progress.elapsed.components.seconds) + Double(progress.elapsed.components.attoseconds) / 1e18
        let rate = seconds > 0.05 && progress.bytesRead > 0 ? " · " + UIText.megabytesPerSecond(megabytes(Int(Double(progress.bytesRead) / seconds))) : ""
        let fraction = progress.bytes > 0 ? min(1, Double(progress.bytesRead) / Double(progress.bytes)) : 0
        let barWidth = max(0, inside.width)
        let filled = Int((Double(barWidth) * fraction).rounded(.down))
        let lines = [
            Line(UIText.loadedFiles(done: progress.filesRead, of: progress.files), style: .foreground(.text)),
            Line(UIText.loadedBytes(megabytes(progress.bytesRead), of: megabytes(progress.bytes)) + rate, style: .foreground(.text)),
            Line(UIText.loadedRows(DutchNumber.integer(progress.rows)), style: .foreground(.text)),
            Line([Span(String(repeating: "█", count: filled), style: .foreground(.accent)),
                  Span(String(repeating: "░", count: barWidth - filled), style: .foreground(.border))]),
            Line(note, style: .foreground(.muted)),
        ]
        for (i, line) in lines.enumerated() where i < inside.height {
            _ = line.render(into: &buffer, at: Position(x: inside.x, y: inside.y + i), clippedTo: inside)
        }
    }
}
