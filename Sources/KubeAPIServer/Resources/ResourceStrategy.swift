import Foundation
import KubeModel
import KubeStore

/// What the generic registry needs to know about one kind (upstream's `RESTCreateStrategy`,
/// `RESTUpdateStrategy` and friends): its defaults, the fields the server owns, its validation and its
/// selectable fields. `ResourceStorage` runs every write through it in upstream's order: defaults, then
/// `prepareFor...`, then validation.
public protocol ResourceStrategy: Sendable {
    /// The kind served.
    associatedtype Object: KubeObject
    /// The kind objects are kept as: the kind itself, or another one whose objects the kind shares
    /// (`events.k8s.io` events are core events, one object for both, as upstream stores them).
    associatedtype Stored: KubeObject = Object

    /// Names, scope and verbs.
    var info: ResourceInfo { get }
    /// The field labels `?fieldSelector=` may name.
    var fieldLabels: Set<String> { get }
    /// Whether a PUT to a missing object creates it (upstream: leases and events yes, the rest no).
    var allowCreateOnUpdate: Bool { get }

    /// The selectable fields of an object, for field selectors on list and watch.
    func selectableFields(_ object: Object) -> [String: String]
    /// Fills in defaults (`SetDefaults_...`), on every write that decodes a body.
    func applyDefaults(_ object: inout Object)
    /// Resets what a client may not set on create.
    func prepareForCreate(_ object: inout Object)
    /// The causes that make a new object invalid.
    func validate(_ object: Object) -> [StatusCause]
    /// Keeps what the main resource may not change on update.
    func prepareForUpdate(_ object: inout Object, old: Object)
    /// The causes that make an update invalid.
    func validateUpdate(_ object: Object, old: Object) -> [StatusCause]
    /// Keeps what `/status` may not change.
    func prepareForStatusUpdate(_ object: inout Object, old: Object)
    /// The causes that make a `/status` update invalid.
    func validateStatusUpdate(_ object: Object, old: Object) -> [StatusCause]
    /// Keeps what `/finalize` may not change (kinds without `/finalize` never call it).
    func prepareForFinalize(_ object: inout Object, old: Object)
    /// Whether the kind's own finalization keeps a deleted object (a namespace, until its content is gone),
    /// on top of `metadata.finalizers` (upstream's namespace `ShouldDeleteDuringUpdate`).
    func holdsDeletion(_ object: Object) -> Bool
    /// Marks an object whose deletion starts and is held (a namespace turns `Terminating`).
    func prepareForDelete(_ object: inout Object)
    /// Checks a decoded body against the kind's schema, throwing on a value of the wrong type and returning the
    /// paths of members it does not declare; nil leaves both to decoding into the model type (typed kinds).
    func unknownFields(in document: JSONValue) throws(SchemaMismatch) -> [String]?
    /// `Warning` headers for a create (upstream's `WarningsOnCreate`).
    func warningsOnCreate(_ object: Object) -> [String]
    /// The admission plugins of a create that read other objects (a pod's service account, priority class).
    func admit(_ object: inout Object, store: ObjectStore) throws(APIError)
    /// The list types and keys strategic merge patch and server-side apply use on the kind's objects.
    var patchSchema: PatchSchema { get }
    /// Whether `PATCH` takes `application/strategic-merge-patch+json` (custom resources do not).
    var acceptsStrategicMergePatch: Bool { get }
    /// A stored object's bytes as this endpoint serves them (a custom resource's other versions rename the
    /// `apiVersion` objects are stored at; events.k8s.io converts core events).
    func servedBytes(_ stored: Data) -> Data
    /// The store's name for the objects' resource (`events` for both event groups).
    var storageResource: String { get }
    /// How a protobuf body of the kind is laid out; nil answers such bodies with 415.
    var protobufSchema: ProtobufSchema? { get }
    /// The object as the store keeps it.
    func toStored(_ object: Object) -> Stored
    /// The object the store keeps, as this kind.
    func fromStored(_ stored: Stored) -> Object
}

extension ResourceStrategy where Stored == Object {
    /// Kept as itself.
    public func toStored(_ object: Object) -> Object { object }
    /// Kept as itself.
    public func fromStored(_ stored: Object) -> Object { stored }
}

extension ResourceStrategy {
    /// `metadata.name` and `metadata.namespace` only.
    public var fieldLabels: Set<String> { SelectableFields.objectMetaLabels }
    /// No create on update.
    public var allowCreateOnUpdate: Bool { false }
    /// `metadata.name` and `metadata.namespace` only.
    public func selectableFields(_ object: Object) -> [String: String] { object.baseSelectableFields }
    /// No defaults.
    public func applyDefaults(_ object: inout Object) {}
    /// Only the generic metadata rules.
    public func prepareForCreate(_ object: inout Object) { ObjectMetaStrategy.prepareForCreate(&object.metadata) }
    /// Only the generic metadata rules.
    public func prepareForUpdate(_ object: inout Object, old: Object) {
        ObjectMetaStrategy.prepareForUpdate(&object.metadata, old: old.metadata)
    }
    /// Only the generic metadata rules (kinds without `/status` never call it).
    public func prepareForStatusUpdate(_ object: inout Object, old: Object) { prepareForUpdate(&object, old: old) }
    /// The update rules.
    public func validateStatusUpdate(_ object: Object, old: Object) -> [StatusCause] {
        validateUpdate(object, old: old)
    }
    /// The update rules (kinds without `/finalize` never call it).
    public func prepareForFinalize(_ object: inout Object, old: Object) { prepareForUpdate(&object, old: old) }
    /// Only `metadata.finalizers` hold a deletion.
    public func holdsDeletion(_ object: Object) -> Bool { false }
    /// Nothing to mark.
    public func prepareForDelete(_ object: inout Object) {}
    /// The model type decides.
    public func unknownFields(in document: JSONValue) throws(SchemaMismatch) -> [String]? { nil }
    /// No warnings.
    public func warningsOnCreate(_ object: Object) -> [String] { [] }
    /// Nothing to check.
    public func admit(_ object: inout Object, store: ObjectStore) throws(APIError) {}
    /// Every built-in kind's facts.
    public var patchSchema: PatchSchema { .served }
    /// Built-in kinds take every patch type.
    public var acceptsStrategicMergePatch: Bool { true }
    /// Built-in kinds are served at the version they are stored at.
    public func servedBytes(_ stored: Data) -> Data { stored }
    /// The resource's own name.
    public var storageResource: String { info.qualifiedResource }
    /// The typed kinds' hand-written layouts.
    public var protobufSchema: ProtobufSchema? { ProtobufSchema.of(kind: info.kind) }
}
