import KubeModel

/// The strategy of every kind defined by a `KindDefinition`: metadata rules and name validation, the schema's
/// type and unknown-field checks, upstream's generation and status rules for kinds with a spec and a status.
public struct SchemaStrategy: ResourceStrategy {
    public typealias Object = UnstructuredObject

    public let definition: KindDefinition
    /// Every definition a `$ref` in the kind's schema may name.
    let definitions: [String: JSONValue]

    /// The strategy of `definition`, whose schema refers to `definitions`.
    public init(_ definition: KindDefinition, definitions: [String: JSONValue]) {
        self.definition = definition
        self.definitions = definitions
    }

    public var info: ResourceInfo { definition.info }

    private var hasStatusSubresource: Bool { info.subresource("status") != nil }

    /// The kind's own rules, on every write that decodes a body.
    public func applyDefaults(_ object: inout UnstructuredObject) {
        definition.normalize?(&object)
    }

    public func prepareForCreate(_ object: inout UnstructuredObject) {
        ObjectMetaStrategy.prepareForCreate(&object.metadata)
        if definition.hasSpec { object.metadata.generation = 1 }
        // Status is the controller's: a create starts without one.
        if hasStatusSubresource { object.unknownFields["status"] = nil }
    }

    public func prepareForUpdate(_ object: inout UnstructuredObject, old: UnstructuredObject) {
        ObjectMetaStrategy.prepareForUpdate(&object.metadata, old: old.metadata)
        if hasStatusSubresource { object.unknownFields["status"] = old.unknownFields["status"] }
        if definition.hasSpec && object.unknownFields["spec"] != old.unknownFields["spec"] {
            object.metadata.generation = old.metadata.generation + 1
        }
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
    }

    public func validateUpdate(_ object: UnstructuredObject, old: UnstructuredObject) -> [StatusCause] {
        ObjectMetaValidation.validateUpdate(object.metadata, old: old.metadata) + validate(object)
    }

    public func unknownFields(in document: JSONValue) throws(SchemaMismatch) -> [String]? {
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
}

extension SchemaStrategy: CustomStringConvertible {
    /// `SchemaStrategy(configmaps)`, never a reflection of the definitions it carries.
    public var description: String { "SchemaStrategy(\(info.qualifiedResource))" }
}
