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

    /// Clients in either set.
    func unionCount(_ other: ClientSet) -> Int { zip(words, other.words).reduce(0) { $0 + ($1.0 | $1.1).nonzeroBitCount } }
}

extension Dataset {
    /// An empty set sized for this dataset's clients.
    func clientSet() -> ClientSet { ClientSet(capacity: clients.count) }
}
