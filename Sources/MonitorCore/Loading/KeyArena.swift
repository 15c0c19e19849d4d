/// Byte strings (toewijzingnummers, client pseudonyms, codes) interned to dense `Int32` keys in
/// first-seen order, stored end to end in one buffer: a million keys cost two allocations, not
/// a million Strings, and a lookup hashes the field's bytes where they lie in the file.
struct KeyArena: Sendable {
    private var storage: [UInt8] = []
    /// End offset in `storage` of each key; key k spans `ends[k-1]..<ends[k]`.
    private var ends: [Int32] = []
    /// Open addressing: key + 1 per slot, 0 = empty. Capacity a power of two, at most half full.
    private var slots: [Int32] = Array(repeating: 0, count: 16)

    init(expectedCount: Int = 0) {
        let wanted = max(16, expectedCount * 2)
        var capacity = 16
        while capacity < wanted { capacity <<= 1 }
        slots = Array(repeating: 0, count: capacity)
        ends.reserveCapacity(expectedCount)
    }

    init(_ keys: some Sequence<String>) {
        self.init()
        for key in keys { _ = insert(Array(key.utf8)[...]) }
    }

    var count: Int { ends.count }

    /// The key of these bytes, adding them when new.
    @inline(__always)
    mutating func insert(_ bytes: ArraySlice<UInt8>) -> (key: Int32, inserted: Bool) {
        var slot = Self.hash(bytes) & (slots.count - 1)
        while true {
            let stored = slots[slot]
            if stored == 0 { break }
            if equals(stored - 1, bytes) { return (stored - 1, false) }
            slot = (slot + 1) & (slots.count - 1)
        }
        let key = Int32(ends.count)
        storage.append(contentsOf: bytes)
        ends.append(Int32(storage.count))
        slots[slot] = key + 1
        if ends.count * 2 > slots.count { grow() }
        return (key, true)
    }

    /// The key of these bytes, or nil when they were never inserted.
    @inline(__always)
    func find(_ bytes: ArraySlice<UInt8>) -> Int32? {
        var slot = Self.hash(bytes) & (slots.count - 1)
        while true {
            let stored = slots[slot]
            if stored == 0 { return nil }
            if equals(stored - 1, bytes) { return stored - 1 }
            slot = (slot + 1) & (slots.count - 1)
        }
    }

    func find(_ text: String) -> Int32? { find(Array(text.utf8)[...]) }

    /// The key's bytes, as inserted.
    func bytes(_ key: Int32) -> ArraySlice<UInt8> {
        let k = Int(key)
        return storage[(k == 0 ? 0 : Int(ends[k - 1]))..<Int(ends[k])]
    }

    /// The key's bytes as text (UTF-8, as the loader decodes every file to UTF-8).
    func string(_ key: Int32) -> String {
        let k = Int(key)
        let start = k == 0 ? 0 : Int(ends[k - 1])
        return String(decoding: storage[start..<Int(ends[k])], as: UTF8.self)
    }

    var strings: [String] { (0..<Int32(count)).map(string) }

    @inline(__always)
    private func equals(_ key: Int32, _ bytes: ArraySlice<UInt8>) -> Bool {
        let k = Int(key)
        let start = k == 0 ? 0 : Int(ends[k - 1]), end = Int(ends[k])
        guard end - start == bytes.count else { return false }
        var i = start, j = bytes.startIndex
        while i < end {
            if storage[i] != bytes[j] { return false }
            i += 1; j += 1
        }
        return true
    }

    private mutating func grow() {
        var bigger = [Int32](repeating: 0, count: slots.count * 2)
        for key in 0..<Int32(ends.count) {
            let k = Int(key)
            let bytes = storage[(k == 0 ? 0 : Int(ends[k - 1]))..<Int(ends[k])]
            var slot = Self.hash(bytes) & (bigger.count - 1)
            while bigger[slot] != 0 { slot = (slot + 1) & (bigger.count - 1) }
            bigger[slot] = key + 1
        }
        slots = bigger
    }

    /// FNV-1a, mixed at the end: keys are short, so a cheap hash beats SipHash; the keys come
    /// from the region's own files, so hash flooding is not a threat worth the cost here.
    @inline(__always)
    private static func hash(_ bytes: ArraySlice<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        h ^= h >> 29
        h = h &* 0xbf58_476d_1ce4_e5b9
        h ^= h >> 32
        return Int(truncatingIfNeeded: h)
    }
}
