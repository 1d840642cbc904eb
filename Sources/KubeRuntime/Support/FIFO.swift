/// A first-in first-out queue with O(1) amortized push and pop (an array read from a moving head, compacted
/// when the consumed prefix dominates).
struct FIFO<Element>: Sendable where Element: Sendable {
    private var items: [Element] = []
    private var head = 0

    /// How many elements wait.
    var count: Int { items.count - head }
    /// Whether none wait.
    var isEmpty: Bool { head == items.count }

    /// Appends `element` at the back.
    mutating func push(_ element: Element) {
        items.append(element)
    }

    /// Removes and returns the front element.
    mutating func popFirst() -> Element? {
        guard head < items.count else { return nil }
        let element = items[head]
        head += 1
        if head == items.count {
            items.removeAll(keepingCapacity: true)
            head = 0
        } else if head >= 1024, head * 2 >= items.count {
            items.removeFirst(head)
            head = 0
        }
        return element
    }

    /// The waiting elements, front first.
    var elements: ArraySlice<Element> { items[head...] }
}
