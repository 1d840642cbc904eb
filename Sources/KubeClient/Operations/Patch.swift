import KubeModel

/// A patch body and how the server must read it.
public struct Patch: Sendable, Hashable {
    /// The patch formats the API accepts, as their content types.
    public enum PatchType: String, Sendable, Hashable, CaseIterable {
        /// RFC 6902 JSON patch: a list of operations.
        case json = "application/json-patch+json"
        /// RFC 7386 JSON merge patch: `null` deletes, lists are replaced.
        case merge = "application/merge-patch+json"
        /// Strategic merge patch: lists merged by key as the API types declare.
        case strategic = "application/strategic-merge-patch+json"
        /// Server-side apply: the body is the manager's full intent; needs a field manager.
        case apply = "application/apply-patch+yaml"
    }

    /// The format.
    public var type: PatchType
    /// The body (JSON; YAML also for apply).
    public var body: [UInt8]
    /// For apply: take over fields other managers own instead of failing with a conflict; nil otherwise.
    public var force: Bool?

    /// A patch of `type` with `body`.
    public init(type: PatchType, body: [UInt8], force: Bool? = nil) {
        self.type = type
        self.body = body
        self.force = force
    }

    /// A JSON patch (operations list).
    public static func json(_ operations: JSONValue) -> Patch {
        Patch(type: .json, body: operations.canonicalBytes)
    }

    /// A JSON merge patch.
    public static func merge(_ patch: JSONValue) -> Patch {
        Patch(type: .merge, body: patch.canonicalBytes)
    }

    /// A strategic merge patch.
    public static func strategic(_ patch: JSONValue) -> Patch {
        Patch(type: .strategic, body: patch.canonicalBytes)
    }

    /// A server-side apply of `object` (its full intent, with `apiVersion` and `kind`).
    public static func apply(_ object: some TypedObject, force: Bool = false) -> Patch {
        Patch(type: .apply, body: object.jsonBytes(), force: force)
    }
}
