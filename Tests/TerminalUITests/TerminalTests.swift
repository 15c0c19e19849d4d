import SnapshotSupport
import Testing
@testable import TerminalUI

@Suite("Terminal frames")
struct TerminalTests {
    @Test("Only changed cells reach the backend")
    func diffedFrames() throws {
        var terminal = Terminal(backend: MemoryBackend(width: 20, height: 3))
        let first = try terminal.draw { buffer in
            buffer.set(string: "Kosten € 12", at: Position(x: 0, y: 0))
        }
        #expect(first == 9) // the two spaces equal the blank screen
        let second = try terminal.draw { buffer in
            buffer.set(string: "Kosten € 13", at: Position(x: 0, y: 0))
        }
        #expect(second == 1)
        #expect(terminal.backend.lastDrawCount == 1)
        #expect(terminal.backend.textLines[0] == "Kosten € 13         ")
    }

    @Test("A resize repaints everything once")
    func resize() throws {
        var terminal = Terminal(backend: MemoryBackend(width: 10, height: 2))
        let render: (inout Buffer) -> Void = { buffer in
            buffer.fill(buffer.area, symbol: "x")
        }
        try terminal.draw(render)
        #expect(try terminal.draw(render) == 0)
        terminal.backend.resize(width: 12, height: 2)
        #expect(try terminal.draw(render) == 24)
        #expect(try terminal.draw(render) == 0)
        #expect(terminal.backend.textLines == ["xxxxxxxxxxxx", "xxxxxxxxxxxx"])
    }

    @Test("Below the minimum size a notice replaces the UI")
    func tooSmall() throws {
        var terminal = Terminal(backend: MemoryBackend(width: 30, height: 6), minimumSize: Size(width: 80, height: 24))
        try terminal.draw { buffer in buffer.set(string: "UI", at: Position(x: 0, y: 0)) }
        assertSnapshot(terminal.backend.textLines, named: "too-small")
        let message = TerminalError.windowTooSmall(minimum: Size(width: 80, height: 24), actual: Size(width: 30, height: 6)).message
        #expect(message.contains("80×24"))
        #expect(message == "Venster te klein: 30×6, minimaal 80×24 nodig. Maak het venster groter.")
    }

    @Test("Every terminal error explains itself in Dutch")
    func dutchMessages() {
        #expect(TerminalError.notATerminal.message.hasPrefix("Het dashboard heeft een interactieve terminal nodig"))
        #expect(TerminalError.unknownTerminal("vt999").message == "Terminaltype 'vt999' is op dit systeem onbekend. Probeer TERM=xterm-256color.")
        #expect(TerminalError.unknownTerminal(nil).message == "De omgevingsvariabele TERM is niet gezet. Probeer TERM=xterm-256color.")
        #expect(TerminalError.initialisationFailed(TerminalText.cannotOpenDevNull).description
                == "De terminal kon niet worden ingesteld: /dev/null kan niet worden geopend.")
    }

    @Test("Palette: NO_COLOR-style monochrome keeps focus visible with attributes")
    func palette() {
        let mono = Palette(depth: .monochrome)
        #expect(mono.resolve(.background(.selection)).attributes.contains(.reverse))
        #expect(mono.resolve(.background(.cursorColumn)).attributes.contains(.underline))
        #expect(mono.resolve(.foreground(.negative)) == ResolvedStyle(foreground: -1, background: -1, attributes: .bold))
        let eight = Palette(depth: .colors8)
        #expect(eight.resolve(.plain) == ResolvedStyle(foreground: -1, background: -1, attributes: []))
        #expect(eight.resolve(.background(.selection)) == ResolvedStyle(foreground: 7, background: 4, attributes: []))
        #expect(eight.resolve(.foreground(.muted)).attributes.contains(.dim))
        let full = Palette(depth: .colors256)
        #expect(full.resolve(.foreground(.positive)).foreground != full.resolve(.foreground(.negative)).foreground)
        #expect(full.resolve(.foreground(.chart(7))) == full.resolve(.foreground(.chart(0))))
    }
}
