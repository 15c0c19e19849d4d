import Foundation

/// A value computed at most once, on first use, from data that never changes (a dataset's
/// allocations): callers at the same time on other cores wait for the one computing it.
final class Memo<Value: Sendable>: @unchecked Sendable {
    private var stored: Value?
    private let lock = NSLock()

    func value(_ compute: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let stored { return stored }
        let value = compute()
        stored = value
        return value
    }
}
