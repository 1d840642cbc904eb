import KubeModel
import Testing
@testable import KubeAPIServer

/// RFC 6902 appendix A and the v4 `evanphx/json-patch` behaviour kube-apiserver has.
@Test(arguments: [
    (#"{"foo":"bar"}"#, #"[{"op":"add","path":"/baz","value":"qux"}]"#, #"{"baz":"qux","foo":"bar"}"#),
    (#"{"foo":["bar","baz"]}"#, #"[{"op":"add","path":"/foo/1","value":"qux"}]"#, #"{"foo":["bar","qux","baz"]}"#),
    (#"{"baz":"qux","foo":"bar"}"#, #"[{"op":"remove","path":"/baz"}]"#, #"{"foo":"bar"}"#),
    (#"{"foo":["bar","qux","baz"]}"#, #"[{"op":"remove","path":"/foo/1"}]"#, #"{"foo":["bar","baz"]}"#),
    (#"{"baz":"qux","foo":"bar"}"#, #"[{"op":"replace","path":"/baz","value":"boo"}]"#, #"{"baz":"boo","foo":"bar"}"#),
    (#"{"foo":{"bar":"baz","waldo":"fred"},"qux":{"corge":"grault"}}"#,
     #"[{"op":"move","from":"/foo/waldo","path":"/qux/thud"}]"#,
     #"{"foo":{"bar":"baz"},"qux":{"corge":"grault","thud":"fred"}}"#),
    (#"{"foo":["all","grass","cows","eat"]}"#, #"[{"op":"move","from":"/foo/1","path":"/foo/3"}]"#,
     #"{"foo":["all","cows","eat","grass"]}"#),
    (#"{"baz":"qux","foo":["a",2,"c"]}"#,
     #"[{"op":"test","path":"/baz","value":"qux"},{"op":"test","path":"/foo/1","value":2}]"#,
     #"{"baz":"qux","foo":["a",2,"c"]}"#),
    (#"{"foo":"bar"}"#, #"[{"op":"add","path":"/child","value":{"grandchild":{}}}]"#,
     #"{"child":{"grandchild":{}},"foo":"bar"}"#),
    (#"{"foo":["bar"]}"#, #"[{"op":"add","path":"/foo/-","value":["abc","def"]}]"#,
     #"{"foo":["bar",["abc","def"]]}"#),
    (#"{"a":1}"#, #"[{"op":"copy","from":"/a","path":"/b"}]"#, #"{"a":1,"b":1}"#),
    // JSON Pointer escapes: ~1 is "/", ~0 is "~" (annotation keys with slashes)
    (#"{"metadata":{"annotations":{"example.com/a~b":"1"}}}"#,
     #"[{"op":"replace","path":"/metadata/annotations/example.com~1a~0b","value":"2"}]"#,
     #"{"metadata":{"annotations":{"example.com/a~b":"2"}}}"#),
    // negative indexes count from the end; v4's replace of a missing member adds it
    (#"{"a":[1,2,3]}"#, #"[{"op":"remove","path":"/a/-1"}]"#, #"{"a":[1,2]}"#),
    (#"{"spec":{}}"#, #"[{"op":"replace","path":"/spec/x","value":1}]"#, #"{"spec":{"x":1}}"#),
    // test: a missing member equals null
    (#"{"a":1}"#, #"[{"op":"test","path":"/missing","value":null}]"#, #"{"a":1}"#),
    (#"{"a":1}"#, "null", #"{"a":1}"#),
])
func jsonPatchAppliesOperations(document: String, patch: String, expected: String) throws {
    let result = try JSONPatch(decoding: json(patch)).apply(to: json(document))
    #expect(canonical(result) == expected)
}

@Test(arguments: [
    (#"{"foo":"bar"}"#, #"[{"op":"test","path":"/foo","value":"baz"}]"#, "testing value /foo failed: test failed"),
    (#"{"a":[1]}"#, #"[{"op":"test","path":"/a/0","value":1.0}]"#, "testing value /a/0 failed: test failed"),
    (#"{"foo":"bar"}"#, #"[{"op":"add","path":"/baz/bat","value":"qux"}]"#,
     #"add operation does not apply: doc is missing path: "/baz/bat": missing value"#),
    (#"{"foo":"bar"}"#, #"[{"op":"remove","path":"/nope"}]"#,
     "error in remove for path: '/nope': Unable to remove nonexistent key: nope: missing value"),
    (#"{"a":[1]}"#, #"[{"op":"replace","path":"/a/5","value":2}]"#,
     "replace operation does not apply: doc is missing key: /a/5: missing value"),
    (#"{"a":{}}"#, #"[{"op":"replace","path":"/b/c","value":2}]"#,
     "replace operation does not apply: doc is missing path: /b/c: missing value"),
    (#"{"a":[1]}"#, #"[{"op":"add","path":"/a/3","value":2}]"#,
     "error in add for path: '/a/3': Unable to access invalid index: 3: invalid index referenced"),
    (#"{"a":1}"#, #"[{"op":"move","from":"/x","path":"/y"}]"#,
     "error in move for path: 'x': Unable to remove nonexistent key: x: missing value"),
    (#"{"a":1}"#, #"[{"op":"frobnicate","path":"/a"}]"#, "Unexpected kind: frobnicate"),
    (#"{"a":1}"#, #"[{"path":"/a"}]"#, "Unexpected kind: unknown"),
])
func jsonPatchFailuresCarryUpstreamText(document: String, patch: String, message: String) throws {
    #expect(throws: JSONPatch.ApplyError(message: message)) {
        try JSONPatch(decoding: json(patch)).apply(to: json(document))
    }
}

@Test(arguments: [
    (#"{"op":"add"}"#, "json: cannot unmarshal object into Go value of type jsonpatch.Patch"),
    (#"["add"]"#, "json: cannot unmarshal string into Go value of type jsonpatch.Operation"),
    (#"[{"op":"add""#, "unexpected end of JSON input"),
])
func malformedJSONPatchIsBadRequest(body: String, message: String) throws {
    let error = try #require(try patchError("application/json-patch+json", body, onto: "{}", kind: "Pod"))
    #expect(error.code == .badRequest)
    #expect(error.message == message)
}

/// `kubectl patch --type=json` with a failing `test`: 422 with upstream's fixed text and no causes.
@Test func failingJSONPatchIsInvalidWithGenericMessage() throws {
    let error = try #require(
        try patchError(
            "application/json-patch+json", #"[{"op":"test","path":"/spec/unschedulable","value":true}]"#,
            onto: #"{"spec":{}}"#, kind: "Node"))
    #expect(error.code == .invalid)
    #expect(error.status.code == 422)
    #expect(error.message == "the server rejected our request due to an error in our request")
    #expect(error.details?.causes == [])
}
