import KubeModel

/// Which objects a list or watch wants, decided on the stored labels and fields alone (never the bytes).
///
/// Built from a `LabelQuery` and a `FieldSelector` (the parsed `?labelSelector=` and `?fieldSelector=`), or
/// from any predicate on label and field sets. Watches evaluate it on both the old and the new state of each
/// change, so an object that stops matching is seen as DELETED and one that starts matching as ADDED.
public struct StoreFilter: Sendable {
    /// Whether an object with these labels and fields is selected.
    public let predicate: @Sendable (_ labels: [String: String], _ fields: [String: String]) -> Bool
    /// False only for `everything`, so lists can skip evaluation and report `remainingItemCount`.
    public let isRestrictive: Bool

    /// Selects every object.
    public static let everything = StoreFilter(isRestrictive: false) { _, _ in true }

    /// A filter from any predicate on label and field sets.
    public init(
        isRestrictive: Bool = true,
        _ predicate: @escaping @Sendable (_ labels: [String: String], _ fields: [String: String]) -> Bool
    ) {
        self.isRestrictive = isRestrictive
        self.predicate = predicate
    }

    /// Objects matching both selectors; empty selectors match everything, as upstream.
    public init(labels: LabelQuery = .everything, fields: FieldSelector = .everything) {
        if labels.isEmpty && fields.isEmpty {
            self = .everything
            return
        }
        self.init { objectLabels, objectFields in
            labels.matches(labels: objectLabels) && fields.matches(fields: objectFields)
        }
    }

    /// Whether `object` is selected.
    public func matches(_ object: StoredObject) -> Bool {
        !isRestrictive || predicate(object.labels, object.fields)
    }

    /// Whether an object with these labels and fields is selected.
    public func matches(labels: [String: String], fields: [String: String]) -> Bool {
        !isRestrictive || predicate(labels, fields)
    }
}
