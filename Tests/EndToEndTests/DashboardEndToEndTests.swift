import Foundation
import Testing

/// Starts the real `jeugdmonitor` binary in tmux, as a user would in a terminal: waits
/// for the 0-meting, checks a published figure, switches screens, opens help, resizes
/// to 80×24 and quits with exit status 0.
@Suite(.serialized) struct DashboardEndToEndTests {
    /// A tmux server of this test's own (Swift Testing makes a suite value per test): a new
    /// session never races with the previous test's server shutting down on a shared socket.
    let socket = "jeugdmonitor-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"

    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func browseTheDashboardInARealTerminal() throws {
        let binary = try Self.binary()
        let session = "jm-e2e-\(getpid())"
        let exitFile = FileManager.default.temporaryDirectory.appendingPathComponent("\(session).exit")
        try? FileManager.default.removeItem(at: exitFile)
        let command = "'\(binary.path)'; echo $? > '\(exitFile.path)'"
        try tmux(["new-session", "-d", "-s", session, "-x", "120", "-y", "40", "-e", "LANG=C.UTF-8", "-e", "TERM=xterm-256color",
                  "-e", "XDG_STATE_HOME=\(NSTemporaryDirectory())jeugdmonitor-e2e-\(session)", command])
        defer { _ = try? tmux(["kill-server"]) }

        // The tab's heading shows above the load's progress already: wait for a figure, Helmond
        // in 2023 (on a busy machine the 0-meting can take a second or two to appear).
        var screen = try waitFor(session, "Aantal jeugdigen in zorg per gemeente") { $0.contains("2.635") }
        #expect(screen.contains("DEMO-DATA"))

        try tmux(["send-keys", "-t", session, "2"])
        screen = try waitFor(session, "Zorgkosten Jeugdwet uit de jaarrekeningen")
        try tmux(["send-keys", "-t", session, "4"])
        screen = try waitFor(session, "Ambities 2028 en hun 0-meting")

        try tmux(["send-keys", "-t", session, "?"])
        screen = try waitFor(session, "Toetsen — Ambities 2028")
        try tmux(["send-keys", "-t", session, "q"])
        screen = try waitFor(session, "Ambities 2028 en hun 0-meting") { !$0.contains("Toetsen —") }

        try tmux(["resize-window", "-t", session, "-x", "80", "-y", "24"])
        try tmux(["send-keys", "-t", session, "1"])
        screen = try waitFor(session, "Tabel 1 van 3") { $0.split(separator: "\n").count <= 24 }
        #expect(screen.split(separator: "\n").allSatisfy { $0.count <= 80 })

        try tmux(["send-keys", "-t", session, "q"])
        let status = try waitForFile(exitFile)
        #expect(status == "0")
    }

    /// A signal must not leave the terminal on the alternate screen with the cursor hidden
    /// and mouse reporting on: SIGHUP restores it as Ctrl-C does and exits with 129.
    @Test func hangUpSignalRestoresTheTerminal() throws {
        let run = try DashboardRun(self, name: "hup")
        defer { run.end() }
        try run.start()
        #expect(try run.paneModes() == PaneModes(alternateScreen: true, cursorVisible: false, mouseReporting: true),
                "the dashboard took over the terminal")

