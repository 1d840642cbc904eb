import Foundation
import Testing
@testable import KubeModel

/// The reader's value, nil when it declines.
private func read<T: JSONFieldValue>(_ type: T.Type, _ json: some Collection<UInt8>) -> (value: T, sawUnknownField: Bool)? {
    try? JSONReader.read(Data(json)) { try T(reading: &$0) }
}

/// What Foundation's decoder makes of the same bytes, nil for an error.
private func decoded<T: JSONFieldValue>(_ type: T.Type, _ json: some Collection<UInt8>) -> T? {
    try? JSONDecoder().decode(T.self, from: Data(json))
}

/// The reader's contract: it declines, or it agrees with JSONDecoder.
private func expectDeclinesOrAgrees<T: JSONFieldValue>(
    _ type: T.Type, _ json: some Collection<UInt8>, sourceLocation: SourceLocation = #_sourceLocation
) {
    guard let fast = read(T.self, json) else { return }
    #expect(fast.value == decoded(T.self, json), "\(String(decoding: json, as: UTF8.self))", sourceLocation: sourceLocation)
}

@Test func capturedObjectsAreReadWithoutFallingBack() throws {
    func check<T: APIModel>(_ type: T.Type, _ name: String) throws {
        let data = try Fixture.data(name)
        let fast = try #require(read(T.self, data), "the reader declined \(name)")
        #expect(fast.value == decoded(T.self, data), "\(name)")
        #expect(!fast.sawUnknownField, "\(name)")
    }
    try check(Pod.self, "pod-running")
    try check(Node.self, "node")
    try check(DaemonSet.self, "daemonset")
    try check(ControllerRevision.self, "controllerrevision")
    try check(Lease.self, "lease")
    try check(Event.self, "event")
    try check(Status.self, "status-422")
    let list = "{\"kind\":\"PodList\",\"apiVersion\":\"v1\",\"metadata\":{\"resourceVersion\":\"7\"},\"items\":[\(try Fixture.text("pod-running")),\(try Fixture.text("pod-running"))]}"
    let pods = try #require(read(KubeList<Pod>.self, Array(list.utf8)))
    #expect(pods.value.items.count == 2)
    #expect(pods.value == decoded(KubeList<Pod>.self, Array(list.utf8)))
}

@Test func escapesAndUnicodeAreReadAsJSONDecoderReadsThem() throws {
    let json = #"{"name":"q\"b\\s\/\b\f\n\r\t\u00e9\ud83d\ude00 é 😀","labels":{"k\u0041":"v"}}"#
    let fast = try #require(read(ObjectMeta.self, Array(json.utf8)))
    #expect(fast.value.name == "q\"b\\s/\u{8}\u{c}\n\r\té😀 é 😀")
    #expect(fast.value.labels == ["kA": "v"])
    #expect(fast.value == decoded(ObjectMeta.self, Array(json.utf8)))
}

