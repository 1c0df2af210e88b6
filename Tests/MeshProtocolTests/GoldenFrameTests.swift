import Foundation
import MeshProtocol
import Testing

@Suite("Golden frames in proto/testdata")
struct GoldenFrameTests {
    @Test("every .txtpb source has a Swift value here")
    func everySourceIsCovered() throws {
        let directory = repositoryRoot.appendingPathComponent("proto/testdata")
        let sources = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".txtpb") }
            .map { String($0.dropLast(".txtpb".count)) }
        #expect(Set(sources) == Set(goldenVectors.map(\.name)))
    }

    @Test("every message type has a golden frame")
    func everyMessageTypeIsCovered() {
        let covered = Set(goldenVectors.map(\.envelope.messageName))
        #expect(covered.count == 13)
    }

    @Test("encoding matches the reference bytes", arguments: goldenVectors.map(\.name))
    func encodesToGolden(name: String) throws {
        let envelope = try #require(goldenVectors.first { $0.name == name }?.envelope)
        let golden = try testdata("\(name).frame")
        #expect(try FrameEncoder().encode(envelope) == golden)
    }

    @Test("decoding the reference bytes gives the value", arguments: goldenVectors.map(\.name))
    func decodesGolden(name: String) throws {
        let envelope = try #require(goldenVectors.first { $0.name == name }?.envelope)
        let golden = try testdata("\(name).frame")
        #expect(try decodeByteByByte(golden) == [envelope])
    }

    @Test("all golden frames back to back, fed one byte at a time")
    func decodesConcatenatedStream() throws {
        var stream: [UInt8] = []
        for vector in goldenVectors {
            stream += try testdata("\(vector.name).frame")
        }
        #expect(try decodeByteByByte(stream) == goldenVectors.map(\.envelope))
    }
}
