import Foundation
import KubeModel

/// The strategy of every kind defined by a `KindDefinition`: metadata rules and name validation, the schema's
/// type and unknown-field checks, upstream's generation and status rules for kinds with a spec and a status.
public struct SchemaStrategy: ResourceStrategy {
    public typealias Object = UnstructuredObject

    public let definition: KindDefinition
    /// Every definition a `$ref` in the kind's schema may name.
    let definitions: [String: JSONValue]
    /// The layout of protobuf bodies, from the field tables' numbers.
    public let protobufSchema: ProtobufSchema?

    /// The strategy of `definition`, whose schema refers to `definitions`.
    public init(_ definition: KindDefinition, definitions: [String: JSONValue]) {
        self.definition = definition
        self.definitions = definitions
        protobufSchema = ProtobufSchema.derived(definition)
    }

    public var info: ResourceInfo { definition.info }

    private var hasStatusSubresource: Bool { info.subresource("status") != nil }

    /// A custom object is pruned, cleared of nulls its schema does not allow, then defaulted, in upstream's
    /// order, on every write that decodes a body.
    public func applyDefaults(_ object: inout UnstructuredObject) {
        if let structural = definition.structural {
            structural.prune(&object.unknownFields)
            structural.dropDisallowedNulls(&object.unknownFields)
            structural.applyDefaults(&object.unknownFields)
        }
    }

    public func prepareForCreate(_ object: inout UnstructuredObject) {
        ObjectMetaStrategy.prepareForCreate(&object.metadata)
        definition.normalize?(&object, nil)
        storeAtStorageVersion(&object)
        if definition.hasSpec { object.metadata.generation = 1 }
        // Status is the controller's: a create starts without one.
        if hasStatusSubresource { object.unknownFields["status"] = nil }
    }

    public func prepareForUpdate(_ object: inout UnstructuredObject, old: UnstructuredObject) {
        ObjectMetaStrategy.prepareForUpdate(&object.metadata, old: old.metadata)
        definition.normalize?(&object, old)
        storeAtStorageVersion(&object)
        if hasStatusSubresource { object.unknownFields["status"] = old.unknownFields["status"] }
        if definition.hasSpec && specChanged(object, old: old) {
            object.metadata.generation = old.metadata.generation + 1
        }
    }

    /// Whether what `generation` counts changed: the spec, or a custom object's members but status.
    private func specChanged(_ object: UnstructuredObject, old: UnstructuredObject) -> Bool {
        guard definition.structural != nil else { return object.unknownFields["spec"] != old.unknownFields["spec"] }
        var new = object.unknownFields
        var previous = old.unknownFields
        new["status"] = nil
        previous["status"] = nil
        return new != previous
    }

    /// `/status` changes the status alone.
    public func prepareForStatusUpdate(_ object: inout UnstructuredObject, old: UnstructuredObject) {
        var updated = old
        updated.metadata = object.metadata
        ObjectMetaStrategy.prepareForUpdate(&updated.metadata, old: old.metadata)
        updated.unknownFields["status"] = object.unknownFields["status"]
        object = updated
    }

    public func validate(_ object: UnstructuredObject) -> [StatusCause] {
        ObjectMetaValidation.validate(object.metadata, namespaced: info.namespaced, nameRule: definition.nameRule)
            + (definition.structural?.validate(object.unknownFields) ?? [])
    }

    public func validateUpdate(_ object: UnstructuredObject, old: UnstructuredObject) -> [StatusCause] {
        ObjectMetaValidation.validateUpdate(object.metadata, old: old.metadata) + validate(object)
    }

    public func unknownFields(in document: JSONValue) throws(SchemaMismatch) -> [String]? {
        if let structural = definition.structural {
            // A custom object's wrong types are validation errors (422), not decoding errors: only pruning reports.
            var members = document.objectValue ?? [:]
            return structural.prune(&members)
        }
        var validator = SchemaValidator(definitions: definitions, kind: info.kind)
        guard case .object(var members) = document else { return [] }
        // TypeMeta is checked against the endpoint by the caller.
        members["apiVersion"] = nil
        members["kind"] = nil
        try validator.check(.object(members), definition: definition.definitionName)
        return validator.unknownFields
    }

    public func warningsOnCreate(_ object: UnstructuredObject) -> [String] {
        definition.createWarning.map { [$0] } ?? []
    }

    public var patchSchema: PatchSchema { definition.patchSchema }

    /// Every version of a custom resource keeps its objects at the storage version; conversion between versions
    /// is `None` (the objects are the same but for `apiVersion`).
    private func storeAtStorageVersion(_ object: inout UnstructuredObject) {
        if let storage = definition.storageGroupVersion { object.apiVersion = storage }
    }

    /// A custom object stored at another version, renamed to this one: the first `"apiVersion"` of the bytes is
    /// the object's own (its `kind` alone comes before it).
    public func servedBytes(_ stored: Data) -> Data {
        guard let storage = definition.storageGroupVersion, storage != info.groupVersion,
            let range = stored.firstRange(of: Data(#""apiVersion":"\#(storage)""#.utf8))
        else { return stored }
        var data = stored
        data.replaceSubrange(range, with: Data(#""apiVersion":"\#(info.groupVersion)""#.utf8))
        return data
    }

    /// Custom resources take no strategic merge patch, as upstream: they have no Go types to carry its tags.
    public var acceptsStrategicMergePatch: Bool { definition.structural == nil }
}

extension SchemaStrategy: CustomStringConvertible {
    /// `SchemaStrategy(configmaps)`, never a reflection of the definitions it carries.
    public var description: String { "SchemaStrategy(\(info.qualifiedResource))" }
}
