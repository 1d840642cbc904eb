import Foundation
import KubeModel
import KubeStore

/// `metav1.ListOptions` as the REST layer uses them, parsed and checked against the resource.
public struct ListOptions: Sendable {
    /// `labelSelector`.
    public var labels: LabelQuery = .everything
    /// `fieldSelector`, already checked against the resource's field labels.
    public var fields: FieldSelector = .everything
    /// `limit` (0 or absent: everything).
    public var limit: Int?
    /// `continue`.
    public var continueToken: String?
    /// `resourceVersion`: nil when absent or "", 0 for "0".
    public var resourceVersion: Int64?
    /// `watch=true`.
    public var watch = false
    /// `allowWatchBookmarks=true`.
    public var allowWatchBookmarks = false
    /// `sendInitialEvents=true` (WatchList): initial ADDED events end with the `initial-events-end` bookmark.
    public var sendInitialEvents = false
    /// `timeoutSeconds`.
    public var timeoutSeconds: Int64?

    /// Everything, no paging.
    public init() {}

    /// Parses the query of a list or watch of `info`, with 400s worded as upstream for bad selectors and
    /// unsupported field labels.
    public init(_ query: QueryParameters, fieldLabels: Set<String>) throws(APIError) {
        if let selector = query["labelSelector"], !selector.isEmpty {
            do {
                labels = try LabelQuery(parsing: selector)
            } catch {
                throw APIError(.badRequest, error.message)
            }
        }
        if let selector = query["fieldSelector"], !selector.isEmpty {
            do {
                fields = try FieldSelector(parsing: selector)
            } catch {
                throw APIError(.badRequest, error.message)
            }
            for requirement in fields.requirements where !fieldLabels.contains(requirement.field) {
                throw APIError(.badRequest, "field label not supported: \(requirement.field)")
            }
        }
        limit = try query.int("limit").map { Int(clamping: $0) }
        continueToken = query["continue"].flatMap { $0.isEmpty ? nil : $0 }
        if let version = query["resourceVersion"], !version.isEmpty {
            guard let number = Int64(version), number >= 0 else {
                throw APIError(.badRequest, "invalid resource version: \(GoText.quote(version))")
            }
            resourceVersion = number
        }
        watch = try query.bool("watch")
        allowWatchBookmarks = try query.bool("allowWatchBookmarks")
        sendInitialEvents = try query.bool("sendInitialEvents")
        timeoutSeconds = try query.int("timeoutSeconds")
    }

    /// The store filter for these selectors.
    public var filter: StoreFilter { StoreFilter(labels: labels, fields: fields) }
}

/// `fieldValidation`: what to do with members the kind does not know.
public enum FieldValidation: String, Sendable {
    /// Drop them silently.
    case ignore = "Ignore"
    /// Keep going, with a `Warning` header per member (upstream's default).
    case warn = "Warn"
    /// Fail with 400 BadRequest.
    case strict = "Strict"
}

/// The query parameters of create, update and patch (`CreateOptions`, `UpdateOptions`, `PatchOptions`).
public struct WriteOptions: Sendable {
    /// `dryRun=All`: validate and answer, store nothing.
    public var dryRun = false
    /// `fieldManager`.
    public var fieldManager = ""
    /// `fieldValidation`, `Warn` when absent as upstream.
    public var fieldValidation = FieldValidation.warn
    /// `force` (apply only).
    public var force = false
    /// The request's `User-Agent`, which names the manager of a write without `fieldManager`.
    public var userAgent: String?

    /// Who a write other than an apply is recorded as in managedFields.
    var manager: String { ManagedFields.manager(fieldManager: fieldManager, userAgent: userAgent) }

    /// No dry run, warnings for unknown fields.
    public init() {}

