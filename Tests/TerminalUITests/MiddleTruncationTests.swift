import Testing
@testable import TerminalUI

/// Paths and messages shortened in the middle keep their end (the file name, the cause).
@Suite struct MiddleTruncationTests {
    static let path = "/home/gebruiker/documenten/jeugdzorg/map/kosten.csv"

    @Test func textThatFitsIsLeftAlone() {
        #expect(DisplayWidth.truncateMiddle("kosten.csv", toWidth: 10) == "kosten.csv")
    }

    @Test func aPathLosesWholeFoldersFromItsMiddle() {
        #expect(DisplayWidth.truncateMiddle(Self.path, toWidth: 22, preferringBreaksAt: "/") == "/home/…/map/kosten.csv")
    }

    @Test(arguments: 11...52)
    func theFileNameIsNeverCut(width: Int) {
        let cut = DisplayWidth.truncateMiddle(Self.path, toWidth: width, preferringBreaksAt: "/")
        #expect(cut.hasSuffix(width == 11 ? "…kosten.csv" : "/kosten.csv"))
        #expect(DisplayWidth.of(cut) <= width)
    }

    @Test func wideCharactersCountAsTwoColumns() {
        let text = String(repeating: "数据", count: 6)
        #expect(DisplayWidth.truncateMiddle(text, toWidth: 9) == "数据…数据")
        #expect(DisplayWidth.truncateMiddle(text, toWidth: 10) == "数据…数据")
        #expect(DisplayWidth.truncateMiddle("é" + text, toWidth: 10) == "é数…据数据")
    }

    @Test func tooNarrowForMoreThanTheEllipsis() {
        #expect(DisplayWidth.truncateMiddle(Self.path, toWidth: 1) == "…")
        #expect(DisplayWidth.truncateMiddle(Self.path, toWidth: 0) == "")
    }

    @Test func theStatusBarShowsTheFileNameOfALongPath() {
        let bar = StatusBar(message: "Geëxporteerd: " + Self.path, hints: [KeyHint("?", "hulp"), KeyHint("q", "stop")])
        var buffer = Buffer(width: 50, height: 1)
        bar.render(into: &buffer, area: buffer.area)
        #expect(buffer.textLines[0].hasPrefix("Geëxporteerd: /…/map/kosten.csv"))
        #expect(buffer.textLines[0].hasSuffix("? hulp  q stop"))
    }
}
