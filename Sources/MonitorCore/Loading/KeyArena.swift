/// Byte strings (toewijzingnummers, client pseudonyms, codes) interned to dense `Int32` keys in
/// first-seen order, stored end to end in one buffer: a million keys cost two allocations, not
/// a million Strings, and a lookup hashes the field's bytes where they lie in the file.
///
/// Each entry in `storage` is its key, its length and its bytes, and a slot holds the entry's
/// offset: a lookup reads the slot and then one place in `storage`. With a million keys both
/// are cache misses, and a third (an array of key ends) would cost as much again; it did, in
/// the profile of a load of thirty times the region.
struct KeyArena: Sendable {
    /// Entries: key (4 bytes), length (2 bytes, or 0xFFFF and 4 bytes), the bytes.
    private var storage: [UInt8] = []
    /// Offset in `storage` of each key's entry.
    private var entries: [Int32] = []
    /// Open addressing: entry offset + 1 per slot, 0 = empty. Capacity a power of two, at most half full.
    private var slots: [Int32] = Array(repeating: 0, count: 16)

    init(expectedCount: Int = 0) {
        let wanted = max(16, expectedCount * 2)
        var capacity = 16
        while capacity < wanted { capacity <<= 1 }
        slots = [Int32](unsafeUninitializedCapacity: capacity) { slots, count in
            HugePages.advise(slots)
            slots.initialize(repeating: 0)
            count = capacity
        }
        entries.reserveCapacity(expectedCount)
        HugePages.advise(&entries)
        // Entries of toewijzingnummers and pseudonyms take about 24 bytes: reserved at once,
        // the storage is not copied at every doubling.
        storage.reserveCapacity(expectedCount * 24)
        HugePages.advise(&storage)
    }

    init(_ keys: some Sequence<String>) {
        self.init()
        for key in keys { _ = insert(Array(key.utf8)[...]) }
    }

    var count: Int { entries.count }

    /// The key of these bytes, adding them when new.
    @inline(__always)
    mutating func insert(_ bytes: some FieldBytes) -> (key: Int32, inserted: Bool) {
        var slot = Self.hash(bytes) & (slots.count - 1)
        while true {
            let stored = slots[slot]
            if stored == 0 { break }
            if let key = key(at: Int(stored - 1), ifEqualTo: bytes) { return (key, false) }
            slot = (slot + 1) & (slots.count - 1)
        }
        let key = Int32(entries.count)
        let entry = storage.count
        append(entryOf: key, bytes)
        entries.append(Int32(entry))
        slots[slot] = Int32(entry) + 1
        if entries.count * 2 > slots.count { grow() }
        return (key, true)
    }

    /// The key of these bytes, or nil when they were never inserted.
    @inline(__always)
    func find(_ bytes: some FieldBytes) -> Int32? {
        var slot = Self.hash(bytes) & (slots.count - 1)
        while true {
            let stored = slots[slot]
            if stored == 0 { return nil }
            if let key = key(at: Int(stored - 1), ifEqualTo: bytes) { return key }
            slot = (slot + 1) & (slots.count - 1)
        }
    }

    func find(_ text: String) -> Int32? {
        var text = text
        return text.withUTF8 { find($0) }
    }

    /// The keys of several byte strings at once, -1 for those never inserted, in `keys`
    /// (`scratch` holds twice as many). Each step is taken for all before the next: the reads of
    /// a step are independent, so their cache misses overlap instead of following one another.
    func find(_ batch: [UnsafeBufferPointer<UInt8>], into keys: inout [Int32], scratch: inout [Int]) {
        batch.withUnsafeBufferPointer { batch in
            keys.withUnsafeMutableBufferPointer { keys in
                scratch.withUnsafeMutableBufferPointer { scratch in find(batch, into: keys, scratch: scratch) }
            }
        }
    }

