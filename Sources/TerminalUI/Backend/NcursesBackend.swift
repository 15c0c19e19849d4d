import CNcursesW

/// The terminal backend: the only code in the app that calls ncurses.
///
/// Create it once, draw frames through `Terminal`, read input with `readEvent`,
/// and call `stop()` before printing anything else. The terminal is also restored
/// when the process ends on a signal: SIGHUP, SIGINT, SIGQUIT, SIGTERM (exit status
/// 129, 130, 131, 143), and when the terminal hangs up without a SIGHUP reaching the
/// process (`readEvent` then ends it with status 129, as SIGHUP would).
public final class NcursesBackend: Backend {
    /// Start-up choices.
    public struct Options: Sendable {
        /// Report clicks and wheel scrolling as `Event.mouse`.
        public var mouse: Bool
        /// Force a colour depth instead of detecting it (nil: detect, honouring `NO_COLOR`).
        public var colorDepth: ColorDepth?

        public init(mouse: Bool = false, colorDepth: ColorDepth? = nil) {
            self.mouse = mouse
            self.colorDepth = colorDepth
        }
    }

    /// The palette in use, decided at start-up.
    public let colorDepth: ColorDepth
    private let screen: OpaquePointer
    private let palette: Palette
    /// Colour pairs allocated so far; ncurses needs one pair per foreground/background combination.
    private var pairs: [PairKey: Int16] = [:]
    private var isStopped = false
    /// Files opened for a headless screen, closed on `stop()`.
    private let ownedFiles: [UnsafeMutablePointer<FILE>]
    /// Attached to the process's own terminal (not a headless test screen).
    private let isInteractive: Bool

    private struct PairKey: Hashable {
        var foreground: Int16
        var background: Int16
    }

