import CNcursesW

/// Turns what `get_wch` returns into `Event`s. Kept apart from the backend so the
/// mapping can be tested without a terminal.
enum KeyDecoding {
    /// A character returned by `get_wch` with `OK`.
    static func decode(character code: UInt32) -> Key? {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26:
            // Ctrl-A is 1 … Ctrl-Z is 26.
            return Unicode.Scalar(code + 96).map { .control(Character($0)) }
        case 0..<32: return nil
        default:
            return Unicode.Scalar(code).map { .character(Character($0)) }
        }
    }

    /// A function-key code returned by `get_wch` with `KEY_CODE_YES`.
    /// Resize and mouse codes are handled by the backend, which knows the new size.
    static func decode(keyCode code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        default:
            let first = jm_key_f(1)
            if code >= first, code <= jm_key_f(12) { return .function(Int(code - first) + 1) }
            return nil
        }
    }

    /// A mouse report from `getmouse`.
    static func decode(mouseState state: mmask_t, x: Int32, y: Int32) -> MouseEvent? {
        let x = Int(x), y = Int(y)
        if state & jm_mouse_wheel_up() != 0 { return .wheelUp(x: x, y: y) }
        let wheelDown = jm_mouse_wheel_down()
        if wheelDown != 0, state & wheelDown != 0 { return .wheelDown(x: x, y: y) }
        if state & (jm_mouse_button1_clicked() | jm_mouse_button1_pressed()) != 0 { return .click(x: x, y: y) }
        return nil
    }
}