    /// As `find(_:into:scratch:)`, through pointers: a batch is 64 lookups, and every array
    /// access would check its bounds (and a mutation its uniqueness).
    func find(_ batch: UnsafeBufferPointer<UnsafeBufferPointer<UInt8>>, into keys: UnsafeMutableBufferPointer<Int32>,
              scratch: UnsafeMutableBufferPointer<Int>) {
        let n = batch.count
        slots.withUnsafeBufferPointer { slots in
            storage.withUnsafeBytes { storage in
                let mask = slots.count - 1
                // Hashes first: a loop of nothing but slot reads lets the processor have them all in flight.
                for j in 0..<n { scratch[j] = Self.hash(batch[j]) & mask }
                for j in 0..<n { scratch[n + j] = Int(slots[scratch[j]]) }
                // The entries' first bytes (their key), for the same reason.
                for j in 0..<n where scratch[n + j] != 0 { keys[j] = Self.key(in: storage, at: scratch[n + j] - 1) }
                for j in 0..<n {
                    var slot = scratch[j], stored = scratch[n + j]
                    // Found in its own slot, as nearly every key is: its key is read above.
                    // (Were it read again here, that read would make the one above dead
                    // code, and the compiler would drop it with the overlap it gives.)
                    if stored != 0 && Self.entry(in: storage, at: stored - 1, equals: batch[j]) { continue }
                    keys[j] = -1
                    while stored != 0 {
                        slot = (slot + 1) & mask
                        stored = Int(slots[slot])
                        if stored != 0 && Self.entry(in: storage, at: stored - 1, equals: batch[j]) {
                            keys[j] = Self.key(in: storage, at: stored - 1)
                            break
                        }
                    }
                }
            }
        }
    }

    /// Appends the entry of `key` to `storage`: key and length as one word, then the bytes.
    /// Four appends of the parts, each with its own checks, were about 5% of reading the toewijzingen.
    @inline(__always)
    private mutating func append(entryOf key: Int32, _ bytes: some FieldBytes) {
        if bytes.count < 0xFFFF {
            let header = UInt64(UInt32(bitPattern: key)) | UInt64(bytes.count) << 32
            withUnsafeBytes(of: header.littleEndian) { storage.append(contentsOf: UnsafeRawBufferPointer(rebasing: $0[..<6])) }
        } else {
            withUnsafeBytes(of: key.littleEndian) { storage.append(contentsOf: $0) }
            withUnsafeBytes(of: UInt16.max) { storage.append(contentsOf: $0) }
            withUnsafeBytes(of: UInt32(bytes.count).littleEndian) { storage.append(contentsOf: $0) }
        }
        if bytes.withContiguousStorageIfAvailable({ storage.append(contentsOf: $0) }) == nil { storage.append(contentsOf: bytes) }
    }

    /// The key's bytes, as inserted.
    func bytes(_ key: Int32) -> ArraySlice<UInt8> {
        let (start, count) = span(at: Int(entries[Int(key)]))
        return storage[start..<(start + count)]
    }

