import MeshSchema
import Testing

@Suite("Serialization")
struct SerializationTests {
    @Test("compact output with members in order and literal numbers")
    func compact() throws {
        let value = try JSONValue(parsing: " { \"b\" : [ 1.50 , true , null ] , \"a\" : { } , \"c\" : 1e400 } ")
        #expect(value.serializedText == #"{"b":[1.50,true,null],"a":{},"c":1e400}"#)
    }

    @Test("string escapes match json.dumps(ensure_ascii=False)")
    func escapes() {
        // python3 -c 'import json; print(json.dumps("\"\\/\b\f\n\r\t\x00\x1f\x7fé😀", ensure_ascii=False))'
        let value: JSONValue = "\"\\/\u{08}\u{0C}\n\r\t\u{00}\u{1F}\u{7F}é😀"
        #expect(value.serializedText == #""\"\\/\b\f\n\r\t\u0000\u001f"# + "\u{7F}é😀\"")
    }

    @Test("parse → serialize → parse gives an equal value and identical text")
    func roundTrip() throws {
        let documents = [
            #"{"a":[1,2,{"b":null}],"c":"\u00e9\n","d":-0.0,"e":1E+400,"f":true}"#,
            #"[[[[]]],{},"",0,-1.5e-7]"#,
            #""\ud83d\ude00 \u2028""#,
            "123456789012345678901234567890.5",
        ]
        for text in documents {
            let value = try JSONValue(parsing: text)
            let once = value.serialized()
            let again = try JSONValue(parsing: once)
            #expect(again == value)
            #expect(again.serialized() == once)
        }
    }

    @Test("built values serialize; nesting far deeper than the parse limit does not recurse")
    func deepBuiltValue() throws {
        let length = onThread { () -> Int in
            var value: JSONValue = 1
            for _ in 0..<5_000 { value = .array([value]) }
            let count = value.serialized().count
            // Unwind by hand: releasing the value at once would recurse 5 000 levels.
            while case .array(let inner) = value, let first = inner.first { value = first }
            return count
        }
        #expect(length == 10_001)
    }

    @Test("literals build the expected values")
    func literals() {
        let value: JSONValue = ["name": "x", "n": 1, "f": 1.5, "ok": true, "none": nil, "list": [1, "a"]]
        #expect(value.serializedText == #"{"name":"x","n":1,"f":1.5,"ok":true,"none":null,"list":[1,"a"]}"#)
    }
}

@Suite("Objects")
struct ObjectTests {
    @Test("equality ignores order; hashing agrees")
    func unorderedEquality() throws {
        let a = try JSONValue(parsing: #"{"x":1,"y":[1,2]}"#)
        let b = try JSONValue(parsing: #"{"y":[1.0,2],"x":1}"#)
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        #expect(a != (try JSONValue(parsing: #"{"x":1,"y":[2,1]}"#)))
        #expect(a != (try JSONValue(parsing: #"{"x":1}"#)))
    }

    @Test("setting, replacing and removing keeps order and the index consistent")
    func mutation() {
        var object = JSONObject()
        for index in 0..<20 { object["k\(index)"] = .number(JSONNumber(index)) }
        object["k3"] = "three"
        #expect(object.keys.prefix(4) == ["k0", "k1", "k2", "k3"])
        #expect(object["k3"] == "three")
        #expect(object.removeValue(forKey: "k0") == 0)
        #expect(object["k1"] == 1)
        #expect(object.position(of: "k19") == 18)
        object["k5"] = nil
        #expect(object.count == 18)
        #expect(object["k19"] == 19)
        #expect(object.contains("k5") == false)
    }

    @Test("accessors")
    func accessors() {
        let value: JSONValue = ["a": [10, 20], "b": "s"]
        #expect(value["a"]?[1] == 20)
        #expect(value["a"]?[2] == nil)
        #expect(value["a"]?[-1] == nil)
        #expect(value["b"]?.stringValue == "s")
        #expect(value["missing"] == nil)
        #expect(JSONValue.null.isNull)
        #expect(value.typeName == "object")
        #expect((1.5 as JSONValue).typeName == "number")
        #expect((2.0 as JSONValue).typeName == "integer")
    }
}
