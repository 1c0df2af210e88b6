/// The request both stacks carry.
enum Payload {
    /// A JSON object of exactly `size` bytes (at least 8), `{"p":"xxx…"}`: mesh arguments must be
    /// a JSON object, and gRPC gets the same bytes so both move the same amount of data.
    static func make(size: Int) -> [UInt8] {
        let frame = Array(#"{"p":""}"#.utf8)
        let filler = [UInt8](repeating: UInt8(ascii: "x"), count: max(size - frame.count, 0))
        return Array(frame[..<6]) + filler + Array(frame[6...])
    }
}
