import KubeModel
import Testing
@testable import KubeAPIServer

@Test(arguments: [
    ("", "unexpected end of JSON input"),
    ("{", "unexpected end of JSON input"),
    ("nul", "unexpected end of JSON input"),
    (#"{"a" 1}"#, "invalid character '1' after object key"),
    (#"{"a":1 "b":2}"#, #"invalid character '"' after object key:value pair"#),
    ("[1 2]", "invalid character '2' after array element"),
    ("{a:1}", "invalid character 'a' looking for beginning of object key string"),
    ("nulx", "invalid character 'x' in literal null (expecting 'l')"),
    ("{} x", "invalid character 'x' after top-level value"),
    ("-a", "invalid character 'a' in numeric literal"),
    ("1.x", "invalid character 'x' after decimal point in numeric literal"),
    ("1ex", "invalid character 'x' in exponent of numeric literal"),
    (#""\q""#, "invalid character 'q' in string escape code"),
    (#""\u12x4""#, #"invalid character 'x' in \u hexadecimal character escape"#),
    ("'a'", #"invalid character '\'' looking for beginning of value"#),
    ("{\"a\":\"\n\"}", #"invalid character '\n' in string literal"#),
    ("[1,]", "invalid character ']' looking for beginning of value"),
])
func malformedJSONIsReportedInGoWords(input: String, message: String) {
    #expect(throws: GoJSONDecoder.SyntaxError(message: message)) {
        try GoJSONDecoder.parse(Array(input.utf8))
    }
}

private let wellFormed: [(String, JSONValue)] = [
    (#"{"a":1,"b":-2,"c":1.5,"d":1e3,"e":9223372036854775808}"#, .object([
        "a": .int(1), "b": .int(-2), "c": .double(1.5), "d": .double(1000), "e": .double(9223372036854775808),
    ])),
    (#"{"a":1,"a":2}"#, .object(["a": .int(2)])),
    (#" ["x\"\/\u00e9\ud83d\ude00", true, false, null] "#, .array([.string("x\"/é😀"), .bool(true), .bool(false), .null])),
]

@Test(arguments: wellFormed)
func wellFormedJSONKeepsIntegersAndLastDuplicate(input: String, expected: JSONValue) throws {
    #expect(try GoJSONDecoder.parse(Array(input.utf8)) == expected)
}

private let goFormatted: [(JSONValue, String)] = [
    (.object(["image": .string("x"), "ports": .array([.int(80), .double(1.5)]), "on": .bool(true), "n": .null]),
     "map[image:x n:<nil> on:true ports:[80 1.5]]"),
    (.double(1_000_000), "1e+06"),
    (.double(80), "80"),
    (.double(0.00001), "1e-05"),
]

@Test(arguments: goFormatted)
func goValueFormatMatchesPercentV(value: JSONValue, text: String) {
    #expect(GoValueFormat.describe(value) == text)
}

@Test func nestingStopsAtGoLimitWithGoWords() throws {
    func nested(_ depth: Int, _ open: String, _ close: String) -> [UInt8] {
        Array((String(repeating: open, count: depth) + String(repeating: close, count: depth)).utf8)
    }
    // 10,000 levels parse (on a stack that holds them), one more is refused before the recursion goes deeper.
    let deepest = try DeepNesting.run(depth: 10_000) { () throws(GoJSONDecoder.SyntaxError) -> Bool in
        var value = try GoJSONDecoder.parse(nested(10_000, "[", "]"))
        var levels = 0
        while case .array(let items) = value, let first = items.first {
            value = first
            levels += 1
        }
        return levels == 9_999
    }
    #expect(deepest)
    for (open, close) in [("[", "]"), (#"{"a":"#, "}")] {
        #expect(throws: GoJSONDecoder.SyntaxError(message: "invalid character '\(open.prefix(1))' exceeded max depth")) {
            try DeepNesting.run(depth: 10_001) { () throws(GoJSONDecoder.SyntaxError) in
                _ = try GoJSONDecoder.parse(nested(10_001, open, close))
            }
        }
    }
}
