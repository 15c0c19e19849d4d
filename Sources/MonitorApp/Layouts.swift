import MonitorCore
import TerminalUI

/// Where things go on screen. Shared by rendering and by `update` (page sizes), so a
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

    /// Rows the current sheet shows at once.
    static func pageSize(_ state: AppState, model: MonitorModel) -> Int {
        let body = frame(state.size).body
        switch state.screen {
        case .zeroMeasurement:
            let layout = ZeroMeasurementScreen.layout(body, state: state, model: model)
            let focused = layout.panels.first { $0.table == state.zero.focus }
            return max(1, (focused?.tableArea.height ?? body.height) - 3)
        case .costs:
            return max(1, CostsScreen.layout(body, state: state).focused.height - 3)
        case .segment2:
            return max(1, Segment2Screen.layout(body, state: state).focused.height - 3)
        case .ambitions:
            return max(1, body.height - 4)
        }
    }
}
