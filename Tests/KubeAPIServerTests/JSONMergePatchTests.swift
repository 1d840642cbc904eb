import KubeModel
import Testing
@testable import KubeAPIServer

/// RFC 7386 appendix A, plus what `kubectl label` / `annotate` send (§3.18 of the kubectl spec).
@Test(arguments: [
    (#"{"a":"b"}"#, #"{"a":"c"}"#, #"{"a":"c"}"#),
    (#"{"a":"b"}"#, #"{"b":"c"}"#, #"{"a":"b","b":"c"}"#),
    (#"{"a":"b"}"#, #"{"a":null}"#, #"{}"#),
    (#"{"a":"b","b":"c"}"#, #"{"a":null}"#, #"{"b":"c"}"#),
    (#"{"a":["b"]}"#, #"{"a":"c"}"#, #"{"a":"c"}"#),
    (#"{"a":"c"}"#, #"{"a":["b"]}"#, #"{"a":["b"]}"#),
    (#"{"a":{"b":"c"}}"#, #"{"a":{"b":"d","c":null}}"#, #"{"a":{"b":"d"}}"#),
    (#"{"a":[{"b":"c"}]}"#, #"{"a":[1]}"#, #"{"a":[1]}"#),
    (#"{"e":null}"#, #"{"a":1}"#, #"{"a":1,"e":null}"#),
    (#"{}"#, #"{"a":{"bb":{"ccc":null}}}"#, #"{"a":{"bb":{}}}"#),
    // kubectl label node n k=v / k- ; kubectl annotate
    (#"{"metadata":{"name":"n","labels":{"a":"1"}}}"#, #"{"metadata":{"labels":{"k":"v"}}}"#,
     #"{"metadata":{"labels":{"a":"1","k":"v"},"name":"n"}}"#),
    (#"{"metadata":{"name":"n","labels":{"a":"1","k":"v"}}}"#, #"{"metadata":{"labels":{"k":null}}}"#,
     #"{"metadata":{"labels":{"a":"1"},"name":"n"}}"#),
    (#"{"metadata":{"name":"n"}}"#, #"{"metadata":{"annotations":{"note":"x"}}}"#,
     #"{"metadata":{"annotations":{"note":"x"},"name":"n"}}"#),
    // upstream prunes nulls inside values added under new keys, lists included
    (#"{}"#, #"{"a":[1,null,{"b":null}]}"#, #"{"a":[1,{}]}"#),
])
func mergePatchFollowsRFC7386(document: String, patch: String, expected: String) throws {
    #expect(try patched("application/merge-patch+json", patch, onto: document, kind: "Node") == expected)
}

@Test(arguments: ["null", "3", #""text""#, "{", "not json"])
func invalidMergePatchIsBadRequest(body: String) throws {
    let error = try #require(try patchError("application/merge-patch+json", body, onto: "{}", kind: "Node"))
    #expect(error.code == .badRequest)
    #expect(error.message == "Invalid JSON Patch")
}

@Test func listMergePatchReplacesTheDocument() throws {
    #expect(try patched("application/merge-patch+json", "[1,null]", onto: #"{"a":1}"#, kind: "Node") == "[1]")
}