@Test func nullsLeaveFieldsUnsetAsJSONDecoderDoes() throws {
    let json = #"""
        {"metadata":{"name":"p","labels":null,"deletionTimestamp":null,"ownerReferences":null},
         "spec":{"containers":null,"nodeName":null,"priority":null,"tolerations":[{"key":"k","operator":"Exists"}]},
         "status":null}
        """#
    let fast = try #require(read(Pod.self, Array(json.utf8)))
    #expect(fast.value.metadata.name == "p")
    #expect(fast.value.spec.tolerations.count == 1)
    #expect(fast.value == decoded(Pod.self, Array(json.utf8)))
}

@Test func unknownMembersAreKeptAndReported() throws {
    let json = #"{"name":"a","future":{"x":[1,true,null,"s",{"y":-2}]}}"#
    let fast = try #require(read(ObjectMeta.self, Array(json.utf8)))
    #expect(fast.sawUnknownField)
    #expect(fast.value.unknownFields["future"] == ["x": [1, true, nil, "s", ["y": -2]]])
    #expect(fast.value == decoded(ObjectMeta.self, Array(json.utf8)))
    // A caller that must name unknown members still gets their paths (through the collector).
    let reported = try Pod.decodeReportingUnknownFields(json: Data(#"{"metadata":{"name":"a","nme":"b"}}"#.utf8))
    #expect(reported.unknownFields == ["metadata.nme"])
}

@Test func intOrStringQuantityAndTimeTakeEachOfTheirForms() throws {
    let json = #"""
        {"spec":{"updateStrategy":{"type":"RollingUpdate","rollingUpdate":{"maxUnavailable":2,"maxSurge":"10%"}},
         "template":{"spec":{"containers":[{"name":"c","image":"i","resources":{"requests":{"cpu":1,"memory":"64Mi"}}}]}}},
         "metadata":{"name":"d","creationTimestamp":"2024-01-02T03:04:05Z"}}
        """#
    let fast = try #require(read(DaemonSet.self, Array(json.utf8)))
    #expect(fast.value.spec.updateStrategy.rollingUpdate?.maxUnavailable == .int(2))
    #expect(fast.value.spec.updateStrategy.rollingUpdate?.maxSurge == .string("10%"))
    #expect(fast.value.metadata.creationTimestamp == Time(rfc3339: "2024-01-02T03:04:05Z"))
    #expect(fast.value == decoded(DaemonSet.self, Array(json.utf8)))
}

/// Inputs the reader leaves to JSONDecoder; `decode(json:)` then answers exactly as JSONDecoder does.
@Test(arguments: [
    #"{"name":"a","name":"b"}"#,  // a repeated member
    #"{"labels":{"a":"1","a":"2"}}"#,  // a repeated map key
    #"{"name":"\ud800"}"#,  // a lone surrogate
    #"{"name":"\u0000"}"#,
    #"{"generation":01}"#,  // a leading zero
    #"{"generation":1.0}"#,  // a fraction where an integer goes
    #"{"generation":1e3}"#,
    #"{"generation":99999999999999999999}"#,  // overflow
    #"{"name":"a"} x"#,  // trailing bytes
    #"{"name":"a",}"#,
    #"{"name":"a"  "uid":"b"}"#,
    "{\"name\":\"a\tb\"}",  // a raw control character
    #"{"name":1}"#,  // a type mismatch
    #"{"future":1.5}"#,  // a non-integer number kept verbatim
    #"[]"#,
])
func declinedInputsFallBackToJSONDecoder(json: String) {
    #expect(read(ObjectMeta.self, Array(json.utf8)) == nil)
    #expect((try? ObjectMeta.decode(json: Data(json.utf8))) == decoded(ObjectMeta.self, Array(json.utf8)))
}

@Test func integersAtTheirLimitsAreReadOrDeclined() throws {
    #expect(read(Int32.self, Array("2147483647".utf8))?.value == Int32.max)
    #expect(read(Int32.self, Array("-2147483648".utf8))?.value == Int32.min)
    #expect(read(Int32.self, Array("2147483648".utf8)) == nil)
    #expect(read(Int64.self, Array("-9223372036854775808".utf8))?.value == Int64.min)
    #expect(read(Int64.self, Array("-0".utf8))?.value == 0)
    #expect(read(Double.self, Array("-1.5e3".utf8))?.value == -1500)
    #expect(read(Double.self, Array("1e999".utf8)) == nil)
}

@Test func invalidUTF8IsDeclined() {
    let bytes: [UInt8] = Array(#"{"name":""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)
    #expect(read(ObjectMeta.self, bytes) == nil)
}

/// Differential check: a captured pod with bytes changed, dropped or inserted must be declined by the
/// reader or read exactly as JSONDecoder reads it (never accepted where JSONDecoder fails, never different).
@Test func damagedDocumentsAreDeclinedOrReadAsJSONDecoderReadsThem() throws {
    let pod = Array(try Fixture.data("pod-running"))
    let alphabet = Array(#"{}[]:,"\ 0123456789-+.eEtrufalsn\u"#.utf8)
    var readCount = 0
    // Damage spread deterministically over the document (prime strides), so a failure reproduces.
    for round in 0..<1_500 {
        var damaged = pod
        for edit in 0...(round % 3) {
            let step = round * 7_919 + edit * 104_729
            let position = step % damaged.count
            let byte = alphabet[(step / 7) % alphabet.count]
            switch (round + edit) % 3 {
            case 0: damaged[position] = byte
            case 1: damaged.remove(at: position)
            default: damaged.insert(byte, at: position)
            }
        }
        if read(Pod.self, damaged) != nil { readCount += 1 }
        expectDeclinesOrAgrees(Pod.self, damaged)
    }
    // Some damage lands in string values and keeps the document valid: those must be read, not declined.
    #expect(readCount > 50)
}

@Test func skippedValuesAreCheckedForStructure() {
    func skipsEveryMember(_ json: String) -> Bool {
        let counted = try? JSONReader.read(Data(json.utf8)) { reader in
            var cursor = try reader.beginObject()
            var members = 0
            while try reader.nextKey(&cursor) != nil {
                try reader.skipValue()
                members += 1
            }
            return members
        }
        return counted != nil
    }
    #expect(skipsEveryMember(#"{"a":[1,-2.5e3,{"b":"c\"\\d"},[],{}],"e":null,"f":true,"g":"\u00e9"}"#))
    #expect(!skipsEveryMember(#"{"a":[1,]}"#))
    #expect(!skipsEveryMember(#"{"a":01}"#))
    #expect(!skipsEveryMember(#"{"a":"x}"#))
    #expect(!skipsEveryMember(#"{"a":{"b" 1}}"#))
    #expect(!skipsEveryMember(#"{"a":tru}"#))
}

/// Nesting only JSONValue can express is bounded: a hostile body is declined, then refused by JSONDecoder,
/// and never exhausts the stack.
@Test func deepNestingIsDeclinedNotRecursedInto() {
    let deep = Data((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8)
    #expect(throws: (any Error).self) { try JSONValue.parse(deep) }
    let deepMember = Data((#"{"future":"# + String(repeating: "[", count: 100_000)).utf8)
    #expect(ObjectMeta.read(json: deepMember) == nil)
}