    /// Parses the query of a write.
    public init(_ query: QueryParameters) throws(APIError) {
        dryRun = try Self.dryRun(query["dryRun"].map { [$0] } ?? [])
        fieldManager = query["fieldManager"] ?? ""
        if let value = query["fieldValidation"], !value.isEmpty {
            guard let validation = FieldValidation(rawValue: value) else {
                throw APIError(
                    .badRequest,
                    "fieldValidation: Unsupported value: \(GoText.quote(value)): supported values: \"Ignore\", \"Strict\", \"Warn\"")
            }
            fieldValidation = validation
        }
        force = try query.bool("force")
    }

    /// `dryRun` values: empty, or exactly `All`.
    static func dryRun(_ values: [String]) throws(APIError) -> Bool {
        let values = values.filter { !$0.isEmpty }
        if values.isEmpty { return false }
        guard values == ["All"] else {
            let rendered = "[]string{" + values.map(GoText.quote).joined(separator: ", ") + "}"
            throw APIError.invalid(
                kind: "CreateOptions", group: "meta.k8s.io", name: "",
                causes: [
                    StatusCause(
                        reason: "FieldValueNotSupported",
                        message: "Unsupported value: \(rendered): supported values: \"All\"", field: "dryRun")
                ])
        }
        return true
    }
}

/// A DELETE's options: the body's `DeleteOptions` merged with the query's `gracePeriodSeconds`,
/// `propagationPolicy`, `orphanDependents` and `dryRun`.
public struct DeleteRequest: Sendable {
    /// The merged options.
    public var options: DeleteOptions
    /// Whether `dryRun` asked for `All`.
    public var dryRun: Bool

    /// Options with the defaults (Background propagation, the kind's grace period).
    public init(options: DeleteOptions = DeleteOptions(), dryRun: Bool = false) {
        self.options = options
        self.dryRun = dryRun
    }

    /// Merges `body` (JSON, or the protobuf `DeleteOptions` kubectl drain sends without eviction support;
    /// ignored when it is neither, as upstream's drain relies on) with the query. A propagation policy other
    /// than Orphan, Background and Foreground is a 422.
    public init(body: [UInt8], query: QueryParameters) throws(APIError) {
        var options = DeleteOptions()
        var json = body
        if ProtobufBody.hasMagic(body), let decoded = try? ProtobufBody.json(body, kind: "DeleteOptions") {
            json = [UInt8](decoded)
        }
        if !json.isEmpty, json.first == UInt8(ascii: "{"), let decoded = try? DeleteOptions.decode(json: Data(json)) {
            options = decoded
        }
        if let grace = try query.int("gracePeriodSeconds") { options.gracePeriodSeconds = grace }
        if let policy = query["propagationPolicy"], !policy.isEmpty { options.propagationPolicy = policy }
        if query["orphanDependents"] != nil { options.orphanDependents = try query.bool("orphanDependents") }
        var dryRunValues = options.dryRun
        if let value = query["dryRun"] { dryRunValues.append(value) }
        self.dryRun = try WriteOptions.dryRun(dryRunValues)
        if let policy = options.propagationPolicy, !["Orphan", "Background", "Foreground"].contains(policy) {
            throw APIError.invalid(
                kind: "DeleteOptions", group: "meta.k8s.io", name: "",
                causes: [
                    StatusCause(
                        reason: "FieldValueNotSupported",
                        message: "Unsupported value: \(GoText.quote(policy)): supported values: \"Foreground\", \"Background\", \"Orphan\"",
                        field: "propagationPolicy")
                ])
        }
        if options.propagationPolicy != nil && options.orphanDependents != nil {
            throw APIError.invalid(
                kind: "DeleteOptions", group: "meta.k8s.io", name: "",
                causes: [
                    StatusCause(
                        reason: "FieldValueInvalid",
                        message: "Invalid value: \"null\": orphanDependents and deletionPropagation cannot be both set",
                        field: "propagationPolicy")
                ])
        }
        self.options = options
    }

    /// The propagation policy in effect: the explicit one, else `orphanDependents`, else Background.
    public var propagationPolicy: String {
        if let policy = options.propagationPolicy { return policy }
        if let orphan = options.orphanDependents { return orphan ? "Orphan" : "Background" }
        return "Background"
    }
}
