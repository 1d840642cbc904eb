import KubeModel

/// The kind a create or update body declares, read as kube-apiserver reads it before decoding the object: Go's
/// `encoding/json` into `{apiVersion, kind}` (`json.SimpleMetaFactory.Interpret`), the group version parsed, then
/// the endpoint's group, version and kind filling what is missing (`gvkWithDefaults`). A body that is no object of
/// the endpoint's kind gets the 400 upstream's `transformDecodeError` words.
enum RequestBodyKind {
    /// Go's name of the anonymous struct `Interpret` unmarshals into, as its type errors print it.
    static let interpretedStruct =
        #"struct { APIVersion string "json:\"apiVersion,omitempty\""; Kind string "json:\"kind,omitempty\"" }"#

    /// Checks that `document` (the body `body` parsed) declares `info`'s kind, or throws the 400 upstream answers.
    static func check(_ document: JSONValue, body: [UInt8], info: ResourceInfo) throws(APIError) {
        let stated: GroupVersionKind
        do {
            stated = try interpret(document)
        } catch {
            throw unrecognized(error, body: body, kind: info.kind)
        }
        try check(stated: stated, body: body, info: info)
    }

    /// `check` for a body already read as the endpoint's model: its apiVersion and kind were strings or absent,
    /// and an absent one holds the model's default, which is the endpoint's own (as `withDefaults` fills it).
    static func check(apiVersion: String, kind: String, body: [UInt8], info: ResourceInfo) throws(APIError) {
        let groupVersion: (group: String, version: String)
        do {
            groupVersion = try parseGroupVersion(apiVersion)
        } catch {
            throw unrecognized(error, body: body, kind: info.kind)
        }
        try check(
            stated: GroupVersionKind(group: groupVersion.group, version: groupVersion.version, kind: kind),
            body: body, info: info)
    }

    /// Checks the group, version and kind a body states (before defaults) against `info`'s.
    private static func check(stated: GroupVersionKind, body: [UInt8], info: ResourceInfo) throws(APIError) {
        let target = GroupVersionKind(group: info.group, version: info.version, kind: info.kind)
        let declared = withDefaults(stated, from: target)
        guard declared != target else { return }
        let handledAs =
            "\(declared.kind) in version \(GoText.quote(declared.version)) cannot be handled as a \(info.kind): "
        guard !declared.version.isEmpty else {
            let data = String(decoding: body, as: UTF8.self)
            throw APIError(.badRequest, handledAs + "Object 'apiVersion' is missing in '\(data)'")
        }
        switch LegacyScheme.resolve(declared, as: target) {
        case .otherVersion:
            let groupVersion = declared.group.isEmpty ? declared.version : declared.group + "/" + declared.version
            throw APIError(
                .badRequest,
                "the API version in the data (\(groupVersion)) does not match the expected API version "
                    + "(\(info.groupVersion))")
        case .unknownConversion(let reason), .notRegistered(let reason):
            throw APIError(.badRequest, handledAs + reason)
        }
    }

    /// Why a body has no readable group version and kind, worded as `Interpret` wraps Go's errors.
    struct Unreadable: Error {
        var message: String

        /// A JSON error of Go's (syntax or type), as `Interpret` wraps it.
        init(jsonError: String) {
            message = "couldn't get version/kind; json parse error: " + jsonError
        }

        /// Any other reason, bare.
        init(message: String) {
            self.message = message
        }
    }

    /// The 400 for a body whose kind cannot even be read: the handler has no kind to name, so it names the body.
    static func unrecognized(_ reason: Unreadable, body: [UInt8], kind: String) -> APIError {
        APIError(
            .badRequest,
            "the object provided is unrecognized (must be of type \(kind)): \(reason.message) (\(summary(of: body)))")
    }

    /// The group, version and kind `document` states, as `Interpret` reads them (empty where absent or null).
    static func interpret(_ document: JSONValue) throws(Unreadable) -> GroupVersionKind {
        let prefix = "json: cannot unmarshal "
        let members: JSONObject
        switch document {
        case .null: members = [:]
        case .object(let value): members = value
        default:
            throw Unreadable(jsonError: prefix + JSONPatch.goKind(document) + " into Go value of type " + interpretedStruct)
        }
        var apiVersion = ""
        var kind = ""
        for field in ["apiVersion", "kind"] {
            switch member(field, of: members) {
            case nil, .null?:
                continue
            case .string(let value)?:
                if field == "kind" { kind = value } else { apiVersion = value }
            case let other?:
                throw Unreadable(
                    jsonError: prefix + JSONPatch.goKind(other) + " into Go struct field .\(field) of type string")
            }
        }
        let groupVersion = try parseGroupVersion(apiVersion)
        return GroupVersionKind(group: groupVersion.group, version: groupVersion.version, kind: kind)
    }

    /// The member Go's decoder fills `field` from: the exact key, else one equal but for ASCII case.
    static func member(_ field: String, of members: JSONObject) -> JSONValue? {
        if let exact = members[field] { return exact }
        let folded = field.lowercased()
        return members.keys.sorted().last { $0.lowercased() == folded }.flatMap { members[$0] }
    }

    /// `schema.ParseGroupVersion`: "" and "/" are empty, `v1` is the core group, more than one slash is an error.
    static func parseGroupVersion(_ text: String) throws(Unreadable) -> (group: String, version: String) {
        if text.isEmpty || text == "/" { return ("", "") }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        switch parts.count {
        case 1: return ("", text)
        case 2: return (String(parts[0]), String(parts[1]))
        default: throw Unreadable(message: "unexpected GroupVersion string: \(text)")
        }
    }

    /// `gvkWithDefaults`: the endpoint's kind when none is stated, its group version when neither group nor
    /// version is, its version when only its group is.
    static func withDefaults(_ actual: GroupVersionKind, from defaults: GroupVersionKind) -> GroupVersionKind {
        var result = actual
        if result.kind.isEmpty { result.kind = defaults.kind }
        if result.version.isEmpty && result.group.isEmpty {
            result.group = defaults.group
            result.version = defaults.version
        }
        if result.version.isEmpty && result.group == defaults.group { result.version = defaults.version }
        return result
    }

    /// `summarizeData(body, 30)`: an object's first 30 bytes as text, anything else's in hex.
    static func summary(of body: [UInt8]) -> String {
        let maxLength = 30
        guard let first = body.first else { return "<empty>" }
        let head = body.prefix(maxLength)
        let more = body.count > maxLength ? " ..." : ""
        if first == UInt8(ascii: "{") { return String(decoding: head, as: UTF8.self) + more }
        return head.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined() + more
    }
}
