import KubeModel

/// A secondary index of an `IndexedStore`: its name and the values an object is filed under (none, one or
/// several), client-go's `IndexFunc`. A function must be pure and cheap: it runs on every change.
public struct IndexFunction<Object>: Sendable {
    /// The index's name, used to query it.
    public let name: String
    /// The values `object` is filed under.
    public let values: @Sendable (Object) -> [String]

    /// An index named `name` filing each object under `values(object)`.
    public init(name: String, values: @escaping @Sendable (Object) -> [String]) {
        self.name = name
        self.values = values
    }
}

/// The names of the indexes the runtime provides.
public enum IndexName {
    /// Pods by `spec.nodeName`: the DaemonSet controller's `nodeName` index.
    public static let nodeName = "nodeName"
    /// Objects by the UID of their controller owner reference: kube-controller-manager's `podControllerUID`.
    public static let controllerUID = "podControllerUID"
}

extension IndexFunction where Object == Pod {
    /// Active pods by the node they are bound to, as the DaemonSet controller's `indexByPodNodeName`:
    /// unscheduled pods and pods that finished (`Succeeded`, `Failed`) are not filed.
    public static var podsByNodeName: IndexFunction<Pod> {
        IndexFunction(name: IndexName.nodeName) { pod in
            let phase = pod.status.phase
            guard !pod.spec.nodeName.isEmpty, phase != "Succeeded", phase != "Failed" else { return [] }
            return [pod.spec.nodeName]
        }
    }
}

extension IndexFunction where Object: KubeObject {
    /// Objects by the UID of their controller (the owner reference with `controller: true`); objects without
    /// one are not filed. kube-controller-manager's `PodControllerUIDIndex` function, for any kind.
    public static var byControllerUID: IndexFunction<Object> {
        IndexFunction(name: IndexName.controllerUID) { object in
            guard let owner = object.metadata.controllerRef, !owner.uid.isEmpty else { return [] }
            return [owner.uid]
        }
    }
}
