import KubeModel
import KubeRuntime

/// The index names the controller adds to the runtime's.
enum ControllerIndexName {
    /// Objects by namespace.
    static let namespace = "namespace"
    /// Pods without a controller, by namespace: the orphans a DaemonSet may adopt.
    static let orphans = "orphans"
}

extension IndexFunction where Object: KubeObject {
    /// Objects by namespace: a sync reads one namespace's revisions, a pod event one namespace's DaemonSets.
    static var byNamespace: IndexFunction<Object> {
        IndexFunction(name: ControllerIndexName.namespace) { [$0.metadata.namespace] }
    }
}

extension IndexFunction where Object == Pod {
    /// Pods without a controller owner reference, by namespace. With the controller-UID index it gives a
    /// sync exactly the pods it may claim without scanning the namespace (upstream's newest lookup).
    static var orphansByNamespace: IndexFunction<Pod> {
        IndexFunction(name: ControllerIndexName.orphans) { pod in
            pod.metadata.controllerRef == nil ? [pod.metadata.namespace] : []
        }
    }
}
