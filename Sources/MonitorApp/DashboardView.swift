import MonitorCore
import TerminalUI

/// Draws the whole dashboard for a state: header, tabs, the current screen, the status
/// or prompt line, and the help overlay on top.
public enum DashboardView {
    /// Renders into `buffer` and returns where the tabs are, for mouse clicks.
    /// `state` is inout only so tables can keep their scroll offsets (as ratatui's stateful widgets).
    @discardableResult
    public static func render(_ state: inout AppState, model: MonitorModel, into buffer: inout Buffer) -> [(screen: ScreenID, columns: Range<Int>)] {
        let (frame, tabs) = renderChrome(&state, model: model, into: &buffer)
        let screenType = ScreenRegistry.type(of: state.screen)
        let context = state.context(model)
        let waiting = !model.canShow(screenType)
        if let loading = model.claimsLoading, waiting {
            LoadingView.renderPanel(loading.snapshot, note: UIText.loadingClaims, into: &buffer, area: frame.body)
        } else {
            var screen = state.current
            renderOpened(&screen, into: &buffer, area: frame.body, context: context)
            state.screens[state.screen] = screen
        }
        if waiting {
            // The screen's own keys do nothing until the claims are in.
            StatusBar(message: UIText.waitingStatus, messageStyle: .foreground(.muted), hints: []).render(into: &buffer, area: frame.status)
        } else if case .filter(let prompt) = state.prompt {
            Prompt(label: UIText.filterPrompt, state: prompt).render(into: &buffer, area: frame.status)
        } else {
            // An error (a failed export, a refused delivery) gets the whole bar until the next message.
            let isError = state.status?.kind == .error
            let style: Style = isError ? Style.foreground(.warning).bold : .foreground(.text)
            StatusBar(message: state.status?.text ?? "", messageStyle: style, hints: isError ? [] : KeyMap.hints(for: screenType))
                .render(into: &buffer, area: frame.status)
        }
        if case .help(let scroll) = state.overlay {
            let help = HelpOverlay(title: UIText.helpTitle(screenType.title), entries: KeyMap.helpEntries(for: screenType), scrollOffset: scroll)
            help.render(into: &buffer, area: frame.body.inset(top: 0, left: 2, bottom: 0, right: 2))
        }
        return tabs
    }

    /// The frame around a screen whose tables are still being computed: header, tabs and a notice.
    static func renderComputing(_ state: inout AppState, model: MonitorModel, into buffer: inout Buffer) -> [(screen: ScreenID, columns: Range<Int>)] {
        let (frame, tabs) = renderChrome(&state, model: model, into: &buffer)
        let notice = Line(UIText.computing(ScreenRegistry.type(of: state.screen).title), style: .foreground(.muted))
        let x = frame.body.x + max(0, (frame.body.width - notice.width) / 2)
        _ = notice.render(into: &buffer, at: Position(x: x, y: frame.body.y + frame.body.height / 3), clippedTo: frame.body)
        StatusBar(message: UIText.computingStatus, messageStyle: .foreground(.muted), hints: []).render(into: &buffer, area: frame.status)
        return tabs
    }

    /// Header and tabs, shared by every frame once a model exists; returns the frame's areas and
    /// where the tabs are.
    private static func renderChrome(_ state: inout AppState, model: MonitorModel,
                                     into buffer: inout Buffer) -> (Layouts.Frame, [(screen: ScreenID, columns: Range<Int>)]) {
        state.size = buffer.size
        let frame = Layouts.frame(buffer.size)
        renderHeader(model, mine: state.myMunicipality, protected: state.protectSmallCells, into: &buffer, area: frame.header)
        let tabs = Tabs(titles: ScreenRegistry.all.map { $0.title }, selected: ScreenRegistry.index(of: state.screen))
            .render(into: &buffer, area: frame.tabs)
        return (frame, tabs.map { (ScreenRegistry.all[$0.index].id, $0.columns) })
    }

    /// Opens the existential so the screen renders as its own type (and keeps its scroll offsets).
    static func renderOpened<S: Screen>(_ screen: inout S, into buffer: inout Buffer, area: Rect, context: ScreenContext) {
        screen.render(into: &buffer, area: area, context: context)
    }

    static func renderHeader(_ model: MonitorModel, mine: String?, protected: Bool, into buffer: inout Buffer, area: Rect) {
        buffer.fill(area, style: .background(.selection))
        var spans = [
            Span(UIText.appName, style: Style.foreground(.accent).bold),
            Span("· \(model.regionName) · ", style: .foreground(.header)),
            Span(UIText.delivery(model.deliveryMonth), style: Style.foreground(.header).bold),
        ]
        if model.isDemoData { spans.append(Span("  ")); spans.append(Span(UIText.demoBadge, style: Style.foreground(.warning).bold.reversed)) }
        if let loading = model.claimsLoading?.snapshot {
            spans.append(Span("  "))
            spans.append(Span(UIText.claimsLoadingBadge(percent: loading.bytes > 0 ? 100 * loading.bytesRead / loading.bytes : 0),
                              style: Style.foreground(.accent).bold.reversed))
        }
        // Before the reader's municipality: every figure on screen depends on it.
        if protected { spans.append(Span("  ")); spans.append(Span(UIText.protectedBadge, style: Style.foreground(.accent).bold.reversed)) }
        if let m = mine.flatMap({ model.dataset.municipalityIndex[$0] }) {
            spans.append(Span("  " + UIText.myMunicipality(model.dataset.municipalities[m].name), style: Style.foreground(.accent).bold.underlined))
        }
        // A narrow window drops the region's name before anything the reader needs.
        if spans.map({ DisplayWidth.of($0.text) }).reduce(0, +) > area.width { spans[1] = Span("· ", style: .foreground(.header)) }
        Line(spans).render(into: &buffer, at: Position(x: area.x, y: area.y), clippedTo: area)
    }
}
