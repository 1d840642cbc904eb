import Foundation

/// One object as the store keeps it: the bytes the API serves, plus what list and watch filter on.
///
/// The store never decodes `data`: the API layer encodes each object once (with `metadata.resourceVersion`
/// already set to `resourceVersion`) and serves these bytes as they are. `labels` and `fields` are copies of
/// the object's labels and selectable fields, so label and field selectors run without decoding.
public struct StoredObject: Sendable, Hashable {
    /// The object's address.
    public var key: ObjectKey
    /// `metadata.uid`; lets preconditions tell a re-created object from the one a client saw.
    public var uid: String
    /// The global resourceVersion of the write that produced this state.
    public var resourceVersion: Int64
    /// The encoded object, exactly as served.
    public var data: Data
    /// `metadata.labels`, for label selectors.
    public var labels: [String: String]
    /// The selectable fields (`metadata.name`, `spec.nodeName`, ...), for field selectors.
    public var fields: [String: String]

    /// A stored state; normally built by the store from a `WriteDecision`.
    public init(
        key: ObjectKey, uid: String, resourceVersion: Int64, data: Data, labels: [String: String] = [:],
        fields: [String: String] = [:]
    ) {
        self.key = key
        self.uid = uid
        self.resourceVersion = resourceVersion
        self.data = data
        self.labels = labels
        self.fields = fields
    }
}
