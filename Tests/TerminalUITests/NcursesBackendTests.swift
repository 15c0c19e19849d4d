import Testing
@testable import TerminalUI
import CNcursesW

@Suite("ncurses")
struct NcursesInputTests {
    @Test("Characters and control keys decode without ncurses running")
    func characters() {
        #expect(KeyDecoding.decode(character: 0x71) == .character("q"))
        #expect(KeyDecoding.decode(character: 0x20AC) == .character("€"))
        #expect(KeyDecoding.decode(character: 4) == .control("d"))
        #expect(KeyDecoding.decode(character: 21) == .control("u"))
        #expect(KeyDecoding.decode(character: 9) == .tab)
        #expect(KeyDecoding.decode(character: 13) == .enter)
        #expect(KeyDecoding.decode(character: 27) == .escape)
        #expect(KeyDecoding.decode(character: 127) == .backspace)
        #expect(KeyDecoding.decode(character: 0) == nil)
    }

    @Test("Function-key codes decode to keys")
    func keyCodes() {
        #expect(KeyDecoding.decode(keyCode: KEY_UP) == .up)
        #expect(KeyDecoding.decode(keyCode: KEY_NPAGE) == .pageDown)
        #expect(KeyDecoding.decode(keyCode: KEY_BTAB) == .backTab)
        #expect(KeyDecoding.decode(keyCode: KEY_DC) == .delete)
        #expect(KeyDecoding.decode(keyCode: jm_key_f(1)) == .function(1))
        #expect(KeyDecoding.decode(keyCode: jm_key_f(12)) == .function(12))
        #expect(KeyDecoding.decode(mouseState: jm_mouse_wheel_up(), x: 3, y: 4) == .wheelUp(x: 3, y: 4))
        #expect(KeyDecoding.decode(mouseState: jm_mouse_button1_pressed(), x: 1, y: 2) == .click(x: 1, y: 2))
    }

    @Test("Headless screen: draw a frame and read it back from ncurses")
    func headless() throws {
        let backend: NcursesBackend
        do {
            backend = try NcursesBackend(headlessWidth: 40, height: 6)
        } catch {
            // No terminfo entry for xterm-256color on this machine: nothing to exercise.
            return
        }
        defer { backend.stop() }
        #expect(backend.size == Size(width: 40, height: 6))
        var terminal = Terminal(backend: backend)
        try terminal.draw { buffer in
            buffer.set(string: "Gemeente   Kosten", at: Position(x: 0, y: 0), style: .foreground(.header).bold)
            buffer.set(string: "Súdwest    € 41,9", at: Position(x: 0, y: 1), style: .background(.selection))
            buffer.set(string: "日本 ─", at: Position(x: 0, y: 2))
        }
        #expect(backend.screenText(row: 0).hasPrefix("Gemeente   Kosten"))
        #expect(backend.screenText(row: 1).hasPrefix("Súdwest    € 41,9"))
        #expect(backend.screenText(row: 2).hasPrefix("日本 ─"))
    }
}
