/// A binary min-heap: the earliest of many timers in O(log n) per push and pop.
struct MinHeap<Element: Comparable>: Sendable where Element: Sendable {
    private var items: [Element] = []

    /// How many elements it holds.
    var count: Int { items.count }
    /// The smallest element.
    var min: Element? { items.first }

    /// Adds `element`.
    mutating func push(_ element: Element) {
        items.append(element)
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard items[child] < items[parent] else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    /// Removes and returns the smallest element.
    mutating func popMin() -> Element? {
        guard !items.isEmpty else { return nil }
        items.swapAt(0, items.count - 1)
        let smallest = items.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var smallestChild = parent
            if left < items.count, items[left] < items[smallestChild] { smallestChild = left }
            if right < items.count, items[right] < items[smallestChild] { smallestChild = right }
            guard smallestChild != parent else { break }
            items.swapAt(parent, smallestChild)
            parent = smallestChild
        }
        return smallest
    }

    /// Drops every element.
    mutating func removeAll() {
        items.removeAll()
    }
}
