@testable import AnthropicProxy
import Testing

@Suite("SHA-256, HMAC and AWS Signature Version 4")
struct SigV4Tests {
    @Test("SHA-256 of the FIPS 180 examples and HMAC-SHA256 of RFC 4231")
    func digests() {
        #expect(SHA256.hex(SHA256.hash([])) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(SHA256.hash(Array("abc".utf8))) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(SHA256.hash(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(SHA256.hash([UInt8](repeating: 0x61, count: 1_000_000)))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        // RFC 4231 test cases 1, 2 and 6 (a key longer than the block).
        #expect(SHA256.hex(SHA256.hmac(key: [UInt8](repeating: 0x0b, count: 20), Array("Hi There".utf8)))
                == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
        #expect(SHA256.hex(SHA256.hmac(key: Array("Jefe".utf8), Array("what do ya want for nothing?".utf8)))
                == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        #expect(SHA256.hex(SHA256.hmac(key: [UInt8](repeating: 0xaa, count: 131),
                                       Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8)))
                == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
    }

    // AWS's Signature Version 4 test suite: credentials AKIDEXAMPLE, 2015-08-30T12:36:00Z,
    // us-east-1, service "service".
    private let suite = SigV4(credentials: .init(accessKeyID: "AKIDEXAMPLE",
                                                 secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
                              region: "us-east-1", service: "service")

    @Test("AWS test suite vectors", arguments: [
        ("get-vanilla", "GET", [(String, String)](), [(String, String)](), "",
         "host;x-amz-date", "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"),
        ("post-vanilla", "POST", [], [], "",
         "host;x-amz-date", "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b"),
        ("post-vanilla-query", "POST", [("Param1", "value1")], [], "",
         "host;x-amz-date", "28038455d6de14eafc1f9222cf5aa6f1a96197d7deb8263271d420d138af7f11"),
        ("get-vanilla-query-order-key-case", "GET", [("Param2", "value2"), ("Param1", "value1")], [], "",
         "host;x-amz-date", "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500"),
        ("post-header-key-case", "POST", [], [("My-Header1", "value1")], "",
         "host;my-header1;x-amz-date", "c5410059b04c1ee005303aed430f6e6645f61f4dc9e1461ec8f8916fdf18852c"),
        ("post-x-www-form-urlencoded", "POST", [], [("Content-Type", "application/x-www-form-urlencoded")], "Param1=value1",
         "content-type;host;x-amz-date", "ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a"),
    ])
    func suiteVector(name: String, method: String, query: [(String, String)], extraHeaders: [(String, String)],
                     body: String, signedHeaders: String, signature: String) {
        let headers = suite.sign(method: method, path: "/", query: query,
                                 headers: [("Host", "example.amazonaws.com")] + extraHeaders,
                                 body: Array(body.utf8), timestamp: "20150830T123600Z")
        let authorization = headers.first { $0.0 == "authorization" }?.1
        #expect(authorization == "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
                + "SignedHeaders=\(signedHeaders), Signature=\(signature)", "\(name)")
    }

    @Test("a Bedrock model id is encoded in the path and once more in the canonical request")
    func bedrockPath() {
        let signer = SigV4(credentials: .init(accessKeyID: "AKID", secretAccessKey: "secret", sessionToken: "token"),
                           region: "us-west-2", service: "bedrock")
        let path = "/model/" + SigV4.encode("anthropic.claude-sonnet-4-5-v1:0") + "/invoke"
        #expect(path == "/model/anthropic.claude-sonnet-4-5-v1%3A0/invoke")
        let (canonical, _) = signer.canonicalRequest(method: "POST", path: path, query: [],
                                                     headers: [("host", "h")], body: [])
        #expect(canonical.split(separator: "\n")[1] == "/model/anthropic.claude-sonnet-4-5-v1%253A0/invoke")
        let headers = signer.sign(method: "POST", path: path, headers: [("host", "h")], body: [], timestamp: "20260101T000000Z")
        #expect(headers.contains { $0 == ("x-amz-security-token", "token") })
        #expect(headers.first { $0.0 == "authorization" }?.1.contains("SignedHeaders=host;x-amz-date;x-amz-security-token") == true)
    }
}

@Suite("AWS event-stream decoding")
struct EventStreamTests {
    /// One message with a string header and a payload, framed and checksummed by hand.
    private func frame(headers: [(String, String)], payload: [UInt8]) -> [UInt8] {
        var headerBytes: [UInt8] = []
        for (name, value) in headers {
            headerBytes += [UInt8(name.utf8.count)] + Array(name.utf8) + [7, UInt8(value.utf8.count >> 8), UInt8(value.utf8.count & 0xff)]
                + Array(value.utf8)
        }
        func be(_ v: UInt32) -> [UInt8] { [UInt8(v >> 24), UInt8(v >> 16 & 0xff), UInt8(v >> 8 & 0xff), UInt8(v & 0xff)] }
        let total = UInt32(16 + headerBytes.count + payload.count)
        let prelude = be(total) + be(UInt32(headerBytes.count))
        let message = prelude + be(CRC32.checksum(prelude)) + headerBytes + payload
        return message + be(CRC32.checksum(message))
    }

    @Test("CRC-32 check value")
    func crc() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
    }

    @Test("messages decode whole, split at every byte, and several in one read")
    func decoding() throws {
        let one = frame(headers: [(":message-type", "event"), (":event-type", "chunk")], payload: Array(#"{"bytes":"e30="}"#.utf8))
        let two = frame(headers: [(":message-type", "exception"), (":exception-type", "throttlingException")],
                        payload: Array(#"{"message":"slow down"}"#.utf8))
        var decoder = EventStreamDecoder()
        var messages: [EventStreamDecoder.Message] = []
        for byte in one + two { messages += try decoder.feed([byte]) }
        #expect(messages.count == 2)
        #expect(messages[0].headers[":event-type"] == "chunk")
        #expect(BedrockUpstream.serverSentEvent(messages[0]) == "event: message\ndata: {}\n\n")
        #expect(BedrockUpstream.serverSentEvent(messages[1]).contains(#""type":"rate_limit_error","message":"slow down""#))
        var whole = EventStreamDecoder()
        #expect(try whole.feed(one + two).count == 2)
        var corrupt = EventStreamDecoder()
        var damaged = one
        damaged[damaged.count - 6] ^= 0xff
        #expect(throws: EventStreamDecoder.DecodingError.badChecksum) { try corrupt.feed(damaged) }
        var huge = EventStreamDecoder()
        #expect(throws: EventStreamDecoder.DecodingError.self) { try huge.feed([0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0, 0, 0, 0, 0]) }
    }
}
