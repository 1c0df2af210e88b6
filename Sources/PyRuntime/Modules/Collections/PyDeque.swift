/// A `collections.deque`: a ring buffer of values with an optional maximum length.
final class PyDeque: PyObject {
    /// Slots `head ..< head + count` (modulo the capacity, a power of two) hold the values.
    private var buffer: [Value] = []
    private var head = 0
    private(set) var count = 0
    /// `maxlen`; appending to a full deque drops an element from the other end.
    var maxLength: Int?
    /// Changes on every insertion and removal, so iterators notice mutation
    /// (`RuntimeError: deque mutated during iteration`).
    private(set) var state = 0

    init(type: PyType, maxLength: Int? = nil) {
        self.maxLength = maxLength
        super.init(type: type)
    }

    deinit { Trashcan.drop(&buffer, empty: []) }

    private var mask: Int { buffer.count - 1 }

    /// The value at position `i` (0 ≤ i < count).
    subscript(i: Int) -> Value {
        get { buffer[(head + i) & mask] }
        set { buffer[(head + i) & mask] = newValue }
    }

    /// The values in order.
    var values: [Value] { (0..<count).map { self[$0] } }

    private func growIfFull() {
        guard count == buffer.count else { return }
        var grown = [Value](repeating: .none, count: Swift.max(8, buffer.count * 2))
        for i in 0..<count { grown[i] = self[i] }
        buffer = grown
        head = 0
    }

    /// Appends at the right; a full bounded deque drops its leftmost value.
    func append(_ value: Value) {
        if maxLength == 0 { return }
        if count == maxLength { _ = popFirst() }
        growIfFull()
        buffer[(head + count) & mask] = value
        count += 1
        state &+= 1
    }

    /// Appends at the left; a full bounded deque drops its rightmost value.
    func prepend(_ value: Value) {
        if maxLength == 0 { return }
        if count == maxLength { _ = popLast() }
        growIfFull()
        head = (head - 1) & mask
        buffer[head] = value
        count += 1
        state &+= 1
    }

    func popLast() -> Value? {
        guard count > 0 else { return nil }
        count -= 1
        let slot = (head + count) & mask
        let value = buffer[slot]
        buffer[slot] = .none
        state &+= 1
        return value
    }

    func popFirst() -> Value? {
        guard count > 0 else { return nil }
        let value = buffer[head]
        buffer[head] = .none
        head = (head + 1) & mask
        count -= 1
        state &+= 1
        return value
    }

    /// Replaces the contents (`insert`, `remove`, `del d[i]`, `reverse`, `clear`).
    func replace(with values: [Value]) {
        var storage = [Value](repeating: .none, count: 8)
        while storage.count < values.count { storage += storage }
        storage.replaceSubrange(0..<values.count, with: values)
        buffer = storage
        head = 0
        count = values.count
        state &+= 1
    }

    /// Rotates `steps` to the right (negative: to the left), moving the fewer elements.
    func rotate(_ steps: Int) {
        guard count > 1 else { return }
        var right = steps % count
        if right < 0 { right += count }
        if right <= count / 2 {
            for _ in 0..<right { if let value = popLast() { prepend(value) } }
        } else {
            for _ in 0..<(count - right) { if let value = popFirst() { append(value) } }
        }
    }
}
