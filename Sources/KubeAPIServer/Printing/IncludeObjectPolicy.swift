import KubeModel

/// `?includeObject=None|Metadata|Object`: what a Table row embeds as `object` (default Metadata,
/// which kubectl needs for `-A`, `--show-labels` and `-L`; `--sort-by` asks for Object).
public enum IncludeObjectPolicy: String, Sendable, Hashable, CaseIterable {
    /// No object: `"object":null`.
    case none = "None"
    /// A `PartialObjectMetadata` holding the object's whole metadata.
    case metadata = "Metadata"
    /// The full object, with apiVersion and kind filled in.
    case object = "Object"

    /// The policy a query value asks for; absent or empty means Metadata, anything else is upstream's
    /// 400 `unrecognized includeObject value: "x"`.
    public init(query value: String?) throws(APIError) {
        guard let value, !value.isEmpty else {
            self = .metadata
            return
        }
        guard let policy = IncludeObjectPolicy(rawValue: value) else {
            throw APIError(.badRequest, "unrecognized includeObject value: \(GoText.quote(value))")
        }
        self = policy
    }
}
