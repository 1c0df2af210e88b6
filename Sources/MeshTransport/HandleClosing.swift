import CLibUV

/// Closing libuv handles: `uv_close` is asynchronous, and the handle's memory (and the Swift
/// object retained in its `data`) may only be released in the close callback.
enum HandleClosing {
    /// Closes `handle`; in the close callback, releases the object retained in its `data` (if
    /// any) and frees the handle's memory.
    static func close<Handle>(_ handle: UnsafeMutablePointer<Handle>) {
        uv_close(UnsafeMutableRawPointer(handle).assumingMemoryBound(to: uv_handle_t.self)) { handle in
            guard let handle else { return }
            if let data = handle.pointee.data {
                // Released as AnyObject: a release needs no knowledge of the exact class.
                Unmanaged<AnyObject>.fromOpaque(data).release()
            }
            handle.deallocate()
        }
    }
}
