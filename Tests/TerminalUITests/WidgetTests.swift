import SnapshotSupport
import Testing
@testable import TerminalUI

@Suite("Widgets")
struct WidgetTests {
    static let screenTitles = ["0-meting", "Kosten", "Trajecten", "Wachttijden", "Regio's"]

    @Test("Tabs with number hints, selected tab highlighted, click ranges")
    func tabs() {
        var buffer = Buffer(width: 70, height: 1)
        let tabs = Tabs(titles: Self.screenTitles, selected: 1)
        let ranges = tabs.render(into: &buffer, area: buffer.area)
        #expect(ranges.map(\.index) == [0, 1, 2, 3, 4])
        #expect(tabs.index(at: ranges[1].columns.lowerBound, in: buffer.area) == 1)
        #expect(tabs.index(at: ranges[0].columns.upperBound, in: buffer.area) == nil)
        assertSnapshots(buffer, named: "tabs")
        // Narrow: tight, then the other titles shortened, so that more tabs stay reachable.
        var narrow = Buffer(width: 30, height: 1)
        #expect(tabs.render(into: &narrow, area: narrow.area).count == 4)
        #expect(narrow.textLines[0].contains("2 Kosten"))
    }

    @Test("Status bar keeps hints right-aligned and truncates gracefully")
    func statusBar() {
        let bar = StatusBar(
            message: "342 gemeenten · peiljaar 2024 · filter: utrecht",
            hints: [KeyHint("?", "help"), KeyHint("/", "filter"), KeyHint("s", "sort"), KeyHint("e", "export"), KeyHint("q", "quit")]
        )
        var lines: [String] = []
        for width in [100, 60, 40, 20] {
            var buffer = Buffer(width: width, height: 1)
            bar.render(into: &buffer, area: buffer.area)
            lines.append(contentsOf: buffer.textLines)
        }
        assertSnapshot(lines, named: "statusbar")
    }

    @Test("Help overlay is centred, bordered and scrolls when too tall")
    func helpOverlay() {
        let entries = [
            KeyHint("↑↓ j k", "move row"), KeyHint("←→ h l", "move column"), KeyHint("PgUp PgDn", "page"),
            KeyHint("Ctrl-d Ctrl-u", "half page"), KeyHint("g G", "first / last row"), KeyHint("/", "filter"),
            KeyHint("n N", "next / previous match"), KeyHint("s S", "sort by column (reverse)"),
            KeyHint("1–9 Tab", "switch screen"), KeyHint("e", "export CSV"), KeyHint("q", "back / quit"),
        ]
        var buffer = Buffer(width: 60, height: 18)
        buffer.fill(buffer.area, symbol: "░")
        HelpOverlay(title: "Toetsen", entries: entries).render(into: &buffer, area: buffer.area)
        assertSnapshot(buffer.textLines, named: "help-overlay")

        var small = Buffer(width: 40, height: 8)
        let overlay = HelpOverlay(title: "Toetsen", entries: entries, scrollOffset: 3)
        #expect(overlay.maxScrollOffset(in: small.area) == 7)
        overlay.render(into: &small, area: small.area)
        assertSnapshot(small.textLines, named: "help-overlay-scrolled")
    }

    @Test("Prompt shows label, text and a reversed cursor cell; long text scrolls")
    func prompt() {
        var buffer = Buffer(width: 20, height: 2)
        Prompt(label: "/", state: PromptState(text: "Súdwest", cursor: 3)).render(into: &buffer, area: buffer.area.row(0))
        Prompt(label: "Filter:", state: PromptState(text: "'s-Hertogenbosch")).render(into: &buffer, area: buffer.area.row(1))
        #expect(buffer[5, 0].style.attributes.contains(.reverse))
        #expect(buffer[5, 0].symbol == "w")
        assertSnapshots(buffer, named: "prompt")
    }

