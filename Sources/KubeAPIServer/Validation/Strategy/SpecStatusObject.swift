import KubeModel

/// A kind with a spec the user writes and a status the system writes, split across the main resource and
/// `/status` (pods, nodes, namespaces, DaemonSets).
public protocol SpecStatusObject: KubeObject {
    /// The desired state.
    associatedtype Spec: Equatable
    /// The observed state.
    associatedtype Status
    /// The desired state.
    var spec: Spec { get set }
    /// The observed state.
    var status: Status { get set }
}

extension Pod: SpecStatusObject {}
extension Node: SpecStatusObject {}
extension Namespace: SpecStatusObject {}
extension DaemonSet: SpecStatusObject {}

/// The generic registry strategy of a `SpecStatusObject`: the main resource never writes status, `/status`
/// never writes spec, and (for kinds that track it) `metadata.generation` moves only when the spec changes.
public enum SpecStatusStrategy {
    /// Main-resource update: old status kept; generation +1 when `tracksGeneration` and the spec changed.
    public static func prepareForUpdate<Object: SpecStatusObject>(
        _ object: inout Object, old: Object, tracksGeneration: Bool
    ) {
        ObjectMetaStrategy.prepareForUpdate(&object.metadata, old: old.metadata)
        object.status = old.status
        if tracksGeneration && object.spec != old.spec {
            object.metadata.generation = old.metadata.generation + 1
        }
    }

    /// `/status` update: old spec kept, generation unchanged.
    public static func prepareForStatusUpdate<Object: SpecStatusObject>(_ object: inout Object, old: Object) {
        ObjectMetaStrategy.prepareForUpdate(&object.metadata, old: old.metadata)
        object.spec = old.spec
    }
}
