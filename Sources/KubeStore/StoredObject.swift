import Foundation

/// One object as the store keeps it: the bytes the API serves, plus what list and watch filter on.
///
/// The store never decodes `data`: the API layer encodes each object once (with `metadata.resourceVersion`
/// already set to `resourceVersion`) and serves these bytes as they are. `labels` and `fields` are copies of
/// the object's labels and selectable fields, so label and field selectors run without decoding.
public struct StoredObject: Sendable, Hashable {
    /// The fields, boxed: lists, snapshots, watch events and reads copy stored objects by the thousand, and a
    /// copy is then one retain instead of one per string, dictionary and buffer.
    private final class Storage: Sendable {
        let key: ObjectKey
        let uid: String
        let resourceVersion: Int64
        let data: Data
        let labels: [String: String]
        let fields: [String: String]

        init(
            key: ObjectKey, uid: String, resourceVersion: Int64, data: Data, labels: [String: String],
            fields: [String: String]
        ) {
            self.key = key
            self.uid = uid
            self.resourceVersion = resourceVersion
            self.data = data
            self.labels = labels
            self.fields = fields
        }
    }

    private let storage: Storage

    /// A stored state; normally built by the store from a `WriteDecision`.
    public init(
        key: ObjectKey, uid: String, resourceVersion: Int64, data: Data, labels: [String: String] = [:],
        fields: [String: String] = [:]
    ) {
        storage = Storage(
            key: key, uid: uid, resourceVersion: resourceVersion, data: data, labels: labels, fields: fields)
    }

    /// The object's address.
    public var key: ObjectKey { storage.key }
    /// `metadata.uid`; lets preconditions tell a re-created object from the one a client saw.
    public var uid: String { storage.uid }
    /// The global resourceVersion of the write that produced this state.
    public var resourceVersion: Int64 { storage.resourceVersion }
    /// The encoded object, exactly as served.
    public var data: Data { storage.data }
    /// `metadata.labels`, for label selectors.
    public var labels: [String: String] { storage.labels }
    /// The selectable fields (`metadata.name`, `spec.nodeName`, ...), for field selectors.
    public var fields: [String: String] { storage.fields }

    public static func == (lhs: StoredObject, rhs: StoredObject) -> Bool {
        lhs.storage === rhs.storage
            || (lhs.key == rhs.key && lhs.uid == rhs.uid && lhs.resourceVersion == rhs.resourceVersion
                && lhs.data == rhs.data && lhs.labels == rhs.labels && lhs.fields == rhs.fields)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(key)
        hasher.combine(uid)
        hasher.combine(resourceVersion)
        hasher.combine(data)
        hasher.combine(labels)
        hasher.combine(fields)
    }
}
