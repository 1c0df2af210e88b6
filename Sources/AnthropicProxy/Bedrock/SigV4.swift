/// AWS Signature Version 4 for requests with headers (not presigned URLs).
struct SigV4 {
    struct Credentials: Sendable, Equatable {
        var accessKeyID: String
        var secretAccessKey: String
        var sessionToken: String?
    }

    let credentials: Credentials
    let region: String
    let service: String

    /// The headers to add to a request: `x-amz-date`, `x-amz-security-token` with a session
    /// token, and `authorization`. `headers` must include `host`; `path` is the path as sent
    /// (already percent-encoded), `query` its unencoded name/value pairs. `timestamp` is
    /// `YYYYMMDDTHHMMSSZ`.
    func sign(method: String, path: String, query: [(String, String)] = [], headers: [(String, String)],
              body: [UInt8], timestamp: String) -> [(String, String)] {
        var signed = headers
        signed.append(("x-amz-date", timestamp))
        if let token = credentials.sessionToken { signed.append(("x-amz-security-token", token)) }
        let (canonical, signedNames) = canonicalRequest(method: method, path: path, query: query, headers: signed, body: body)
        let date = String(timestamp.prefix(8))
        let scope = "\(date)/\(region)/\(service)/aws4_request"
        let stringToSign = "AWS4-HMAC-SHA256\n\(timestamp)\n\(scope)\n\(SHA256.hex(SHA256.hash(Array(canonical.utf8))))"
        var key = SHA256.hmac(key: Array("AWS4\(credentials.secretAccessKey)".utf8), Array(date.utf8))
        for part in [region, service, "aws4_request"] { key = SHA256.hmac(key: key, Array(part.utf8)) }
        let signature = SHA256.hex(SHA256.hmac(key: key, Array(stringToSign.utf8)))
        let authorization = "AWS4-HMAC-SHA256 Credential=\(credentials.accessKeyID)/\(scope), "
            + "SignedHeaders=\(signedNames), Signature=\(signature)"
        return signed.filter { $0.0.lowercased() != "host" } + [("authorization", authorization)]
    }

    /// The canonical request and the signed header names (`host;x-amz-date`).
    func canonicalRequest(method: String, path: String, query: [(String, String)], headers: [(String, String)],
                          body: [UInt8]) -> (String, String) {
        // Services other than S3 sign the path encoded once more than it is sent.
        let canonicalPath = path.isEmpty ? "/" : path.split(separator: "/", omittingEmptySubsequences: false)
            .map { Self.encode(String($0)) }.joined(separator: "/")
        let canonicalQuery = query.map { (Self.encode($0.0), Self.encode($0.1)) }
            .sorted { ($0.0, $0.1) < ($1.0, $1.1) }
            .map { "\($0.0)=\($0.1)" }.joined(separator: "&")
        var byName: [String: [String]] = [:]
        for (name, value) in headers {
            let trimmed = value.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
            byName[name.lowercased(), default: []].append(trimmed)
        }
        let names = byName.keys.sorted()
        let canonicalHeaders = names.map { "\($0):\(byName[$0, default: []].joined(separator: ","))\n" }.joined()
        let signedNames = names.joined(separator: ";")
        let request = [method.uppercased(), canonicalPath, canonicalQuery, canonicalHeaders, signedNames,
                       SHA256.hex(SHA256.hash(body))].joined(separator: "\n")
        return (request, signedNames)
    }

    /// RFC 3986 percent-encoding of everything but unreserved characters, as SigV4 wants.
    static func encode(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
                 UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + String(byte, radix: 16, uppercase: true).leftPaddedHex
            }
        }
        return out
    }
}

private extension String {
    var leftPaddedHex: String { count < 2 ? "0" + self : self }
}