    /// `body` with a way to each key's bytes where they lie: no slice (and no retain of the
    /// storage) per key, for walks over a million of them.
    func withKeyBytes<Result>(_ body: ((Int32) -> UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        storage.withUnsafeBytes { storage in
            entries.withUnsafeBufferPointer { entries in
                body { key in
                    let (start, count) = Self.span(in: storage, at: Int(entries[Int(key)]))
                    return UnsafeBufferPointer(start: storage.baseAddress!.assumingMemoryBound(to: UInt8.self) + start, count: count)
                }
            }
        }
    }

    /// The key's bytes as text (UTF-8, as the loader decodes every file to UTF-8).
    func string(_ key: Int32) -> String { String(decoding: bytes(key), as: UTF8.self) }

    var strings: [String] { (0..<Int32(count)).map(string) }

    /// Where the bytes of the entry at `entry` start, and how many there are.
    @inline(__always)
    private func span(at entry: Int) -> (start: Int, count: Int) {
        storage.withUnsafeBytes { Self.span(in: $0, at: entry) }
    }

    @inline(__always)
    private static func span(in storage: UnsafeRawBufferPointer, at entry: Int) -> (start: Int, count: Int) {
        let short = Int(UInt16(littleEndian: storage.loadUnaligned(fromByteOffset: entry + 4, as: UInt16.self)))
        guard short == 0xFFFF else { return (entry + 6, short) }
        return (entry + 10, Int(UInt32(littleEndian: storage.loadUnaligned(fromByteOffset: entry + 6, as: UInt32.self))))
    }

    /// The key of the entry at `entry` when its bytes are these.
    @inline(__always)
    private func key(at entry: Int, ifEqualTo bytes: some FieldBytes) -> Int32? {
        storage.withUnsafeBytes { storage in
            Self.entry(in: storage, at: entry, equals: bytes) ? Self.key(in: storage, at: entry) : nil
        }
    }

    @inline(__always)
    private static func key(in storage: UnsafeRawBufferPointer, at entry: Int) -> Int32 {
        Int32(littleEndian: storage.loadUnaligned(fromByteOffset: entry, as: Int32.self))
    }

    @inline(__always)
    private static func entry(in storage: UnsafeRawBufferPointer, at entry: Int, equals bytes: some FieldBytes) -> Bool {
        bytes.withContiguousStorageIfAvailable { self.entry(in: storage, at: entry, equals: $0) } ?? false
    }

    @inline(__always)
    private static func entry(in storage: UnsafeRawBufferPointer, at entry: Int, equals bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let (start, count) = span(in: storage, at: entry)
        guard count == bytes.count else { return false }
        guard count > 0 else { return true }
        return equalBytes(storage.baseAddress! + start, UnsafeRawPointer(bytes.baseAddress!), count: count)
    }

    /// Eight bytes at a time: keys are mostly 10 to 20 bytes.
    @inline(__always)
    private static func equalBytes(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, count: Int) -> Bool {
        var i = 0
        while i + 8 <= count {
            if a.loadUnaligned(fromByteOffset: i, as: UInt64.self) != b.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
            i += 8
        }
        return tail(a + i, count - i) == tail(b + i, count - i)
    }

    /// The last `count` (< 8) bytes at `p` as one word, in at most three loads.
    @inline(__always)
    private static func tail(_ p: UnsafeRawPointer, _ count: Int) -> UInt64 {
        var word: UInt64 = 0, i = 0
        if count & 4 != 0 { word = UInt64(p.loadUnaligned(as: UInt32.self)); i = 4 }
        if count & 2 != 0 { word |= UInt64(p.loadUnaligned(fromByteOffset: i, as: UInt16.self)) << (8 * i); i += 2 }
        if count & 1 != 0 { word |= UInt64(p.load(fromByteOffset: i, as: UInt8.self)) << (8 * i) }
        return word
    }

    private mutating func grow() {
        var bigger = [Int32](repeating: 0, count: slots.count * 2)
        for entry in entries {
            let (start, count) = span(at: Int(entry))
            var slot = Self.hash(storage[start..<(start + count)]) & (bigger.count - 1)
            while bigger[slot] != 0 { slot = (slot + 1) & (bigger.count - 1) }
            bigger[slot] = entry + 1
        }
        slots = bigger
    }

    /// Eight bytes at a time, each word multiplied in, mixed at the end (the finaliser of
    /// SplitMix64): keys are short, so a cheap hash beats SipHash; the keys come from the
    /// region's own files, so hash flooding is not a threat worth the cost here.
    @inline(__always)
    private static func hash(_ bytes: some FieldBytes) -> Int {
        bytes.withContiguousStorageIfAvailable { buffer in
            var h = 0xcbf2_9ce4_8422_2325 ^ UInt64(buffer.count)
            guard let base = buffer.baseAddress else { return Int(truncatingIfNeeded: h) }
            let p = UnsafeRawPointer(base), count = buffer.count
            var i = 0
            while i + 8 <= count {
                h = (h ^ p.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x9e37_79b9_7f4a_7c15
                h ^= h >> 32
                i += 8
            }
            h = (h ^ tail(p + i, count - i)) &* 0x9e37_79b9_7f4a_7c15
            h ^= h >> 29
            h = h &* 0xbf58_476d_1ce4_e5b9
            h ^= h >> 32
            return Int(truncatingIfNeeded: h)
        } ?? 0
    }
}
