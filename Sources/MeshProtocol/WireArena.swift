import CProtobufC

/// Scratch memory for the C message tree of one encode; everything is freed with the arena.
///
/// protobuf-c packs from C structs whose strings and byte fields are raw pointers, which must
/// stay valid until `pack` returns. Bump-allocating them here makes that lifetime explicit and
/// costs one `malloc` per 4 KiB instead of one per field.
final class WireArena {
    private static let blockSize = 4096

    private var blocks: [UnsafeMutableRawPointer] = []
    private var cursor: UnsafeMutableRawPointer?
    private var remaining = 0

    deinit {
        for block in blocks {
            block.deallocate()
        }
    }

    /// Uninitialized, suitably aligned memory that lives as long as the arena.
    func allocate(byteCount: Int, alignment: Int) -> UnsafeMutableRawPointer {
        if let cursor {
            let padding = (alignment - Int(bitPattern: cursor) % alignment) % alignment
            if padding + byteCount <= remaining {
                let start = cursor + padding
                self.cursor = start + byteCount
                remaining -= padding + byteCount
                return start
            }
        }
        // Large requests get a block of their own so the current block keeps its free space.
        if byteCount > Self.blockSize / 4 {
            let block = UnsafeMutableRawPointer.allocate(byteCount: max(byteCount, 1), alignment: 16)
            blocks.append(block)
            return block
        }
        let block = UnsafeMutableRawPointer.allocate(byteCount: Self.blockSize, alignment: 16)
        blocks.append(block)
        cursor = block + byteCount
        remaining = Self.blockSize - byteCount
        return block
    }

    /// Memory for one `T`, zero-filled; the caller runs the generated `…__init` on it.
    func make<T>(_ type: T.Type) -> UnsafeMutablePointer<T> {
        let raw = allocate(byteCount: MemoryLayout<T>.stride, alignment: MemoryLayout<T>.alignment)
        raw.initializeMemory(as: UInt8.self, repeating: 0, count: MemoryLayout<T>.stride)
        return raw.bindMemory(to: T.self, capacity: 1)
    }

    /// A C array of `count` pointers, as protobuf-c uses for repeated fields.
    func pointers<T>(to type: T.Type, count: Int) -> UnsafeMutablePointer<UnsafeMutablePointer<T>?> {
        let stride = MemoryLayout<UnsafeMutablePointer<T>?>.stride
        let raw = allocate(byteCount: stride * max(count, 1), alignment: MemoryLayout<UnsafeMutablePointer<T>?>.alignment)
        return raw.bindMemory(to: UnsafeMutablePointer<T>?.self, capacity: max(count, 1))
    }

    /// A NUL-terminated copy of `string`. Throws when the string itself contains U+0000, which
    /// a C string would silently cut off.
    func cString(_ string: String, field: StaticString) throws(FrameError) -> UnsafeMutablePointer<CChar> {
        var string = string
        // withUTF8 rethrows untyped errors, so the failure travels out as a value.
        let copy = string.withUTF8 { (utf8) -> UnsafeMutablePointer<CChar>? in
            if utf8.contains(0) {
                return nil
            }
            let raw = allocate(byteCount: utf8.count + 1, alignment: 1)
            if let base = utf8.baseAddress {
                raw.copyMemory(from: base, byteCount: utf8.count)
            }
            raw.storeBytes(of: 0, toByteOffset: utf8.count, as: UInt8.self)
            return raw.bindMemory(to: CChar.self, capacity: utf8.count + 1)
        }
        guard let copy else {
            throw .unencodableString(field: "\(field)")
        }
        return copy
    }

    /// A copy of `bytes` as a protobuf-c bytes field.
    func binary(_ bytes: [UInt8]) -> ProtobufCBinaryData {
        guard !bytes.isEmpty else {
            return ProtobufCBinaryData(len: 0, data: nil)
        }
        let raw = allocate(byteCount: bytes.count, alignment: 1)
        bytes.withUnsafeBytes { source in
            if let base = source.baseAddress {
                raw.copyMemory(from: base, byteCount: source.count)
            }
        }
        return ProtobufCBinaryData(len: bytes.count, data: raw.bindMemory(to: UInt8.self, capacity: bytes.count))
    }
}
