import Foundation
import MonitorCore

/// The delivery the user saw last, in the user's state directory (XDG), so that a newer one
/// opens on Leveringen. Only this small file is written; the data folder never is.
enum DeliveryMemory {
    static var file: URL {
        let env = ProcessInfo.processInfo.environment
        let base = env["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? URL(fileURLWithPath: env["HOME"] ?? NSTemporaryDirectory()).appendingPathComponent(".local/state")
        return base.appendingPathComponent("jeugdmonitor/laatst-gezien")
    }

    /// Per data folder: the last delivery month seen there.
    static func lastSeen(in directory: String) -> Month? {
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return nil }
        return text.split(separator: "\n").compactMap { line -> Month? in
            let parts = line.split(separator: "\t", maxSplits: 1)
            return parts.count == 2 && parts[1] == directory ? Month(String(parts[0])) : nil
        }.last
    }

    /// Remembers a delivery as seen; a failure to write only costs the hint next time.
    static func remember(_ month: Month, in directory: String) {
        let others = ((try? String(contentsOf: file, encoding: .utf8)) ?? "").split(separator: "\n").filter { !$0.hasSuffix("\t" + directory) }
        let text = (others.map(String.init) + ["\(month)\t\(directory)"]).joined(separator: "\n") + "\n"
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(text.utf8).write(to: file, options: .atomic)
    }
}
