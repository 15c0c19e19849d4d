extension Array {
    /// The element at `index`, or nil outside the array (a chart's series may be shorter than its axis).
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
