/// A min-heap of (time, key) pairs. Entries are never removed early: a caller checks, when an
/// entry pops, whether it still applies (lazy deletion keeps cancellation O(1)).
struct DeadlineHeap<Key> {
    private var entries: [(time: UInt64, key: Key)] = []

    var isEmpty: Bool { entries.isEmpty }
    var count: Int { entries.count }

    /// The earliest time, if any.
    var earliest: UInt64? { entries.first?.time }

    mutating func insert(_ time: UInt64, _ key: Key) {
        entries.append((time, key))
        var child = entries.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard entries[child].time < entries[parent].time else { break }
            entries.swapAt(child, parent)
            child = parent
        }
    }

    /// Drops every entry `isLive` rejects and restores the heap order, in O(n): the way to
    /// shed entries whose calls ended long before their deadlines.
    mutating func removeAll(where isStale: (Key) -> Bool) {
        entries.removeAll { isStale($0.key) }
        var index = entries.count / 2
        while index > 0 {
            index -= 1
            siftDown(from: index)
        }
    }

    /// Removes and returns every entry due at or before `now`, earliest first.
    mutating func popDue(_ now: UInt64) -> [Key] {
        var due: [Key] = []
        while let first = entries.first, first.time <= now {
            due.append(first.key)
            removeFirst()
        }
        return due
    }

    private mutating func removeFirst() {
        let last = entries.removeLast()
        guard !entries.isEmpty else { return }
        entries[0] = last
        siftDown(from: 0)
    }

    private mutating func siftDown(from start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var smallest = parent
            if left < entries.count && entries[left].time < entries[smallest].time { smallest = left }
            if right < entries.count && entries[right].time < entries[smallest].time { smallest = right }
            guard smallest != parent else { return }
            entries.swapAt(parent, smallest)
            parent = smallest
        }
    }
}
