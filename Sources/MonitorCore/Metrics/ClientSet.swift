/// Distinct clients as a bitset over the dataset's client keys: counting the clients of a
/// year is a bit test per allocation instead of a hash-set insert (1,5 million of them in a
/// national-size delivery, for every year and area of the 0-meting).
struct ClientSet {
    private var words: [UInt64]
    private(set) var count = 0

    init(capacity: Int) { words = Array(repeating: 0, count: (capacity + 63) / 64) }

    @inline(__always)
    mutating func insert(_ client: Int32) {
        let i = Int(client) >> 6, bit = UInt64(1) << UInt64(Int(client) & 63)
        if words[i] & bit == 0 {
            words[i] |= bit
            count += 1
        }
    }

    /// The clients in any of `sets` (of the same capacity, at least one): a region's clients
    /// from its municipalities' sets, a bitwise or of words instead of a second insert per allocation.
    init(union sets: [ClientSet]) {
        words = sets[0].words
        for set in sets.dropFirst() {
            for i in words.indices { words[i] |= set.words[i] }
        }
        count = words.reduce(0) { $0 + $1.nonzeroBitCount }
    }
}

extension Dataset {
    /// An empty set sized for this dataset's clients.
    func clientSet() -> ClientSet { ClientSet(capacity: clients.count) }
}
