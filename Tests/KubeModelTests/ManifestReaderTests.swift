import Foundation
import Testing
@testable import KubeModel

private let multiDocument = """
    # leading comment
    ---
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: a
    data:
      enabled: yes
      legacy: off
      count: "3"
    ---
    ---
    null
    ---
    apiVersion: apps/v1
    kind: DaemonSet
    metadata: {name: ds, namespace: kube-system}
    spec:
      replicas: 3
      ratio: 1.5
      flag: true
      created: 2024-01-02T03:04:05Z
      hex: 0x1F
      octal: 0o17
      negative: -12
      plus: +7
      exponent: 1e3
      fraction: .5
      tilde: ~
      empty:
      big: 123456789012345678901234
      list: [a, 'b', "c", 'true', !!str 42]
      block: |
        line1
        line2
    ...
    """

@Test func readsManyDocumentsSkippingEmptyOnes() throws {
    let documents = try ManifestReader.documents(from: multiDocument)
    #expect(documents.count == 2)
    #expect(documents[0]["data"] == ["enabled": "yes", "legacy": "off", "count": "3"])
    let spec = try #require(documents[1]["spec"])
    #expect(spec["replicas"] == .int(3))
    #expect(spec["ratio"] == .double(1.5))
    #expect(spec["flag"] == .bool(true))
    #expect(spec["created"] == .string("2024-01-02T03:04:05Z"))
    #expect(spec["hex"] == .int(31))
    #expect(spec["octal"] == .int(15))
    #expect(spec["negative"] == .int(-12))
    #expect(spec["plus"] == .int(7))
    #expect(spec["exponent"] == .double(1000))
    #expect(spec["fraction"] == .double(0.5))
    #expect(spec["tilde"] == .null)
    #expect(spec["empty"] == .null)
    #expect(spec["big"] == .double(1.2345678901234568e23))
    #expect(spec["list"] == ["a", "b", "c", "true", "42"])
    #expect(spec["block"] == "line1\nline2\n")
    #expect(documents[1]["metadata"] == ["name": "ds", "namespace": "kube-system"])
}

@Test(arguments: [
    ("v: 12", JSONValue.int(12)),
    ("v: '12'", .string("12")),
    ("v: !!str 12", .string("12")),
    ("v: !!int '12'", .int(12)),
    ("v: !!float 2", .double(2)),
    ("v: True", .bool(true)),
    ("v: FALSE", .bool(false)),
    ("v: yes", .string("yes")),
    ("v: On", .string("On")),
    ("v: NULL", .null),
    ("v: null", .null),
    ("v: 'null'", .string("null")),
    ("v: 0777", .int(777)),
    ("v: 1_000", .string("1_000")),
    ("v: 1.0", .double(1)),
    ("v: -0x10", .int(-16)),
    ("v: 9223372036854775807", .int(Int64.max)),
    ("v: 2001-12-14", .string("2001-12-14")),
    ("v: 1.2.3", .string("1.2.3")),
    ("v: 3Gi", .string("3Gi")),
    ("v: 0.5e", .string("0.5e")),
    ("v: \"a\\tb\"", .string("a\tb")),
    ("v: >\n  folded\n  text\n", .string("folded text\n")),
])
func scalarsFollowTheCoreSchema(yaml: String, expected: JSONValue) throws {
    #expect(try ManifestReader.documents(from: yaml) == [["v": expected]])
}

@Test func anchorsAliasesAndMergeKeys() throws {
    let yaml = """
        base: &base {a: 1, b: 2}
        extra: &extra {c: 3, a: 9}
        derived:
          <<: [*base, *extra]
          b: 20
        copy: *base
        """
    let document = try #require(try ManifestReader.documents(from: yaml).first)
    #expect(document["derived"] == ["a": 1, "b": 20, "c": 3])
    #expect(document["copy"] == ["a": 1, "b": 2])
}

@Test func readsJSONObjectsAndStreams() throws {
    #expect(try ManifestReader.documents(from: #"{"kind":"Pod","spec":{"n":1,"f":1.5,"s":"}{"}}"#)
        == [["kind": "Pod", "spec": ["n": 1, "f": 1.5, "s": "}{"]]])
    let stream = """
        {"kind": "A", "x": [1, {"y": "]"}]}
        {"kind": "B"}
        """
    #expect(try ManifestReader.documents(from: stream) == [["kind": "A", "x": [1, ["y": "]"]]], ["kind": "B"]])
    // A YAML flow mapping is not JSON; it is read as YAML.
    #expect(try ManifestReader.documents(from: "{kind: C, n: 2}") == [["kind": "C", "n": 2]])
}

