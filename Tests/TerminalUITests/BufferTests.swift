import Testing
@testable import TerminalUI

@Suite("Buffer")
struct BufferTests {
    @Test("Euro sign, diaeresis and box drawing are one column wide")
    func narrowNonASCII() {
        #expect(DisplayWidth.of("€" as Character) == 1)
        #expect(DisplayWidth.of("ë" as Character) == 1)
        #expect(DisplayWidth.of("─" as Character) == 1)
        #expect(DisplayWidth.of("Zoë € 12,50") == 11)
    }

    @Test("CJK characters are two columns wide and take two cells")
    func wideCharacters() {
        #expect(DisplayWidth.of("日" as Character) == 2)
        var buffer = Buffer(width: 6, height: 1)
        let end = buffer.set(string: "日本a", at: Position(x: 0, y: 0))
        #expect(end == 5)
        #expect(buffer[0, 0].symbol == "日")
        #expect(buffer[1, 0].isContinuation)
        #expect(buffer[2, 0].symbol == "本")
        #expect(buffer[4, 0].symbol == "a")
        #expect(buffer.textLines == ["日本a "])
    }

    @Test("A wide character that does not fit at the right edge becomes a space")
    func wideAtEdge() {
        var buffer = Buffer(width: 3, height: 1)
        buffer.set(string: "ab日", at: Position(x: 0, y: 0))
        #expect(buffer.textLines == ["ab "])
        var clipped = Buffer(width: 6, height: 1)
        clipped.set(string: "x日日", at: Position(x: 0, y: 0), clippedTo: Rect(x: 0, y: 0, width: 4, height: 1))
        #expect(clipped.textLines == ["x日   "])
    }

    @Test("Text is clipped to the clip rectangle and the buffer")
    func clipping() {
        var buffer = Buffer(width: 10, height: 2)
        buffer.set(string: "Gemeente Utrecht", at: Position(x: 2, y: 0), clippedTo: Rect(x: 0, y: 0, width: 7, height: 1))
        buffer.set(string: "abc", at: Position(x: 8, y: 1))
        buffer.set(string: "left", at: Position(x: -2, y: 1))
        buffer.set(string: "nowhere", at: Position(x: 0, y: 5))
        #expect(buffer.textLines == ["  Gemee   ", "ft      ab"])
    }

    @Test("Combining marks join the preceding character")
    func combining() {
        var buffer = Buffer(width: 4, height: 1)
        let end = buffer.set(string: "e\u{301}x", at: Position(x: 0, y: 0))
        #expect(end == 2)
        #expect(buffer[0, 0].symbol == "e\u{301}")
        #expect(buffer[1, 0].symbol == "x")
    }

    @Test("Overwriting half of a wide character blanks the other half")
    func overwriteWide() {
        var buffer = Buffer(width: 4, height: 1)
        buffer.set(string: "日本", at: Position(x: 0, y: 0))
        buffer.set(string: "x", at: Position(x: 1, y: 0))
        #expect(buffer.textLines == [" x本"])
        #expect(!buffer[2, 0].isContinuation)
    }

    @Test("Changing one cell yields exactly one change")
    func diffOneCell() {
        var previous = Buffer(width: 20, height: 5)
        previous.set(string: "Jeugdzorg", at: Position(x: 1, y: 1))
        var next = previous
        next.set(string: "J", at: Position(x: 1, y: 1), style: .plain.bold)
        let changes = next.diff(from: previous)
        #expect(changes == [CellChange(x: 1, y: 1, cell: Cell(symbol: "J", width: 1, style: .plain.bold))])
        #expect(previous.diff(from: previous).isEmpty)
    }

    @Test("A different size counts as fully changed")
    func diffResize() {
        let small = Buffer(width: 2, height: 2)
        let large = Buffer(width: 3, height: 2)
        #expect(large.diff(from: small).count == 6)
    }

    @Test("Fill and style patching keep symbols and layer styles")
    func fillAndPatch() {
        var buffer = Buffer(width: 4, height: 2)
        buffer.fill(Rect(x: 0, y: 0, width: 4, height: 1), symbol: "─", style: .foreground(.muted))
        buffer.patchStyle(Rect(x: 1, y: 0, width: 2, height: 2), with: .background(.selection))
        #expect(buffer.textLines == ["────", "    "])
        #expect(buffer[1, 0].style == Style(foreground: .muted, background: .selection))
        #expect(buffer[1, 1].style == .background(.selection))
        #expect(buffer[0, 0].style == .foreground(.muted))
    }

    @Test("Truncation and fitting measure display width")
    func truncation() {
        #expect(DisplayWidth.truncate("Amsterdam", toWidth: 5) == "Amst…")
        #expect(DisplayWidth.truncate("日本語", toWidth: 4) == "日…")
        #expect(DisplayWidth.fit("€ 5", width: 5, alignment: .right) == "  € 5")
        #expect(DisplayWidth.fit("ab", width: 5, alignment: .center) == " ab  ")
    }
}