    /// Takes over the controlling terminal.
    /// - Throws: `TerminalError.notATerminal` when stdin or stdout is redirected,
    ///   `.unknownTerminal` when `TERM` is unset or has no terminfo entry.
    public convenience init(options: Options = Options()) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
        _ = UTF8Locale.install()
        let termName = getenv("TERM").map { String(cString: $0) }
        guard let termName, !termName.isEmpty else { throw TerminalError.unknownTerminal(nil) }
        // newterm, unlike initscr, returns NULL for an unknown terminal instead of exiting.
        guard let screen = newterm(termName, jm_stdout(), jm_stdin()) else {
            throw TerminalError.unknownTerminal(termName)
        }
        self.init(screen: screen, options: options, ownedFiles: [], interactive: true)
    }

    /// A screen that writes to and reads from `/dev/null`, sized with `resizeterm`:
    /// lets tests exercise the real drawing code without a terminal.
    init(headlessWidth width: Int, height: Int, terminalType: String = "xterm-256color", colorDepth: ColorDepth? = nil) throws {
        _ = UTF8Locale.install()
        guard let output = fopen("/dev/null", "w"), let input = fopen("/dev/null", "r") else {
            throw TerminalError.initialisationFailed(TerminalText.cannotOpenDevNull)
        }
        guard let screen = newterm(terminalType, output, input) else {
            fclose(output)
            fclose(input)
            throw TerminalError.unknownTerminal(terminalType)
        }
        self.screen = screen
        self.ownedFiles = [output, input]
        self.isInteractive = false
        self.colorDepth = Self.setUp(options: Options(colorDepth: colorDepth), interactive: false)
        self.palette = Palette(depth: self.colorDepth)
        _ = resizeterm(Int32(height), Int32(width))
    }

    private init(screen: OpaquePointer, options: Options, ownedFiles: [UnsafeMutablePointer<FILE>], interactive: Bool) {
        self.screen = screen
        self.ownedFiles = ownedFiles
        self.isInteractive = interactive
        self.colorDepth = Self.setUp(options: options, interactive: interactive)
        self.palette = Palette(depth: self.colorDepth)
    }

    /// Input modes, colours and signal handlers for the screen `newterm` just made current.
    private static func setUp(options: Options, interactive: Bool) -> ColorDepth {
        _ = cbreak()
        _ = noecho()
        _ = nonl()
        _ = keypad(jm_stdscr(), true)
        _ = leaveok(jm_stdscr(), true)
        // Without this Esc waits a full second for a possible escape sequence.
        _ = set_escdelay(25)
        _ = curs_set(0)
        if options.mouse {
            _ = mousemask(jm_mouse_button1_pressed() | jm_mouse_button1_clicked() | jm_mouse_wheel_up() | jm_mouse_wheel_down(), nil)
            // Report presses immediately rather than waiting to tell clicks from double-clicks.
            _ = mouseinterval(0)
        }
        if interactive { jm_install_restore_handlers() }
        let depth = options.colorDepth ?? detectColorDepth()
        if depth != .monochrome {
            _ = start_color()
            // Colour -1 is the terminal's own background, dark or light.
            _ = use_default_colors()
        }
        return depth
    }

    /// 256 colours when available, 8 otherwise; none when `NO_COLOR` is set (non-empty)
    /// or the terminal has no colour, as ncurses does not read `NO_COLOR` itself.
    private static func detectColorDepth() -> ColorDepth {
        if let noColor = getenv("NO_COLOR"), noColor.pointee != 0 { return .monochrome }
        guard has_colors() else { return .monochrome }
        _ = start_color()
        return jm_colors() >= 256 ? .colors256 : .colors8
    }

    deinit { stop() }

    /// Gives the terminal back (endwin). Safe to call more than once.
    public func stop() {
        guard !isStopped else { return }
        isStopped = true
        _ = curs_set(1)
        _ = endwin()
        jm_remove_restore_handlers()
        delscreen(screen)
        for file in ownedFiles { fclose(file) }
    }

    public var size: Size { Size(width: Int(jm_cols()), height: Int(jm_lines())) }

    public func draw(_ changes: [CellChange]) {
        guard !isStopped else { return }
        var character = cchar_t()
        for change in changes where !change.cell.isContinuation {
            let resolved = palette.resolve(change.cell.style)
            // cchar_t holds at most CCHARW_MAX - 1 code points plus a terminating zero.
            var wide = change.cell.symbol.unicodeScalars.prefix(4).map { wchar_t(bitPattern: $0.value) }
            if wide.isEmpty { wide = [wchar_t(32)] }
            wide.append(0)
            _ = setcchar(&character, wide, attributes(resolved.attributes), pair(for: resolved), nil)
            // Writing the bottom-right cell reports ERR because the cursor cannot advance; the cell is drawn anyway.
            _ = mvwadd_wch(jm_stdscr(), Int32(change.y), Int32(change.x), &character)
        }
    }

    // After stop() the screen is freed, so every call below checks isStopped first.

    public func flush() {
        guard !isStopped else { return }
        _ = wrefresh(jm_stdscr())
    }

    public func clear() {
        guard !isStopped else { return }
        _ = wclear(jm_stdscr())
    }

    public func hideCursor() {
        guard !isStopped else { return }
        _ = curs_set(0)
    }

    public func showCursor() {
        guard !isStopped else { return }
        _ = curs_set(1)
    }

    /// Waits for the next key, mouse action or resize.
    /// - Parameter timeoutMilliseconds: nil waits indefinitely; 0 polls.
    /// - Returns: nil when the timeout passed or the input was not understood.
    public func readEvent(timeoutMilliseconds: Int? = nil) -> Event? {
        guard !isStopped else { return nil }
        wtimeout(jm_stdscr(), Int32(clamping: timeoutMilliseconds ?? -1))
        var code: wint_t = 0
        let status = wget_wch(jm_stdscr(), &code)
        switch status {
        case KEY_CODE_YES:
            let keyCode = Int32(bitPattern: code)
            if keyCode == KEY_RESIZE { return .resize(width: Int(jm_cols()), height: Int(jm_lines())) }
            if keyCode == ERR { return resizeIfNeeded() }
            if keyCode == KEY_MOUSE { return readMouse() }
            return KeyDecoding.decode(keyCode: keyCode).map(Event.key)
        case OK:
            return KeyDecoding.decode(character: UInt32(code)).map(Event.key)
        default:
            // No key: a timeout, or a terminal that hung up and will never send one.
            // Nobody is left to press q, and waiting again would spin, so end as SIGHUP does.
            if isInteractive, jm_input_hung_up(STDIN_FILENO) { jm_restore_terminal_and_exit(SIGHUP) }
            // A SIGWINCH that arrived while get_wch was blocked is only seen by
            // ncurses at the next key, so ask the terminal for its size ourselves.
            return resizeIfNeeded()
        }
    }

    /// A resize event when the terminal's real size differs from what ncurses thinks.
    private func resizeIfNeeded() -> Event? {
        guard isInteractive else { return nil }
        var rows: Int32 = 0, columns: Int32 = 0
        guard jm_terminal_size(&rows, &columns) == 0, rows > 0, columns > 0 else { return nil }
        guard rows != jm_lines() || columns != jm_cols() else { return nil }
        _ = resizeterm(rows, columns)
        return .resize(width: Int(columns), height: Int(rows))
    }

    private func readMouse() -> Event? {
        var report = MEVENT()
        guard getmouse(&report) == OK else { return nil }
        return KeyDecoding.decode(mouseState: report.bstate, x: report.x, y: report.y).map(Event.mouse)
    }

    /// Text currently on one screen row, read back from ncurses (used by tests).
    func screenText(row: Int) -> String {
        guard !isStopped else { return "" }
        let width = Int(jm_cols())
        var wide = [wchar_t](repeating: 0, count: width + 1)
        let count = mvwinnwstr(jm_stdscr(), Int32(row), 0, &wide, Int32(width))
        guard count > 0 else { return "" }
        let scalars = wide.prefix(Int(count)).compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }
        return String(String.UnicodeScalarView(scalars))
    }

    private func attributes(_ attributes: TextAttributes) -> attr_t {
        var result = jm_attr_normal()
        if attributes.contains(.bold) { result |= jm_attr_bold() }
        if attributes.contains(.dim) { result |= jm_attr_dim() }
        if attributes.contains(.reverse) { result |= jm_attr_reverse() }
        if attributes.contains(.underline) { result |= jm_attr_underline() }
        return result
    }

    /// The colour pair for a resolved style, created on first use. Falls back to the
    /// default pair when the terminal refuses the colours or runs out of pairs.
    private func pair(for resolved: ResolvedStyle) -> Int16 {
        guard colorDepth != .monochrome else { return 0 }
        let key = PairKey(foreground: resolved.foreground, background: resolved.background)
        if key.foreground == -1, key.background == -1 { return 0 }
        if let existing = pairs[key] { return existing }
        let number = pairs.count + 1
        guard number < Int(jm_color_pairs()), number <= Int(Int16.max),
              init_pair(Int16(number), key.foreground, key.background) == OK
        else { return 0 }
        pairs[key] = Int16(number)
        return Int16(number)
    }
}
