/// A Python `str`: an immutable sequence of Unicode code points.
///
/// Stored as a Swift `String` (UTF-8). Python indexes by code point, so ASCII strings (the
/// common case) index their UTF-8 bytes directly; others build an array of scalars on first
/// indexed use. Equality and ordering compare code points, never Swift's canonical
/// equivalence (`"é"` precomposed and decomposed are different Python strings).
public final class PyStr: PyObject {
    /// The text.
    let value: String
    private var cachedHash: Int?
    private var cachedCount: Int = -1
    private var cachedScalars: [Unicode.Scalar]?

    init(_ value: String) {
        self.value = value
        super.init(type: BuiltinTypes.str)
    }

    init(_ value: String, type: PyType) {
        self.value = value
        super.init(type: type)
    }

    /// The number of code points (`len(s)`).
    var count: Int {
        if cachedCount < 0 {
            cachedCount = isASCII ? value.utf8.count : value.unicodeScalars.count
        }
        return cachedCount
    }

    /// Whether every code point is ASCII, so UTF-8 offsets are code point indices.
    var isASCII: Bool {
        if cachedCount >= 0 { return cachedCount == value.utf8.count }
        let ascii = value.utf8.allSatisfy { $0 < 0x80 }
        if ascii { cachedCount = value.utf8.count }
        return ascii
    }

    /// The code points, for indexing non-ASCII text.
    var scalars: [Unicode.Scalar] {
        if let cachedScalars { return cachedScalars }
        let built = Array(value.unicodeScalars)
        cachedScalars = built
        cachedCount = built.count
        return built
    }

    /// The code point at `index` (0 ≤ index < count).
    func scalar(at index: Int) -> Unicode.Scalar {
        if isASCII {
            return Unicode.Scalar(value.utf8[value.utf8.index(value.utf8.startIndex, offsetBy: index)])
        }
        return scalars[index]
    }

    /// Python's `hash(str)`: randomized per process like CPython's, cached.
    var hashValue: Int {
        if let cachedHash { return cachedHash }
        var hasher = Hasher()
        hasher.combine(0x5354_5221)
        for byte in value.utf8 { hasher.combine(byte) }
        var h = hasher.finalize()
        if h == -1 { h = -2 }
        cachedHash = h
        return h
    }

    /// Code-point equality.
    @inline(__always)
    func equals(_ other: PyStr) -> Bool {
        self === other || value.utf8.elementsEqual(other.value.utf8)
    }

    /// Code-point ordering (UTF-8 byte order is code point order).
    func compare(_ other: PyStr) -> Int {
        var a = value.utf8.makeIterator()
        var b = other.value.utf8.makeIterator()
        while true {
            switch (a.next(), b.next()) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case (let x?, let y?): if x != y { return x < y ? -1 : 1 }
            }
        }
    }

    /// The substring of code points `start..<end` (clamped by the caller).
    func substring(_ start: Int, _ end: Int) -> String {
        if start >= end { return "" }
        if isASCII {
            let utf8 = Array(value.utf8[value.utf8.index(value.utf8.startIndex, offsetBy: start)..<value.utf8.index(value.utf8.startIndex, offsetBy: end)])
            return String(decoding: utf8, as: UTF8.self)
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }
}
