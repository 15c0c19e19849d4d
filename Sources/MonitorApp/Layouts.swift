import MonitorCore
import TerminalUI

/// Where the shared parts go on screen. Shared by rendering and by `update` (page sizes), so a
/// PageDown moves exactly one visible page.
enum Layouts {
    static let minimumSize = Size(width: 80, height: 24)

    struct Frame {
        var header: Rect
        var tabs: Rect
        var body: Rect
        var status: Rect
    }

    static func frame(_ size: Size) -> Frame {
        let all = Rect(x: 0, y: 0, width: size.width, height: size.height)
        let (header, rest) = all.splitTop(1)
        let (tabs, afterTabs) = rest.splitTop(1)
        let (body, status) = afterTabs.splitBottom(1)
        return Frame(header: header, tabs: tabs, body: body.inset(left: 1, right: 1), status: status)
    }

    /// Rows the current screen's focused table shows at once.
    static func pageSize(_ state: AppState, model: MonitorModel) -> Int {
        state.current.pageSize(body: frame(state.size).body, context: state.context(model))
    }
}
