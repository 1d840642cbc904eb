import Foundation
import Testing
@testable import KubeModel

/// Loads JSON fixtures captured in kube-apiserver's exact wire form (compact, Go field order, sorted map
/// keys, and the trailing newline Go's JSON encoder ends every response with).
enum Fixture {
    static func data(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures"))
        return try Data(contentsOf: url)
    }

    /// Decodes fixture `name` as `T` and checks that writing it back gives exactly the fixture's bytes.
    static func roundTrip<T: APIModel>(_ type: T.Type, _ name: String) throws -> T {
        let data = try Fixture.data(name)
        let value = try T.decode(json: data)
        let written = value.jsonBytes() + [UInt8(ascii: "\n")]
        #expect(String(decoding: written, as: UTF8.self) == String(decoding: data, as: UTF8.self))
        // The Codable path (JSONEncoder) must say the same thing, in whatever member order.
        let viaEncoder = try JSONValue.parse(JSONEncoder().encode(value))
        #expect(try viaEncoder == JSONValue.parse(data))
        return value
    }

    /// The fixture's JSON text without the trailing newline, for embedding in larger documents.
    static func text(_ name: String) throws -> String {
        var text = String(decoding: try data(name), as: UTF8.self)
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
