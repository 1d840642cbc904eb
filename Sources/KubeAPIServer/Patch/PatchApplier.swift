import Foundation
import KubeModel

/// The one entry point for `PATCH`: picks the patch type from the request's `Content-Type`, applies the body to
/// the live object and maps every failure to an `APIError` worded and coded as kube-apiserver does. Pure: no I/O,
/// no clock (server-side apply takes `now` in `Options`).
///
/// | Content-Type | behaviour |
/// |---|---|
/// | `application/json-patch+json` | `JSONPatch` (RFC 6902) |
/// | `application/merge-patch+json` | `JSONMergePatch` (RFC 7386) |
/// | `application/strategic-merge-patch+json` | `StrategicMergePatch` over `PatchSchema.served` |
/// | `application/apply-patch+yaml` | `ServerSideApply` (creates when `current` is nil) |
///
/// The caller still validates the result (422 with causes), checks name/namespace/uid and persists it.
public enum PatchApplier {
    /// The `Content-Type`s `PATCH` accepts, in upstream's order (the 415 message lists them).
    public static let supportedContentTypes = [
        "application/json-patch+json", "application/merge-patch+json", "application/apply-patch+yaml",
        "application/strategic-merge-patch+json",
    ]

    /// Query parameters of `PATCH` that change how the body is applied.
    public struct Options: Sendable {
        /// `fieldManager`: required for apply (kubectl sends `kubectl`), recorded in `managedFields`.
        public var fieldManager: String
        /// `force`: on apply, take ownership of conflicting fields instead of failing with 409.
        public var force: Bool
        /// The object's `apiVersion` (`apps/v1`, `v1`); apply configurations must name it. Nil skips the check.
        public var apiVersion: String?
        /// The time written into the apply's `managedFields` entry; nil leaves `time` out.
        public var now: Date?
        /// The schema strategic merge patch and apply use.
        public var schema: PatchSchema

        /// Options for one request.
        public init(
            fieldManager: String = "", force: Bool = false, apiVersion: String? = nil, now: Date? = nil,
            schema: PatchSchema = .served
        ) {
            self.fieldManager = fieldManager
            self.force = force
            self.apiVersion = apiVersion
            self.now = now
            self.schema = schema
        }
    }

    /// `patch` (the raw body) of type `contentType` applied to `current`, an object of `kind`. `current` nil means
    /// the object does not exist: apply creates it, other patch types answer 404 (callers normally check first).
    public static func apply(
        contentType: String, patch: Data, to current: JSONValue?, kind: String, options: Options = Options()
    ) throws(APIError) -> JSONValue {
        let type = try patchType(contentType)
        if options.force && type != "application/apply-patch+yaml" {
            throw invalidOptions(
                StatusCause(
                    reason: "FieldValueForbidden", message: "Forbidden: may not be specified for non-apply patch",
                    field: "force"))
        }
        if type == "application/apply-patch+yaml" {
            return try serverSideApply(patch, to: current, kind: kind, options: options)
        }
        guard let current else {
            throw APIError(.notFound, "the server could not find the requested resource")
        }
        let bytes = [UInt8](patch)
        switch type {
        case "application/json-patch+json":
            let document: JSONValue
            do {
                document = try GoJSONDecoder.parse(bytes)
            } catch {
                throw APIError(.badRequest, error.message)
            }
            let patch: JSONPatch
            do {
                patch = try JSONPatch(decoding: document)
            } catch {
                throw APIError(.badRequest, error.message)
            }
            if patch.operations.count > SizeLimits.jsonPatchOperations {
                throw APIError(
                    .requestEntityTooLarge,
                    "Request entity too large: The allowed maximum operations in a JSON patch is "
                        + "\(SizeLimits.jsonPatchOperations), got \(patch.operations.count)")
            }
            do {
                return try patch.apply(to: current)
            } catch {
                throw rejected()
            }
        case "application/merge-patch+json":
            guard let document = try? GoJSONDecoder.parse(bytes) else {
                throw APIError(.badRequest, JSONMergePatch.InvalidPatch().message)
            }
            do {
                return try JSONMergePatch.apply(document, to: current)
            } catch {
                throw APIError(.badRequest, error.message)
            }
        default:
            let document: JSONValue
            do {
                document = try GoJSONDecoder.parse(bytes)
            } catch {
                throw APIError(.badRequest, error.message)
            }
            let members: JSONObject
            switch document {
            case .object(let object): members = object
            case .null: members = [:]
            default:
                throw APIError(
                    .badRequest,
                    "json: cannot unmarshal \(JSONPatch.goKind(document)) into Go value of type map[string]interface {}")
            }
            guard case .object(let live) = current else { throw apiError(.badJSONDoc) }
            do {
                return .object(try StrategicMergePatch.apply(members, to: live, meta: options.schema.root(forKind: kind)))
            } catch {
                throw apiError(error)
            }
        }
    }

    /// The media type without parameters (`; charset=utf-8`), or 415 with upstream's list of accepted types.
    /// Compared exactly, as upstream does (kubectl always sends lowercase).
    static func patchType(_ contentType: String) throws(APIError) -> String {
        let base = contentType.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        guard supportedContentTypes.contains(base) else {
            throw APIError(
                .unsupportedMediaType,
                "the body of the request was in an unknown format - accepted media types include: "
                    + supportedContentTypes.joined(separator: ", "))
        }
        return base
    }

    private static func serverSideApply(_ patch: Data, to current: JSONValue?, kind: String, options: Options)
        throws(APIError) -> JSONValue
    {
        guard !options.fieldManager.isEmpty else {
            throw invalidOptions(
                StatusCause(
                    reason: "FieldValueRequired", message: "Required value: is required for apply patch",
                    field: "fieldManager"))
        }
        let configuration: JSONObject
        do {
            let documents = try ManifestReader.documents(from: patch)
            configuration = documents.first?.objectValue ?? [:]
        } catch {
            throw APIError(.badRequest, "error decoding YAML: \(error.message)")
        }
        var live: JSONObject?
        if let current {
            guard case .object(let members) = current else { throw apiError(.badJSONDoc) }
            live = members
        }
        return .object(
            try ServerSideApply.apply(
                configuration, to: live, kind: kind, apiVersion: options.apiVersion, manager: options.fieldManager,
                force: options.force, now: options.now, schema: options.schema))
    }

    /// A strategic-merge-patch failure as the API reports it.
    static func apiError(_ error: StrategicMergePatchError) -> APIError {
        switch error.code {
        case .badRequest: APIError(.badRequest, error.message)
        case .invalid: rejected()
        }
    }

    /// `NewGenericServerResponse(422, ...)`: upstream answers failed JSON patch operations (and lists of lists)
    /// with this fixed text and no causes; kubectl prints `The request is invalid: the server rejected our request
    /// due to an error in our request`.
    static func rejected() -> APIError {
        APIError(.invalid, "the server rejected our request due to an error in our request", details: StatusDetails())
    }

    /// 422 for bad `PatchOptions`: `PatchOptions.meta.k8s.io "" is invalid: fieldManager: Required value: ...`.
    private static func invalidOptions(_ cause: StatusCause) -> APIError {
        APIError.invalid(kind: "PatchOptions", group: "meta.k8s.io", name: "", causes: [cause])
    }
}
