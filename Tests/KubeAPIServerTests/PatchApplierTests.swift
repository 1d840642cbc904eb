import Foundation
import KubeModel
import Testing
@testable import KubeAPIServer

@Test(arguments: ["text/plain", "application/json", "application/yaml", "", "Application/Merge-Patch+JSON"])
func unsupportedPatchTypeIs415(contentType: String) throws {
    let error = try #require(try patchError(contentType, "{}", onto: "{}", kind: "Pod"))
    #expect(error.code == .unsupportedMediaType)
    #expect(error.status.code == 415)
    #expect(
        error.message
            == "the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml, application/strategic-merge-patch+json")
}

@Test(arguments: ["application/merge-patch+json; charset=utf-8", "application/merge-patch+json;"])
func contentTypeParametersAreIgnored(contentType: String) throws {
    #expect(try patched(contentType, #"{"a":2}"#, onto: #"{"a":1}"#, kind: "Pod") == #"{"a":2}"#)
}

@Test func forceIsOnlyForApply() throws {
    let error = try #require(
        try patchError(
            "application/merge-patch+json", "{}", onto: "{}", kind: "Pod", options: PatchApplier.Options(force: true)))
    #expect(error.code == .invalid)
    #expect(error.message == #"PatchOptions.meta.k8s.io "" is invalid: force: Forbidden: may not be specified for non-apply patch"#)
}

@Test(arguments: [
    "application/merge-patch+json", "application/json-patch+json", "application/strategic-merge-patch+json",
])
func patchingAMissingObjectIsNotFound(contentType: String) throws {
    let error = try #require(try patchError(contentType, "{}", onto: nil, kind: "Pod"))
    #expect(error.code == .notFound)
}
