/// Options of create, update and patch: metav1's `CreateOptions` / `UpdateOptions` / `PatchOptions`
/// fields other than `force` (which belongs to an apply `Patch`).
public struct WriteOptions: Sendable, Hashable {
    /// Validate and default but do not persist (`dryRun=All`).
    public var dryRun: Bool = false
    /// The manager recorded in `managedFields`; required by apply patches.
    public var fieldManager: String?
    /// How the server treats unknown or duplicate fields: `Strict`, `Warn` or `Ignore`; nil for its default.
    public var fieldValidation: String?

    /// Options with every field unset.
    public init(dryRun: Bool = false, fieldManager: String? = nil, fieldValidation: String? = nil) {
        self.dryRun = dryRun
        self.fieldManager = fieldManager
        self.fieldValidation = fieldValidation
    }

    /// The query parameters.
    var query: URLQuery {
        var query = URLQuery()
        if dryRun { query.add("dryRun", "All") }
        query.add("fieldManager", fieldManager)
        query.add("fieldValidation", fieldValidation)
        return query
    }
}
