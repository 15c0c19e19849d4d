import MonitorCore
import TerminalUI

/// Draws the whole dashboard for a state: header, tabs, the current screen, the status
/// or prompt line, and the help overlay on top.
public enum DashboardView {
    /// Renders into `buffer` and returns where the tabs are, for mouse clicks.
    /// `state` is inout only so tables can keep their scroll offsets (as ratatui's stateful widgets).
    @discardableResult
    public static func render(_ state: inout AppState, model: MonitorModel, into buffer: inout Buffer) -> [(index: Int, columns: Range<Int>)] {
        state.size = buffer.size
        let frame = Layouts.frame(buffer.size)
        renderHeader(model, into: &buffer, area: frame.header)
        let tabs = Tabs(titles: ScreenID.allCases.map(\.title), selected: state.screen.rawValue).render(into: &buffer, area: frame.tabs)
        switch state.screen {
        case .zeroMeasurement: ZeroMeasurementScreen.render(&state, model: model, into: &buffer, area: frame.body)
        case .costs: CostsScreen.render(&state, model: model, into: &buffer, area: frame.body)
        case .segment2: Segment2Screen.render(&state, model: model, into: &buffer, area: frame.body)
        case .ambitions: AmbitionsScreen.render(&state, model: model, into: &buffer, area: frame.body)
        }
        if case .filter(let prompt) = state.prompt {
            Prompt(label: "Filter regels (Enter: klaar, Esc: wissen): ", state: prompt).render(into: &buffer, area: frame.status)
        } else {
            let style: Style = state.status?.kind == .error ? Style.foreground(.warning).bold : .foreground(.text)
            StatusBar(message: state.status?.text ?? "", messageStyle: style, hints: KeyMap.hints(for: state.screen))
                .render(into: &buffer, area: frame.status)
        }
        if case .help(let scroll) = state.overlay {
            let help = HelpOverlay(title: "Toetsen — \(state.screen.title)", entries: KeyMap.helpEntries(for: state.screen), scrollOffset: scroll)
            help.render(into: &buffer, area: frame.body.inset(top: 0, left: 2, bottom: 0, right: 2))
        }
        return tabs
    }

    static func renderHeader(_ model: MonitorModel, into buffer: inout Buffer, area: Rect) {
        buffer.fill(area, style: .background(.selection))
        var spans = [
            Span(" Jeugdmonitor ", style: Style.foreground(.accent).bold),
            Span("· \(model.regionName) · ", style: .foreground(.header)),
            Span(model.deliveryLabel, style: Style.foreground(.header).bold),
        ]
        if model.isDemoData { spans.append(Span("  ")); spans.append(Span(" DEMO-DATA ", style: Style.foreground(.warning).bold.reversed)) }
        Line(spans).render(into: &buffer, at: Position(x: area.x, y: area.y), clippedTo: area)
    }
}
