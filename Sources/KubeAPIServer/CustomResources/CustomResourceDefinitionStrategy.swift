import Foundation
import KubeModel
import KubeStore

/// CustomResourceDefinitions: the schema kind's rules, plus upstream's defaults (singular and list names,
/// conversion `None`), the checks that make a definition servable, and the status upstream's controllers
/// write. Decision: a definition is accepted and established in the write that creates it (upstream's
/// controllers take a moment), so its resources are served as soon as `kubectl apply` returns.
struct CustomResourceDefinitionStrategy: ResourceStrategy {
    typealias Object = UnstructuredObject

    /// The finalizer that holds a deleted definition until its objects are gone.
    static let cleanupFinalizer = "customresourcecleanup.apiextensions.k8s.io"

    private let schema: SchemaStrategy
    /// The groups of the built-in kinds, where no custom resource may live.
    private let builtinGroups: Set<String>
    private let now: @Sendable () -> Date

    init(builtinGroups: Set<String>, now: @escaping @Sendable () -> Date) {
        schema = SchemaStrategy(CustomResourceDefinitionKind.definition, definitions: CustomResourceDefinitionKind.definition.definitions)
        self.builtinGroups = builtinGroups
        self.now = now
    }

    var info: ResourceInfo { schema.info }

    func applyDefaults(_ object: inout UnstructuredObject) {
        guard case .object(var spec)? = object.unknownFields["spec"] else { return }
        if case .object(var names)? = spec["names"], let kind = names["kind"]?.stringValue, !kind.isEmpty {
            if (names["singular"]?.stringValue ?? "").isEmpty { names["singular"] = .string(kind.lowercased()) }
            if (names["listKind"]?.stringValue ?? "").isEmpty { names["listKind"] = .string(kind + "List") }
            spec["names"] = .object(names)
        }
        if spec["conversion"] == nil || spec["conversion"] == .null { spec["conversion"] = ["strategy": "None"] }
        object.unknownFields["spec"] = .object(spec)
    }

    func prepareForCreate(_ object: inout UnstructuredObject) {
        schema.prepareForCreate(&object)
        object.unknownFields["status"] = status(of: object, previous: nil)
    }

    /// The first DELETE holds the definition until its objects are gone, as upstream's registry does.
    func holdsDeletion(_ object: UnstructuredObject) -> Bool {
        object.metadata.deletionTimestamp == nil
    }

    /// Adds the cleanup finalizer and says so in a `Terminating` condition.
    func prepareForDelete(_ object: inout UnstructuredObject) {
        if !object.metadata.finalizers.contains(Self.cleanupFinalizer) {
            object.metadata.finalizers.append(Self.cleanupFinalizer)
        }
        guard case .object(var status)? = object.unknownFields["status"] else { return }
        var conditions = status["conditions"]?.arrayValue ?? []
        conditions.removeAll { $0["type"] == "Terminating" }
        conditions.append([
            "type": "Terminating", "status": "True", "lastTransitionTime": .string(Time(now()).rfc3339),
            "reason": "InstanceDeletionPending",
            "message": "CustomResourceDefinition marked for deletion; CustomResource deletion will begin soon",
        ])
        status["conditions"] = .array(conditions)
        object.unknownFields["status"] = .object(status)
    }

    func prepareForUpdate(_ object: inout UnstructuredObject, old: UnstructuredObject) {
        schema.prepareForUpdate(&object, old: old)
        if object.metadata.deletionTimestamp == nil {
            object.unknownFields["status"] = status(of: object, previous: old.unknownFields["status"])
        }
    }

    func prepareForStatusUpdate(_ object: inout UnstructuredObject, old: UnstructuredObject) {
        schema.prepareForStatusUpdate(&object, old: old)
    }

    /// Names accepted, established, the storage version recorded among those objects were ever stored at.
    private func status(of object: UnstructuredObject, previous: JSONValue?) -> JSONValue {
        let facts = CustomResourceDefinitionFacts(object)
        let time = JSONValue.string(Time(now()).rfc3339)
        var stored = previous?["storedVersions"]?.arrayValue ?? []
        if let storage = facts.storageVersion, !stored.contains(.string(storage)) { stored.append(.string(storage)) }
        let names = object.unknownFields["spec"]?["names"] ?? [:]
        func condition(_ type: String, _ reason: String, _ message: String) -> JSONValue {
            let kept = previous?["conditions"]?.arrayValue?.first { $0["type"] == .string(type) && $0["status"] == "True" }
            return [
                "type": .string(type), "status": "True", "lastTransitionTime": kept?["lastTransitionTime"] ?? time,
                "reason": .string(reason), "message": .string(message),
            ]
        }
        return [
            "conditions": [
                condition("NamesAccepted", "NoConflicts", "no conflicts found"),
                condition("Established", "InitialNamesAccepted", "the initial names have been accepted"),
            ],
            "acceptedNames": names,
            "storedVersions": .array(stored),
        ]
    }

    func validate(_ object: UnstructuredObject) -> [StatusCause] {
        schema.validate(object) + CustomResourceDefinitionValidation.causes(object, builtinGroups: builtinGroups)
    }

    func validateUpdate(_ object: UnstructuredObject, old: UnstructuredObject) -> [StatusCause] {
        var causes = schema.validateUpdate(object, old: old)
        causes += CustomResourceDefinitionValidation.causes(object, builtinGroups: builtinGroups)
        let (new, previous) = (CustomResourceDefinitionFacts(object), CustomResourceDefinitionFacts(old))
        if new.group != previous.group {
            causes.append(.invalid("spec.group", .string(new.group), "field is immutable"))
        }
        if new.scope != previous.scope {
            causes.append(.invalid("spec.scope", .string(new.scope), "field is immutable"))
        }
        return causes
    }

    func unknownFields(in document: JSONValue) throws(SchemaMismatch) -> [String]? {
        try schema.unknownFields(in: document)
    }
}

extension CustomResourceDefinitionStrategy: CustomStringConvertible {
    var description: String { "CustomResourceDefinitionStrategy" }
}
