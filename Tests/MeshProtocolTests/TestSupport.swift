import Foundation
import MeshProtocol

/// The repository's root directory, found from this file's path.
let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // MeshProtocolTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()

/// The bytes of a file under `proto/testdata`.
func testdata(_ relativePath: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: repositoryRoot.appendingPathComponent("proto/testdata/\(relativePath)")))
}

/// UTF-8 bytes of a JSON literal.
func json(_ text: String) -> [UInt8] {
    Array(text.utf8)
}

/// Decodes every envelope in `bytes`, fed one byte at a time; rethrows the first error.
func decodeByteByByte(_ bytes: [UInt8], limits: FrameLimits = FrameLimits()) throws -> [Envelope] {
    var decoder = FrameDecoder(limits: limits)
    var envelopes: [Envelope] = []
    for byte in bytes {
        decoder.append(CollectionOfOne(byte))
        while let envelope = try decoder.next() {
            envelopes.append(envelope)
        }
    }
    try decoder.finish()
    return envelopes
}