        let pid = try run.dashboardPID()
        kill(pid, SIGHUP)
        #expect(try waitForFile(run.exitFile) == "129")
        let modes = try run.waitForPaneModes { !$0.alternateScreen }
        #expect(modes == PaneModes(alternateScreen: false, cursorVisible: true, mouseReporting: false))
    }

    /// A terminal that goes away without a SIGHUP reaching the dashboard (here it is
    /// ignored, as under nohup) makes every read fail at once: the dashboard must end with
    /// 129 instead of spinning.
    @Test func closedTerminalEndsTheDashboard() throws {
        let run = try DashboardRun(self, name: "eof")
        defer { run.end() }
        // The shell ignores SIGHUP too, so it outlives the pane and records the exit status.
        try run.start(prefix: "trap '' HUP;")
        try tmux(["kill-session", "-t", run.session])
        #expect(try waitForFile(run.exitFile) == "129")
    }

    /// The binary `swift build` made: next to this test bundle (any scratch path), else `.build/debug`.
    static func binary() throws -> URL {
        var candidates: [URL] = []
        if let tests = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            candidates.append(tests.deletingLastPathComponent().appendingPathComponent("jeugdmonitor"))
        }
        candidates.append(root.appendingPathComponent(".build/debug/jeugdmonitor"))
        guard let url = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw E2EError("no binary at \(candidates.last!.path): run `swift build` first (scripts/test does)")
        }
        return url
    }

    /// Runs a tmux command on a server of our own (no other server's environment leaks in).
    /// Spawned directly: Foundation's Process can leave the short-lived tmux client unreaped
    /// on Linux and hang in waitUntilExit. Only `capture-pane` and `display-message` output is read, since a command
    /// that starts the server would hand it our pipe, which then never reaches end-of-file.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let argv = ["tmux", "-L", socket] + arguments
        let reads = arguments.first == "capture-pane" || arguments.first == "display-message"
        var fds: [Int32] = [-1, -1]
        if reads { guard pipe(&fds) == 0 else { throw E2EError("pipe failed") } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        if reads {
            posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
            posix_spawn_file_actions_addclose(&actions, fds[0])
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        // The test runner blocks signals such as SIGHUP in its threads, and a child inherits
        // that mask: start tmux, and so the dashboard, with the clean slate a shell gives.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var cArgs = argv.map { strdup($0) } + [nil]
        defer { for a in cArgs { free(a) } }
        var pid: pid_t = 0
        guard posix_spawnp(&pid, "tmux", &actions, &attributes, &cArgs, environ) == 0 else {
            throw E2EError("could not start tmux; is it installed?")
        }
        var output = Data()
        if reads {
            close(fds[1])
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = read(fds[0], &buffer, buffer.count)
                if n <= 0 { break }
                output.append(contentsOf: buffer[0..<n])
            }
            close(fds[0])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        guard status == 0 else { throw E2EError("tmux \(arguments.first ?? "") failed (status \(status))") }
        return String(decoding: output, as: UTF8.self)
    }

    /// Polls the pane until `text` is on it (and `also` holds), for at most 30 seconds.
    func waitFor(_ session: String, _ text: String, also: (String) -> Bool = { _ in true }) throws -> String {
        let deadline = Date().addingTimeInterval(30)
        var last = ""
        while Date() < deadline {
            last = try tmux(["capture-pane", "-p", "-t", session])
            if last.contains(text) && also(last) { return last }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw E2EError("timed out waiting for \"\(text)\"; screen was:\n\(last)")
    }

    func waitForFile(_ url: URL) throws -> String {
        let deadline = Date().addingTimeInterval(15)
        while Date() < deadline {
            if let s = try? String(contentsOf: url, encoding: .utf8), !s.isEmpty {
                return s.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw E2EError("the dashboard did not exit")
    }
}

/// What a tmux pane reports about the terminal modes the program in it left set.
struct PaneModes: Equatable, CustomStringConvertible {
    var alternateScreen: Bool
    var cursorVisible: Bool
    var mouseReporting: Bool

    var description: String { "alternate screen \(alternateScreen), cursor \(cursorVisible), mouse \(mouseReporting)" }
}

/// One dashboard in its own tmux session, started through a shell that records its
/// process id (to signal it) and its exit status. The pane stays after the dashboard
/// exits, so the modes it left the terminal in can be read.
struct DashboardRun {
    let test: DashboardEndToEndTests
    let session: String
    let binary: URL
    let pidFile: URL
    let exitFile: URL

    init(_ test: DashboardEndToEndTests, name: String) throws {
        self.test = test
        binary = try DashboardEndToEndTests.binary()
        session = "jm-e2e-\(name)-\(getpid())"
        pidFile = FileManager.default.temporaryDirectory.appendingPathComponent("\(session).pid")
        exitFile = FileManager.default.temporaryDirectory.appendingPathComponent("\(session).exit")
        for file in [pidFile, exitFile] { try? FileManager.default.removeItem(at: file) }
    }

    /// Starts the dashboard after the shell code `prefix` and waits for its first screen.
    /// Afterwards `cat` keeps the pane open without touching its modes (tmux's remain-on-exit
    /// would hide the cursor of a dead pane) and ends by itself once the terminal is gone.
    func start(prefix: String = "") throws {
        let command = "\(prefix) sh -c 'echo $$ > \"$1\"; exec \"$2\"' sh '\(pidFile.path)' '\(binary.path)';"
            + " echo $? > '\(exitFile.path)'; exec cat > /dev/null"
        try test.tmux(["new-session", "-d", "-s", session, "-x", "120", "-y", "40", "-e", "LANG=C.UTF-8", "-e", "TERM=xterm-256color",
                       "-e", "XDG_STATE_HOME=\(NSTemporaryDirectory())jeugdmonitor-e2e-\(session)", command])
        _ = try test.waitFor(session, "Aantal jeugdigen in zorg per gemeente")
    }

    func dashboardPID() throws -> pid_t {
        let text = try String(contentsOf: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let pid = pid_t(text), pid > 0 else { throw E2EError("no process id in \(pidFile.path)") }
        return pid
    }

    func paneModes() throws -> PaneModes {
        let flags = try test.tmux(["display-message", "-p", "-t", session, "#{alternate_on} #{cursor_flag} #{mouse_any_flag}"])
            .split(whereSeparator: \.isWhitespace)
        guard flags.count == 3 else { throw E2EError("tmux reported no pane modes: \(flags)") }
        return PaneModes(alternateScreen: flags[0] == "1", cursorVisible: flags[1] == "1", mouseReporting: flags[2] == "1")
    }

    /// Polls until tmux has read what the dashboard wrote on its way out (at most 10 seconds).
    func waitForPaneModes(until done: (PaneModes) -> Bool) throws -> PaneModes {
        let deadline = Date().addingTimeInterval(10)
        var modes = try paneModes()
        while !done(modes), Date() < deadline {
            Thread.sleep(forTimeInterval: 0.1)
            modes = try paneModes()
        }
        return modes
    }

    /// Stops the dashboard, should a failed test have left it running, and then tmux.
    func end() {
        if let pid = try? dashboardPID(), kill(pid, 0) == 0 { kill(pid, SIGKILL) }
        _ = try? test.tmux(["kill-server"])
    }
}

struct E2EError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
