import Foundation
import KubeModel
import KubeStore

/// `v1` namespaces: `pkg/registry/core/namespace`.
public struct NamespaceResource: ResourceStrategy {
    /// Named, not inferred: inferring it from the many defaulted requirements is exponential work for the compiler.
    public typealias Object = Namespace
    /// The strategy.
    public init() {}
    public var info: ResourceInfo { ResourceCatalog.namespaces }
    public var fieldLabels: Set<String> { ["metadata.name", "name", "status.phase"] }
    public func selectableFields(_ object: Namespace) -> [String: String] { object.selectableFields }
    public func applyDefaults(_ object: inout Namespace) { NamespaceDefaults.apply(&object) }
    public func prepareForCreate(_ object: inout Namespace) { NamespaceStrategy.prepareForCreate(&object) }
    public func validate(_ object: Namespace) -> [StatusCause] { NamespaceValidation.validate(object) }
    public func prepareForUpdate(_ object: inout Namespace, old: Namespace) {
        NamespaceStrategy.prepareForUpdate(&object, old: old)
    }
    public func validateUpdate(_ object: Namespace, old: Namespace) -> [StatusCause] {
        NamespaceValidation.validateUpdate(object, old: old)
    }
    public func prepareForStatusUpdate(_ object: inout Namespace, old: Namespace) {
        NamespaceStrategy.prepareForStatusUpdate(&object, old: old)
    }
    public func prepareForFinalize(_ object: inout Namespace, old: Namespace) {
        NamespaceStrategy.prepareForFinalize(&object, old: old)
    }
    public func holdsDeletion(_ object: Namespace) -> Bool { !object.spec.finalizers.isEmpty }
    public func prepareForDelete(_ object: inout Namespace) { NamespaceStrategy.prepareForDelete(&object) }
}

/// `v1` nodes: `pkg/registry/core/node`.
public struct NodeResource: ResourceStrategy {
    /// Named, not inferred: inferring it from the many defaulted requirements is exponential work for the compiler.
    public typealias Object = Node
    /// The strategy.
    public init() {}
    public var info: ResourceInfo { ResourceCatalog.nodes }
    public var fieldLabels: Set<String> { SelectableFields.nodeLabels }
    public func selectableFields(_ object: Node) -> [String: String] { object.selectableFields }
    public func applyDefaults(_ object: inout Node) { NodeDefaults.apply(&object) }
    public func prepareForCreate(_ object: inout Node) { NodeStrategy.prepareForCreate(&object) }
    public func validate(_ object: Node) -> [StatusCause] { NodeValidation.validate(object) }
    public func prepareForUpdate(_ object: inout Node, old: Node) { NodeStrategy.prepareForUpdate(&object, old: old) }
    public func validateUpdate(_ object: Node, old: Node) -> [StatusCause] { NodeValidation.validateUpdate(object, old: old) }
    public func prepareForStatusUpdate(_ object: inout Node, old: Node) {
        NodeStrategy.prepareForStatusUpdate(&object, old: old)
    }
}

/// `v1` pods: `pkg/registry/core/pod`.
public struct PodResource: ResourceStrategy {
    /// Named, not inferred: inferring it from the many defaulted requirements is exponential work for the compiler.
    public typealias Object = Pod
    /// The strategy.
    public init() {}
    public var info: ResourceInfo { ResourceCatalog.pods }
    public var fieldLabels: Set<String> { SelectableFields.podLabels }
    public func selectableFields(_ object: Pod) -> [String: String] { object.selectableFields }
    public func applyDefaults(_ object: inout Pod) { PodDefaults.apply(&object) }
    public func prepareForCreate(_ object: inout Pod) { PodStrategy.prepareForCreate(&object) }
    public func admit(_ object: inout Pod, store: ObjectStore) throws(APIError) {
        try PodAdmission(store: store).admit(&object)
    }
    public func validate(_ object: Pod) -> [StatusCause] { PodValidation.validate(object) }
    public func prepareForUpdate(_ object: inout Pod, old: Pod) { PodStrategy.prepareForUpdate(&object, old: old) }
    public func validateUpdate(_ object: Pod, old: Pod) -> [StatusCause] { PodValidation.validateUpdate(object, old: old) }
    public func prepareForStatusUpdate(_ object: inout Pod, old: Pod) {
        PodStrategy.prepareForStatusUpdate(&object, old: old)
    }
    public func validateStatusUpdate(_ object: Pod, old: Pod) -> [StatusCause] {
        PodValidation.validateStatusUpdate(object, old: old)
    }
}

/// `v1` events: `pkg/registry/core/event` (create on update, as the event recorder's patches rely on).
public struct EventResource: ResourceStrategy {
    /// Named, not inferred: inferring it from the many defaulted requirements is exponential work for the compiler.
    public typealias Object = Event
    /// The strategy.
    public init() {}
    public var info: ResourceInfo { ResourceCatalog.events }
    public var fieldLabels: Set<String> { SelectableFields.eventLabels }
    public var allowCreateOnUpdate: Bool { true }
    public func selectableFields(_ object: Event) -> [String: String] { object.selectableFields }
    public func validate(_ object: Event) -> [StatusCause] {
        ObjectMetaValidation.validate(object.metadata, namespaced: true, nameRule: .dnsSubdomain)
    }
    public func validateUpdate(_ object: Event, old: Event) -> [StatusCause] {
        ObjectMetaValidation.validateUpdate(object.metadata, old: old.metadata) + validate(object)
    }
}

