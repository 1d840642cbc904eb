import Foundation
import Testing
@testable import KubeModel

@Test func objectMetaKeepsUnknownFields() throws {
    let json = #"{"name":"a","labels":{"b":"2","a":"1"},"futureField":{"x":1.5,"y":[1,"s",null]},"creationTimestamp":"2024-01-02T03:04:05Z"}"#
    let meta = try ObjectMeta.decode(json: Data(json.utf8))
    #expect(meta.name == "a")
    #expect(String(decoding: meta.jsonBytes(), as: UTF8.self)
        == #"{"name":"a","creationTimestamp":"2024-01-02T03:04:05Z","labels":{"a":"1","b":"2"},"futureField":{"x":1.5,"y":[1,"s",null]}}"#)
}
