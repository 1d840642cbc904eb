import Foundation
import KubeModel
import KubeTestSupport
import Testing

@testable import KubeAPIServer

/// Create and update bodies that are no object of the endpoint's kind, over HTTPS: the 400 and the message
/// kube-apiserver's handlers answer (`transformDecodeError`, after `json.SimpleMetaFactory.Interpret`).
@Suite(.serialized) struct RequestBodyKindTests {
    static let interpretedStruct =
        #"struct { APIVersion string "json:\"apiVersion,omitempty\""; Kind string "json:\"kind,omitempty\"" }"#
    static let scheme = #"in scheme "pkg/api/legacyscheme/scheme.go:30""#

    /// A body sent with `method` to `path`, and the message and code of the Status that answers it.
    struct Case: Sendable, CustomTestStringConvertible {
        var method = "POST"
        var path = "/api/v1/namespaces/default/pods"
        var body: String
        var message: String
        var testDescription: String { "\(method) \(path) \(body)" }
    }

    static let cases: [Case] = [
        Case(
            body: "[]",
            message: "the object provided is unrecognized (must be of type Pod): couldn't get version/kind; json parse "
                + "error: json: cannot unmarshal array into Go value of type \(interpretedStruct) (5b5d)"),
        Case(
            body: #""pod""#,
            message: "the object provided is unrecognized (must be of type Pod): couldn't get version/kind; json parse "
                + "error: json: cannot unmarshal string into Go value of type \(interpretedStruct) (22706f6422)"),
        Case(
            method: "PUT", path: "/api/v1/namespaces/default/pods/web", body: "[]",
            message: "the object provided is unrecognized (must be of type Pod): couldn't get version/kind; json parse "
                + "error: json: cannot unmarshal array into Go value of type \(interpretedStruct) (5b5d)"),
        Case(
            body: #"{"metadata":"#,
            message: "the object provided is unrecognized (must be of type Pod): couldn't get version/kind; json parse "
                + #"error: unexpected end of JSON input ({"metadata":)"#),
        Case(
            body: #"{"kind":1,"metadata":{"name":"web-with-a-long-name"}}"#,
            message: "the object provided is unrecognized (must be of type Pod): couldn't get version/kind; json parse "
                + #"error: json: cannot unmarshal number into Go struct field .kind of type string ({"kind":1,"metadata":{"name":" ...)"#),
        Case(
            body: #"{"apiVersion":"a/b/c"}"#,
            message: #"the object provided is unrecognized (must be of type Pod): unexpected GroupVersion string: a/b/c ({"apiVersion":"a/b/c"})"#),
        Case(
            body: #"{"apiVersion":"v1","kind":"Node","metadata":{"name":"web"}}"#,
            message: #"Node in version "v1" cannot be handled as a Pod: converting (v1.Node) to (core.Pod): unknown conversion"#),
        Case(
            method: "PUT", path: "/apis/apps/v1/namespaces/default/daemonsets/web",
            body: #"{"apiVersion":"v1","kind":"Service","metadata":{"name":"web"}}"#,
            message: #"Service in version "v1" cannot be handled as a DaemonSet: converting (v1.Service) to (apps.DaemonSet): unknown conversion"#),
        Case(
            body: #"{"apiVersion":"v1","kind":"pod","metadata":{"name":"web"}}"#,
            message: #"pod in version "v1" cannot be handled as a Pod: no kind "pod" is registered for version "v1" "# + scheme),
        Case(
            body: #"{"apiVersion":"apps/v1","kind":"Pod","metadata":{"name":"web"}}"#,
            message: #"Pod in version "v1" cannot be handled as a Pod: no kind "Pod" is registered for version "apps/v1" "# + scheme),
        Case(
            body: #"{"apiVersion":"apps/","kind":"Pod"}"#,
            message: #"Pod in version "" cannot be handled as a Pod: Object 'apiVersion' is missing in '{"apiVersion":"apps/","kind":"Pod"}'"#),
        Case(
            path: "/apis/apps/v1/namespaces/default/daemonsets",
            body: #"{"apiVersion":"apps/v1beta2","kind":"DaemonSet","metadata":{"name":"web"}}"#,
            message: "the API version in the data (apps/v1beta2) does not match the expected API version (apps/v1)"),
        Case(
            path: "/apis/events.k8s.io/v1/namespaces/default/events",
            body: #"{"apiVersion":"v1","kind":"Event","metadata":{"name":"web"}}"#,
            message: "the API version in the data (v1) does not match the expected API version (events.k8s.io/v1)"),
    ]

    @Test func bodiesOfNoObjectOfTheKindAreBadRequests() async throws {
        try await withTemporaryDirectory { directory in
            try await withCluster(dataDirectory: directory) { cluster in
                for item in Self.cases {
                    let (status, body) = try await cluster.curl(
                        item.path,
                        ["-X", item.method, "-H", "Content-Type: application/json", "--data-binary", item.body])
                    #expect(status == 400, "\(item.testDescription): \(body)")
                    let answer = try JSONValue.parse(Data(body.utf8))
                    #expect(answer["reason"] == "BadRequest", "\(item.testDescription)")
                    #expect(answer["code"] == 400, "\(item.testDescription)")
                    #expect(answer["message"]?.stringValue == item.message, "\(item.testDescription)")
                }
            }
        }
    }

    @Test func kubectlPrintsTheServersWords() async throws {
        try await withTemporaryDirectory { directory in
            try await withCluster(dataDirectory: directory) { cluster in
                let result = try await cluster.kubectl(
                    ["create", "--raw", "/api/v1/namespaces/default/pods", "-f", "-"], manifest: "[]")
                #expect(result.status != 0)
                #expect(
                    result.stderr.contains(
                        "Error from server (BadRequest): the object provided is unrecognized (must be of type Pod)"),
                    "\(result)")
            }
        }
    }

    @Test func aNullBodyIsTheEmptyObject() async throws {
        try await withTemporaryDirectory { directory in
            try await withCluster(dataDirectory: directory) { cluster in
                let (status, body) = try await cluster.curl(
                    "/api/v1/namespaces/default/pods", ["-X", "POST", "-H", "Content-Type: application/json", "--data-binary", "null"])
                #expect(status == 422, "\(body)")
                #expect(try JSONValue.parse(Data(body.utf8))["reason"] == "Invalid")
            }
        }
    }

    @Test(arguments: [
        ("[]", "5b5d"),
        ("", "<empty>"),
        (#"{"a":"0123456789012345678901234567890"}"#, #"{"a":"012345678901234567890123 ..."#),
        ("0123456789012345678901234567890", "303132333435363738393031323334353637383930313233343536373839 ..."),
    ])
    func summariesFollowUpstream(body: String, summary: String) {
        #expect(RequestBodyKind.summary(of: Array(body.utf8)) == summary)
    }
}
