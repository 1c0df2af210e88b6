import CProtobufC
import MeshWireC
import Testing

@Suite("libprotobuf-c and the generated MeshWireC code")
struct ProtobufCTests {
    @Test("the linked protobuf-c is 1.x")
    func version() {
        #expect(protobuf_c_version_number() / 1_000_000 == 1)
    }

    @Test("the generated descriptor describes toolmesh.v1.Envelope with 13 message fields")
    func descriptor() {
        let descriptor = toolmesh__v1__envelope__descriptor
        #expect(String(cString: descriptor.name) == "toolmesh.v1.Envelope")
        #expect(descriptor.n_fields == 13)
    }

    @Test("generated pack and unpack work directly from Swift")
    func packUnpack() throws {
        var ping = Toolmesh__V1__Ping()
        toolmesh__v1__ping__init(&ping)
        ping.nonce = 300
        var envelope = Toolmesh__V1__Envelope()
        toolmesh__v1__envelope__init(&envelope)
        envelope.body_case = TOOLMESH__V1__ENVELOPE__BODY_PING
        try withUnsafeMutablePointer(to: &ping) { ping in
            envelope.ping = ping
            var bytes = [UInt8](repeating: 0, count: toolmesh__v1__envelope__get_packed_size(&envelope))
            _ = toolmesh__v1__envelope__pack(&envelope, &bytes)
            #expect(bytes == [0x42, 0x03, 0x08, 0xAC, 0x02])

            let decoded = try #require(toolmesh__v1__envelope__unpack(nil, bytes.count, bytes))
            defer { toolmesh__v1__envelope__free_unpacked(decoded, nil) }
            #expect(decoded.pointee.body_case == TOOLMESH__V1__ENVELOPE__BODY_PING)
            #expect(decoded.pointee.ping.pointee.nonce == 300)
        }
    }
}
