import Testing
@testable import TerminalUI

/// Contract §7.11 on screen: whatever a screen writes (a municipality name, a file name in
/// the status line), no cell holds a character the terminal would obey.
@Suite("Buffer safety")
struct BufferSafetyTests {
    /// An OSC title change, a screen clear, a newline, a tab, DEL and a C1 CSI.
    static let hostile = "Gem\u{1B}]0;titel\u{07}een\u{1B}[2J\nnaam\u{7F}x\u{9B}31m\ty\r\n"

    static func hasControl(_ buffer: Buffer) -> Bool {
        buffer.cells.contains { $0.symbol.unicodeScalars.contains { $0.properties.generalCategory == .control } }
    }

    @Test("Control characters in a string become � and a tab a space")
    func setString() {
        var buffer = Buffer(width: 40, height: 1)
        let end = buffer.set(string: Self.hostile, at: Position(x: 0, y: 0))
        #expect(!Self.hasControl(buffer))
        // Replaced one scalar at a time: CR LF, one grapheme, takes two cells as two `�`.
        #expect(buffer.textLines == ["Gem�]0;titel�een�[2J�naam�x�31m y��     "])
        #expect(end == 35)
    }

    @Test("Clipped and offset text stays free of controls too")
    func clipped() {
        var buffer = Buffer(width: 12, height: 2)
        buffer.set(string: Self.hostile, at: Position(x: -3, y: 1), clippedTo: Rect(x: 2, y: 0, width: 8, height: 2))
        #expect(!Self.hasControl(buffer))
        #expect(buffer.textLines[1] == "  0;titel�  ")
    }

    @Test("A cell placed directly or a fill cannot carry a control either")
    func cellsAndFills() {
        var buffer = Buffer(width: 4, height: 2)
        buffer.setCell(Cell(symbol: "\u{1B}[2J", width: 1), x: 0, y: 0)
        buffer.setCell(Cell(symbol: "\u{9B}", width: 1), x: 1, y: 0)
        buffer.fill(Rect(x: 0, y: 1, width: 4, height: 1), symbol: "\u{07}")
        #expect(!Self.hasControl(buffer))
        #expect(buffer[0, 0].symbol == "�[2J")
        #expect(buffer[1, 0].symbol == "�")
        #expect(buffer.textLines[1] == "����")
    }
}