    @Test("Bar chart with eighth blocks, right-aligned values and a highlighted bar")
    func barChart() {
        let chart = BarChart(bars: [
            Bar(label: "Amsterdam", value: 412.5, valueText: "€ 412,5 mln"),
            Bar(label: "Rotterdam", value: 301.2, valueText: "€ 301,2 mln"),
            Bar(label: "Utrecht", value: 180.0, valueText: "€ 180,0 mln"),
            Bar(label: "Súdwest-Fryslân", value: 41.9, valueText: "€ 41,9 mln"),
            Bar(label: "Vlieland", value: 0.4, valueText: "€ 0,4 mln"),
        ], highlighted: 2)
        var buffer = Buffer(width: 50, height: 5)
        chart.render(into: &buffer, area: buffer.area)
        assertSnapshots(buffer, named: "barchart")
        #expect(BarChart.barText(value: 1, maximum: 8, width: 1) == "▏")
        #expect(BarChart.barText(value: 3, maximum: 2, width: 2) == "██")
        #expect(BarChart.barText(value: -1, maximum: 2, width: 2) == "")
    }

    @Test("Sparklines on a shared scale, with missing values")
    func sparkline() {
        let costs: [Double?] = [10, 12, 15, nil, 18, 22, 21, 25]
        let youths: [Double?] = [5, 6, 6, 7, 7, 8, nil, 9]
        let scale = Sparkline.sharedScale([costs, youths])
        #expect(scale == 0...25)
        var buffer = Buffer(width: 8, height: 3)
        Sparkline(values: costs, scale: scale).render(into: &buffer, area: buffer.area.row(0))
        Sparkline(values: youths, scale: scale).render(into: &buffer, area: buffer.area.row(1))
        Sparkline(values: [3, 3, 3]).render(into: &buffer, area: buffer.area.row(2))
        assertSnapshot(buffer.textLines, named: "sparkline")
        #expect(Sparkline(values: Array(1...20).map { Double($0) }).symbols(width: 4).count == 4)
    }

    @Test("Paragraph wraps at spaces; box draws a titled border")
    func paragraphAndBox() {
        var buffer = Buffer(width: 30, height: 7)
        let box = Box(title: "Toelichting")
        box.render(into: &buffer, area: buffer.area)
        Paragraph(lines: [
            Line([Span("Kosten", style: .plain.bold), Span(" zijn in lopende prijzen, inclusief € en ë-tekens.")]),
            "",
            Line("Bron: CBS", style: .foreground(.muted)),
        ]).render(into: &buffer, area: box.inner(buffer.area).inset(left: 1, right: 1))
        assertSnapshot(buffer.textLines, named: "paragraph-box")
    }

    @Test("Layout splits by length, percentage and fill")
    func layout() {
        let area = Rect(x: 0, y: 0, width: 100, height: 30)
        let rows = Layout.vertical([.length(1), .fill(), .length(1)]).split(area)
        #expect(rows.map(\.height) == [1, 28, 1])
        #expect(rows.map(\.y) == [0, 1, 29])
        let columns = Layout.horizontal([.percentage(30), .fill(1), .fill(2)], spacing: 1).split(area)
        #expect(columns.map(\.width) == [29, 23, 46])
        #expect(columns.map(\.x) == [0, 30, 54])
        let cramped = Layout.vertical([.length(5), .length(5)]).split(Rect(x: 0, y: 0, width: 10, height: 7))
        #expect(cramped.map(\.height) == [5, 2])
    }
}

@Suite("Prompt editing")
struct PromptEditingTests {
    @Test("Insert, backspace, delete and cursor moves")
    func editing() {
        var state = PromptState()
        for character in "Zeist" { state = state.inserting(character) }
        #expect(state.text == "Zeist" && state.cursor == 5)
        state = state.movingLeft().movingLeft().deletingBackward()
        #expect(state.text == "Zest" && state.cursor == 2)
        state = state.deletingForward()
        #expect(state.text == "Zet" && state.cursor == 2)
        state = state.movingHome().deletingBackward().inserting("ë")
        #expect(state.text == "ëZet" && state.cursor == 1)
        state = state.movingEnd().movingRight().deletingForward()
        #expect(state.text == "ëZet" && state.cursor == 4)
    }

    @Test("Keys map to edits; other keys are left to the caller")
    func keys() {
        let state = PromptState(text: "ab", cursor: 1)
        #expect(state.applying(.character("x"))?.text == "axb")
        #expect(state.applying(.backspace)?.text == "b")
        #expect(state.applying(.delete)?.text == "a")
        #expect(state.applying(.home)?.cursor == 0)
        #expect(state.applying(.control("e"))?.cursor == 2)
        #expect(state.applying(.control("u")) == PromptState())
        #expect(state.applying(.enter) == nil)
        #expect(state.applying(.escape) == nil)
    }
}
