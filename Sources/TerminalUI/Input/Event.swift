/// A key press, independent of ncurses key codes.
public enum Key: Hashable, Sendable {
    /// A printable character, including space.
    case character(Character)
    /// Ctrl plus a letter, given in lower case: `.control("d")` for Ctrl-D.
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case tab
    /// Shift-Tab.
    case backTab
    case enter, escape, backspace, delete
    /// F1…F12 as `.function(1)`…`.function(12)`.
    case function(Int)
}

/// A mouse action at a screen position.
public enum MouseEvent: Hashable, Sendable {
    case click(x: Int, y: Int)
    case wheelUp(x: Int, y: Int)
    case wheelDown(x: Int, y: Int)
}

/// Something the user did.
public enum Event: Hashable, Sendable {
    case key(Key)
    /// The terminal now has this size; the next frame repaints fully.
    case resize(width: Int, height: Int)
    case mouse(MouseEvent)
}
