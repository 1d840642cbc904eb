import KubeModel

/// The OpenAPI v3 documents, built and encoded once: the `/openapi/v3` index and one document per group
/// version. Each resource's item path has a `patch` operation carrying the kind's
/// `x-kubernetes-group-version-kind` and a `fieldValidation` parameter: that is what kubectl 1.29+
/// checks before skipping client-side validation and sending `fieldValidation=Strict` (kubectl.md §2.9).
///
/// Each document carries the schemas of its kinds and everything they reference, under upstream's
/// definition names, for `kubectl explain <kind>[.field...]`.
///
/// Decision: no operation has a `requestBody`. kubectl computes strategic merge patches from v3 only
/// for operations accepting `application/strategic-merge-patch+json`, and with schemas that leave out a
/// field (some volume sources are not described) it would warn and fall back; without one it silently
/// uses its compiled-in types, which know every built-in kind.
struct OpenAPIDocuments: Sendable {
    /// `/openapi/v3`.
    let index: [UInt8]
    /// Documents by path (`/openapi/v3/apis/apps/v1`).
    let documents: [String: [UInt8]]
    /// `/openapi/v2` as JSON, and as the protobuf kubectl asks for.
    let v2JSON: [UInt8]
    let v2Protobuf: [UInt8]

    /// The documents of `resources`; `info.version` is the server's `gitVersion`.
    init(resources: [ResourceInfo], definitions: [String: JSONValue], serverVersion: String) {
        index = Self.index(resources).canonicalBytes
        var documents: [String: [UInt8]] = [:]
        for (groupVersionPath, members) in Self.groupVersions(resources) {
            documents["/openapi/v3" + groupVersionPath] =
                Self.document(members, definitions: definitions, serverVersion: serverVersion).canonicalBytes
        }
        self.documents = documents
        let v2 = OpenAPIv2.document(resources, definitions: definitions, serverVersion: serverVersion)
        v2JSON = v2.canonicalBytes
        v2Protobuf = OpenAPIv2.protobuf(v2)
    }

    /// `{"paths":{"api/v1":{"serverRelativeURL":"/openapi/v3/api/v1"},...}}`.
    static func index(_ resources: [ResourceInfo]) -> JSONValue {
        var paths: [String: JSONValue] = [:]
        for groupVersionPath in groupVersions(resources).keys {
            paths[String(groupVersionPath.dropFirst())] = ["serverRelativeURL": .string("/openapi/v3" + groupVersionPath)]
        }
        return ["paths": .object(paths)]
    }

    /// The document of one group version's resources.
    static func document(
        _ resources: [ResourceInfo], definitions: [String: JSONValue], serverVersion: String
    ) -> JSONValue {
        var paths: [String: JSONValue] = [:]
        for resource in resources {
            paths[itemPath(resource)] = pathItem(resource)
        }
        let schemas = OpenAPISchema.schemas(for: resources, in: definitions)
        return [
            "components": ["schemas": .object(schemas)],
            "info": ["title": "Kubernetes", "version": .string(serverVersion)],
            "openapi": "3.0.0",
            "paths": .object(paths),
        ]
    }

    /// `/apis/apps/v1/namespaces/{namespace}/daemonsets/{name}`, or `/api/v1/nodes/{name}`.
    static func itemPath(_ resource: ResourceInfo) -> String {
        resource.groupVersionPath + (resource.namespaced ? "/namespaces/{namespace}/" : "/") + resource.resource
            + "/{name}"
    }

    /// The item path with its path parameters and the `patch` operation.
    static func pathItem(_ resource: ResourceInfo) -> JSONValue {
        var parameters: [JSONValue] = [
            pathParameter("name", "name of the \(resource.kind)")
        ]
        if resource.namespaced {
            parameters.append(pathParameter("namespace", "object name and auth scope, such as for teams and projects"))
        }
        // Upstream's operation IDs: patchCoreV1NamespacedPod, patchAppsV1NamespacedDaemonSet, patchCoreV1Node.
        let groupName = resource.group.isEmpty ? "core" : String(resource.group.prefix { $0 != "." })
        let scope = resource.namespaced ? "Namespaced" : ""
        let operationID = "patch" + capitalized(groupName) + capitalized(resource.version) + scope + resource.kind
        let patch: JSONValue = [
            "description": .string("partially update the specified \(resource.kind)"),
            "operationId": .string(operationID),
            "parameters": [dryRun, fieldManager, fieldValidation, force],
            "responses": [
                "200": ["description": "OK"], "201": ["description": "Created"],
                "401": ["description": "Unauthorized"],
            ],
            "tags": [.string(groupName + "_" + resource.version)],
            "x-kubernetes-action": "patch",
            "x-kubernetes-group-version-kind": OpenAPISchema.groupVersionKind(
                group: resource.group, version: resource.version, kind: resource.kind),
        ]
        return ["parameters": .array(parameters), "patch": patch]
    }

    private static func capitalized(_ word: String) -> String {
        word.prefix(1).uppercased() + word.dropFirst()
    }

    /// The resources grouped by group-version path (`/api/v1`).
    private static func groupVersions(_ resources: [ResourceInfo]) -> [String: [ResourceInfo]] {
        Dictionary(grouping: resources, by: \.groupVersionPath)
    }

    private static func pathParameter(_ name: String, _ description: String) -> JSONValue {
        [
            "description": .string(description), "in": "path", "name": .string(name), "required": true,
            "schema": ["type": "string", "uniqueItems": true],
        ]
    }

    private static func queryParameter(_ name: String, type: String, _ description: String) -> JSONValue {
        [
            "description": .string(description), "in": "query", "name": .string(name),
            "schema": ["type": .string(type), "uniqueItems": true],
        ]
    }

    private static let dryRun = queryParameter(
        "dryRun", type: "string",
        "When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun "
            + "directive will result in an error response and no further processing of the request. Valid values "
            + "are: - All: all dry run stages will be processed")

    private static let fieldManager = queryParameter(
        "fieldManager", type: "string",
        "fieldManager is a name associated with the actor or entity that is making these changes. The value must "
            + "be less than or 128 characters long, and only contain printable characters, as defined by "
            + "https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests "
            + "(application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, "
            + "StrategicMergePatch).")

    private static let fieldValidation = queryParameter(
        "fieldValidation", type: "string",
        "fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing "
            + "unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are "
            + "silently dropped from the object, and will ignore all but the last duplicate field that the decoder "
            + "encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the "
            + "standard warning response header for each unknown field that is dropped from the object, and for "
            + "each duplicate field that is encountered. The request will still succeed if there are no other "
            + "errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - "
            + "Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped "
            + "from the object, or if any duplicate fields are present. The error returned from the server will "
            + "contain all unknown and duplicate fields encountered.")

    private static let force = queryParameter(
        "force", type: "boolean",
        "Force is going to \"force\" Apply requests. It means user will re-acquire conflicting fields owned by "
            + "other people. Force flag must be unset for non-apply patch requests.")
}
