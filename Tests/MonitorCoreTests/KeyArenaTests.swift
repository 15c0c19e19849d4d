import Testing
@testable import MonitorCore

/// The interning table behind toewijzingnummers and pseudonyms hashes and compares eight
/// bytes at a time: keys of every length up to a few words, and keys that differ in one
/// byte anywhere (the last bytes of a word, the tail after the last whole word), stay apart.
@Suite struct KeyArenaTests {
    /// Keys of length 0 to 40, and for each every variant with one byte changed.
    static let keys: [[UInt8]] = {
        var keys: [[UInt8]] = []
        for length in 0...40 {
            let key = (0..<length).map { UInt8(ascii: "A") + UInt8($0 % 26) }
            keys.append(key)
            for position in 0..<length {
                var changed = key
                changed[position] = UInt8(ascii: "0") + UInt8(position % 10)
                keys.append(changed)
            }
        }
        return keys
    }()

    @Test func keysAreDenseInFirstSeenOrderAndFoundAgain() {
        var arena = KeyArena()
        for (i, key) in Self.keys.enumerated() {
            let (k, inserted) = arena.insert(key[...])
            #expect(inserted && k == Int32(i), "\(key)")
        }
        #expect(arena.count == Self.keys.count)
        for (i, key) in Self.keys.enumerated() {
            let again = arena.insert(key[...])
            #expect(again.key == Int32(i) && !again.inserted)
            #expect(arena.find(key[...]) == Int32(i))
            #expect(Array(arena.bytes(Int32(i))) == key)
        }
        #expect(arena.find(Array("never inserted".utf8)[...]) == nil)
    }

    /// The batch lookup of the fast lane answers as one lookup at a time, for known keys,
    /// unknown ones (a byte appended) and keys in the middle of a larger buffer.
    @Test func batchLookupAnswersAsSingleLookups() {
        var arena = KeyArena(expectedCount: 8)
        for key in Self.keys where key.count % 3 != 1 { _ = arena.insert(key[...]) }
        let text = Self.keys.flatMap { $0 + [UInt8(ascii: ";")] } + Self.keys.flatMap { $0 + [UInt8(ascii: "x"), UInt8(ascii: ";")] }
        text.withUnsafeBufferPointer { buffer in
            var fields: [UnsafeBufferPointer<UInt8>] = [], start = 0
            for (i, b) in buffer.enumerated() where b == UInt8(ascii: ";") {
                fields.append(UnsafeBufferPointer(rebasing: buffer[start..<i]))
                start = i + 1
            }
            var keys = [Int32](repeating: 0, count: 32), scratch = [Int](repeating: 0, count: 64)
            for group in stride(from: 0, to: fields.count, by: 32) {
                let batch = Array(fields[group..<min(group + 32, fields.count)])
                arena.find(batch, into: &keys, scratch: &scratch)
                for (j, field) in batch.enumerated() {
                    #expect(keys[j] == arena.find(field) ?? -1, "\(Array(field))")
                }
            }
        }
    }
}