/// `apps/v1` daemonsets: `pkg/registry/apps/daemonset`.
public struct DaemonSetResource: ResourceStrategy {
    /// Named, not inferred: inferring it from the many defaulted requirements is exponential work for the compiler.
    public typealias Object = DaemonSet
    /// The strategy.
    public init() {}
    public var info: ResourceInfo { ResourceCatalog.daemonSets }
    public func applyDefaults(_ object: inout DaemonSet) { DaemonSetDefaults.apply(&object) }
    public func prepareForCreate(_ object: inout DaemonSet) { DaemonSetStrategy.prepareForCreate(&object) }
    public func validate(_ object: DaemonSet) -> [StatusCause] { DaemonSetValidation.validate(object) }
    public func prepareForUpdate(_ object: inout DaemonSet, old: DaemonSet) {
        DaemonSetStrategy.prepareForUpdate(&object, old: old)
    }
    public func validateUpdate(_ object: DaemonSet, old: DaemonSet) -> [StatusCause] {
        DaemonSetValidation.validateUpdate(object, old: old)
    }
    public func prepareForStatusUpdate(_ object: inout DaemonSet, old: DaemonSet) {
        DaemonSetStrategy.prepareForStatusUpdate(&object, old: old)
    }
    public func validateStatusUpdate(_ object: DaemonSet, old: DaemonSet) -> [StatusCause] {
        DaemonSetValidation.validateStatusUpdate(object, old: old)
    }
}

/// `apps/v1` controllerrevisions: `pkg/registry/apps/controllerrevision`.
public struct ControllerRevisionResource: ResourceStrategy {
    /// Named, not inferred: inferring it from the many defaulted requirements is exponential work for the compiler.
    public typealias Object = ControllerRevision
    /// The strategy.
    public init() {}
    public var info: ResourceInfo { ResourceCatalog.controllerRevisions }
    public func validate(_ object: ControllerRevision) -> [StatusCause] { ControllerRevisionValidation.validate(object) }
    public func validateUpdate(_ object: ControllerRevision, old: ControllerRevision) -> [StatusCause] {
        ControllerRevisionValidation.validateUpdate(object, old: old)
    }
}

/// `coordination.k8s.io/v1` leases: `pkg/registry/coordination/lease` (create on update, as upstream).
public struct LeaseResource: ResourceStrategy {
    /// Named, not inferred: inferring it from the many defaulted requirements is exponential work for the compiler.
    public typealias Object = Lease
    /// The strategy.
    public init() {}
    public var info: ResourceInfo { ResourceCatalog.leases }
    public var allowCreateOnUpdate: Bool { true }
    public func validate(_ object: Lease) -> [StatusCause] {
        ObjectMetaValidation.validate(object.metadata, namespaced: true, nameRule: .dnsSubdomain)
    }
    public func validateUpdate(_ object: Lease, old: Lease) -> [StatusCause] {
        ObjectMetaValidation.validateUpdate(object.metadata, old: old.metadata) + validate(object)
    }
}

/// `events.k8s.io/v1` events: the core events in the newer shape, one stored object for both versions as
/// upstream keeps them, so `kubectl events`, informers of either group and core clients see the same events.
public struct EventsV1Resource: ResourceStrategy {
    /// Named, not inferred: inferring it from the many defaulted requirements is exponential work for the compiler.
    public typealias Object = EventsV1.Event
    public typealias Stored = Event
    /// The strategy.
    public init() {}
    public var info: ResourceInfo { ResourceCatalog.eventsV1 }
    public var storageResource: String { ResourceCatalog.events.qualifiedResource }
    public var allowCreateOnUpdate: Bool { true }
    /// The core event's fields, which every stored event carries.
    public var fieldLabels: Set<String> { SelectableFields.eventLabels }
    public func selectableFields(_ object: EventsV1.Event) -> [String: String] { toStored(object).selectableFields }
    public func validate(_ object: EventsV1.Event) -> [StatusCause] {
        ObjectMetaValidation.validate(object.metadata, namespaced: true, nameRule: .dnsSubdomain)
    }
    public func validateUpdate(_ object: EventsV1.Event, old: EventsV1.Event) -> [StatusCause] {
        ObjectMetaValidation.validateUpdate(object.metadata, old: old.metadata) + validate(object)
    }

    public func toStored(_ object: EventsV1.Event) -> Event { Event(object) }

    public func fromStored(_ stored: Event) -> EventsV1.Event { EventsV1.Event(stored) }

    public func servedBytes(_ stored: Data) -> Data {
        guard let event = try? Event.decode(json: stored) else { return stored }
        return fromStored(event).jsonData()
    }
}
