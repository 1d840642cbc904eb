import Foundation
import KubeModel
import Testing
@testable import KubeAPIServer

/// Parses test JSON with the same decoder the server uses for patch bodies.
func json(_ text: String) throws -> JSONValue {
    try GoJSONDecoder.parse(Array(text.utf8))
}

/// Canonical text of a value, so expectations read as JSON and failures print readably.
func canonical(_ value: JSONValue) -> String {
    String(decoding: value.canonicalBytes, as: UTF8.self)
}

/// Runs `PatchApplier.apply` with a JSON `current` and returns the canonical result.
func patched(
    _ contentType: String, _ patch: String, onto current: String?, kind: String,
    options: PatchApplier.Options = PatchApplier.Options()
) throws -> String {
    let live = try current.map(json)
    return canonical(
        try PatchApplier.apply(contentType: contentType, patch: Data(patch.utf8), to: live, kind: kind, options: options))
}

/// The `APIError` a patch fails with, or nil when it succeeds.
func patchError(
    _ contentType: String, _ patch: String, onto current: String?, kind: String,
    options: PatchApplier.Options = PatchApplier.Options()
) throws -> APIError? {
    let live = try current.map(json)
    do {
        _ = try PatchApplier.apply(contentType: contentType, patch: Data(patch.utf8), to: live, kind: kind, options: options)
        return nil
    } catch {
        return error
    }
}

extension JSONValue {
    /// The items of an array, or nil.
    var arrayValue: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }
}
