import Foundation

/// `DemoData --scale K`: a delivery K times the size of an existing one, for benchmarks. Each
/// municipality's files are repeated K times; copy k > 0 gets new toewijzingnummers and client
/// pseudonyms (suffix `-S<k>`), so the copies are new youths with their own allocations and
/// claims rather than duplicates the loader would refuse. The bytes are rewritten field by
/// field, so every file keeps its municipality's style (delimiter, encoding, line ends, dates).
/// Only the newest delivery is written; reference files are copied as they are.
enum Scale {
    static func run(factor: Int, from source: String, to output: String) throws {
        let fm = FileManager.default
        let deliveries = source + "/leveringen"
        guard let month = try fm.contentsOfDirectory(atPath: deliveries).filter({ $0.count == 7 }).sorted().last else {
            throw ScaleError("no delivery folder in \(deliveries)")
        }
        try fm.createDirectory(atPath: output + "/leveringen/" + month, withIntermediateDirectories: true)
        let reference = output + "/referentie"
        if fm.fileExists(atPath: reference) { try fm.removeItem(atPath: reference) }
        try fm.copyItem(atPath: source + "/referentie", toPath: reference)
        for name in try fm.contentsOfDirectory(atPath: deliveries + "/" + month).sorted() where name.hasSuffix(".csv") {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: "\(deliveries)/\(month)/\(name)")))
            let scaled = try repeatRows(bytes, factor: factor, file: name)
            try Data(scaled).write(to: URL(fileURLWithPath: "\(output)/leveringen/\(month)/\(name)"))
        }
    }

    /// The header once, then every data line `factor` times; copy k > 0 with `-S<k>` after the
    /// toewijzingnummer and the client.
    static func repeatRows(_ bytes: [UInt8], factor: Int, file: String) throws -> [UInt8] {
        guard let headerEnd = bytes.firstIndex(of: lf) else { return bytes }
        let header = bytes[..<headerEnd]
        let delimiter = header.contains(UInt8(ascii: ";")) ? UInt8(ascii: ";") : UInt8(ascii: ",")
        let names = fieldRanges(header, delimiter: delimiter).map { range in
            String(decoding: header[range].filter { $0 != UInt8(ascii: "\"") && $0 != cr && $0 < 0x80 }, as: UTF8.self)
                .trimmingCharacters(in: .whitespaces).lowercased()
        }
        let renamed = Set(names.indices.filter { ["toewijzingnummer", "client"].contains(names[$0]) })
        guard !renamed.isEmpty else { throw ScaleError("\(file): no toewijzingnummer column") }
        let body = bytes[(headerEnd + 1)...]
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * factor + body.count / 8 * factor)
        out += bytes[...headerEnd]
        out += body
        if body.last != lf && !body.isEmpty { out.append(lf) }
        for k in 1..<max(1, factor) {
            let suffix = Array("-S\(k)".utf8)
            var lineStart = body.startIndex
            while lineStart < body.endIndex {
                let lineEnd = body[lineStart...].firstIndex(of: lf) ?? body.endIndex
                let line = body[lineStart..<lineEnd]
                var written = line.startIndex
                for (i, range) in fieldRanges(line, delimiter: delimiter).enumerated() where renamed.contains(i) && !range.isEmpty {
                    // Before a closing quote, so a quoted value stays quoted.
                    let at = line[range.upperBound - 1] == UInt8(ascii: "\"") ? range.upperBound - 1 : range.upperBound
                    out += line[written..<at]
                    out += suffix
                    written = at
                }
                out += line[written...]
                out.append(lf)
                lineStart = lineEnd + 1
            }
        }
        return out
    }

    /// The byte ranges of a line's fields (quotes included), without a trailing CR.
    static func fieldRanges(_ line: ArraySlice<UInt8>, delimiter: UInt8) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = line.startIndex, quoted = false
        var end = line.endIndex
        if end > start && line[end - 1] == cr { end -= 1 }
        var i = start
        while i < end {
            let b = line[i]
            if b == UInt8(ascii: "\"") { quoted.toggle() } else if b == delimiter && !quoted {
                ranges.append(start..<i)
                start = i + 1
            }
            i += 1
        }
        ranges.append(start..<end)
        return ranges
    }

    private static let lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
}

struct ScaleError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
