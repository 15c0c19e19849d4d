/// The text and cursor of a one-line input. Editing functions are pure.
public struct PromptState: Hashable, Sendable {
    public private(set) var text: String
    /// Cursor position in graphemes, 0...text.count.
    public private(set) var cursor: Int

    public init(text: String = "", cursor: Int? = nil) {
        self.text = text
        self.cursor = max(0, min(cursor ?? text.count, text.count))
    }

    public func inserting(_ character: Character) -> PromptState {
        var characters = Array(text)
        characters.insert(character, at: cursor)
        return PromptState(text: String(characters), cursor: cursor + 1)
    }

    /// Backspace: removes the grapheme before the cursor.
    public func deletingBackward() -> PromptState {
        guard cursor > 0 else { return self }
        var characters = Array(text)
        characters.remove(at: cursor - 1)
        return PromptState(text: String(characters), cursor: cursor - 1)
    }

    /// Delete: removes the grapheme under the cursor.
    public func deletingForward() -> PromptState {
        guard cursor < text.count else { return self }
        var characters = Array(text)
        characters.remove(at: cursor)
        return PromptState(text: String(characters), cursor: cursor)
    }

    public func movingLeft() -> PromptState { PromptState(text: text, cursor: max(0, cursor - 1)) }
    public func movingRight() -> PromptState { PromptState(text: text, cursor: min(text.count, cursor + 1)) }
    public func movingHome() -> PromptState { PromptState(text: text, cursor: 0) }
    public func movingEnd() -> PromptState { PromptState(text: text, cursor: text.count) }

    /// The state after an editing key, or nil when the key is not an editing key
    /// (Enter, Escape, arrows up/down …), so the caller can act on it.
    public func applying(_ key: Key) -> PromptState? {
        switch key {
        case .character(let character): inserting(character)
        case .backspace: deletingBackward()
        case .delete: deletingForward()
        case .left: movingLeft()
        case .right: movingRight()
        case .home, .control("a"): movingHome()
        case .end, .control("e"): movingEnd()
        case .control("u"): PromptState()
        default: nil
        }
    }
}

/// A one-line input such as the filter prompt `/ utrecht`. The cursor is drawn as a
/// reversed cell, so the hardware cursor can stay hidden. Long text scrolls to keep
/// the cursor in view.
public struct Prompt: Sendable {
    public var label: String
    public var state: PromptState

    public init(label: String, state: PromptState) {
        self.label = label
        self.state = state
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        buffer.fill(row)
        let textX = buffer.set(string: label, at: Position(x: row.x, y: row.y), style: .foreground(.accent).bold, clippedTo: row) + 1
        let room = row.maxX - textX - 1
        guard room > 0 else { return }
        let characters = Array(state.text)
        // Show the end of the text up to the cursor when it does not fit.
        var start = 0
        while DisplayWidth.of(String(characters[start..<state.cursor])) > room { start += 1 }
        var x = textX
        for index in start...characters.count {
            let isCursor = index == state.cursor
            let symbol = index < characters.count ? String(characters[index]) : " "
            let width = DisplayWidth.of(symbol)
            if x + width > row.maxX { break }
            x = buffer.set(string: symbol, at: Position(x: x, y: row.y), style: isCursor ? Style(attributes: .reverse) : .plain, clippedTo: row)
        }
    }
}