@Test func flattensLists() throws {
    let yaml = """
        apiVersion: v1
        kind: List
        items:
        - {apiVersion: v1, kind: ConfigMap, metadata: {name: a}}
        - {apiVersion: v1, kind: List, items: [{apiVersion: v1, kind: Secret, metadata: {name: b}}]}
        ---
        apiVersion: v1
        kind: PodList
        metadata: {resourceVersion: "5"}
        items:
        - metadata: {name: p}
        """
    let documents = try ManifestReader.documents(from: yaml)
    #expect(documents.map { $0["kind"] } == ["ConfigMap", "Secret", "Pod"])
    #expect(documents[2] == ["apiVersion": "v1", "kind": "Pod", "metadata": ["name": "p"]])
}

@Test(arguments: [
    ("a: 1\n---\nb: [1, 2\n", ManifestError.Code.syntax, 1),
    ("a: 1\n---\nb: 2\n---\nc: d: e\n", .syntax, 2),
    ("a: 1\na: 2\n", .syntax, 0),
    ("- a\n- b\n", .notAnObject, 0),
    ("a: 1\n---\nplain text\n", .notAnObject, 1),
    ("v: .inf\n", .unsupportedValue, 0),
    ("v: !!int abc\n", .unsupportedValue, 0),
    ("? [a]\n: b\n", .unsupportedValue, 0),
    ("kind: List\nitems: [1]\n", .notAnObject, 0),
])
func errorsNameTheDocumentOnOneLine(yaml: String, code: ManifestError.Code, index: Int) {
    do {
        _ = try ManifestReader.documents(from: yaml)
        Issue.record("expected an error for \(yaml)")
    } catch {
        #expect(error.code == code)
        #expect(error.documentIndex == index)
        #expect(error.description.hasPrefix("document \(index): "))
        #expect(!error.description.contains("\n"), "\(error.description)")
    }
}

@Test func syntaxErrorsSayWhere() {
    #expect(throws: ManifestError(.syntax, documentIndex: 1,
        "line 3, column 5: mapping values are not allowed in this context")) {
        try ManifestReader.documents(from: "a: 1\n---\nc: d: e\n")
    }
    #expect(throws: ManifestError(.notAnObject, documentIndex: 0, "expected an object, found a list")) {
        try ManifestReader.documents(from: "[1, 2]")
    }
}

@Test func decodesTypedModels() throws {
    let yaml = """
        name: a
        generation: 7
        labels: {app: web}
        ---
        name: b
        futureField: {x: 1}
        """
    let metas = try ManifestReader.decodeAll(ObjectMeta.self, from: yaml)
    #expect(metas.map(\.name) == ["a", "b"])
    #expect(metas[0].generation == 7)
    #expect(metas[0].labels == ["app": "web"])
    #expect(metas[1].unknownFields == ["futureField": ["x": 1]])

    let selector = try ManifestReader.decode(
        LabelSelector.self,
        from: try #require(try ManifestReader.documents(
            from: "matchLabels: {app: web}\nmatchExpressions:\n- {key: tier, operator: In, values: [a]}").first))
    #expect(try selector.asLabelQuery().description == "app=web,tier in (a)")
}

@Test func decodingErrorsNameThePath() throws {
    let document: JSONValue = ["matchExpressions": [["key": "a", "operator": "In", "values": [1]]]]
    do {
        _ = try ManifestReader.decode(LabelSelector.self, from: document, index: 3)
        Issue.record("expected a decoding error")
    } catch {
        #expect(error.code == .decoding)
        #expect(error.description.hasPrefix("document 3: matchExpressions[0].values[0]: "), "\(error.description)")
        #expect(!error.description.contains("\n"))
    }
}

@Test func readsDataWithByteOrderMark() throws {
    let data = Data([0xEF, 0xBB, 0xBF]) + Data("kind: A\n".utf8)
    #expect(try ManifestReader.documents(from: data) == [["kind": "A"]])
    #expect(throws: ManifestError(.syntax, documentIndex: 0, "input is not valid UTF-8")) {
        try ManifestReader.documents(from: Data([0x61, 0xFF]))
    }
}

@Test func emptyInputHasNoDocuments() throws {
    #expect(try ManifestReader.documents(from: "") == [])
    #expect(try ManifestReader.documents(from: "# only a comment\n---\n---\n") == [])
}
