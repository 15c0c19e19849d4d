import Foundation
import Testing

/// Starts the real `jeugdmonitor` binary in tmux, as a user would in a terminal: waits
/// for the 0-meting, checks a published figure, switches screens, opens help, resizes
/// to 80×24 and quits with exit status 0.
@Suite(.serialized) struct DashboardEndToEndTests {
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

        var screen = try waitFor(session, "Aantal jeugdigen in zorg per gemeente")
        #expect(screen.contains("2.635"), "Helmond 2023 is on the 0-meting screen")
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

    /// The debug binary `swift build` made; the test command builds it before testing.
    static func binary() throws -> URL {
        let url = root.appendingPathComponent(".build/debug/jeugdmonitor")
        guard FileManager.default.isExecutableFile(atPath: url.path) else {
            throw E2EError("no binary at \(url.path): run `swift build` first (scripts/test does)")
        }
        return url
    }

    /// Runs a tmux command on a server of our own (no other server's environment leaks in).
    /// Spawned directly: Foundation's Process can leave the short-lived tmux client unreaped
    /// on Linux and hang in waitUntilExit. Only `capture-pane` output is read, since a command
    /// that starts the server would hand it our pipe, which then never reaches end-of-file.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let argv = ["tmux", "-L", "jeugdmonitor-e2e-\(getpid())"] + arguments
        let reads = arguments.first == "capture-pane"
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
        var cArgs = argv.map { strdup($0) } + [nil]
        defer { for a in cArgs { free(a) } }
        var pid: pid_t = 0
        guard posix_spawnp(&pid, "tmux", &actions, nil, &cArgs, environ) == 0 else {
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

struct E2EError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
