import KubeModel

/// The step from validation causes to the 422 a handler returns.
extension APIError {
    /// Throws `Invalid` (422) naming every cause, unless there are none. Repeated causes are dropped, as
    /// upstream's `ToAggregate` drops repeated messages (update validation runs some rules twice upstream).
    public static func throwIfInvalid(_ causes: [StatusCause], kind: String, group: String, name: String) throws(APIError) {
        guard !causes.isEmpty else { return }
        var seen = Set<StatusCause>()
        let unique = causes.filter { seen.insert($0).inserted }
        throw APIError.invalid(kind: kind, group: group, name: name, causes: unique)
    }
}
