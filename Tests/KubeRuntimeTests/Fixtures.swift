import KubeModel

/// Small objects for the tests.
enum Fixtures {
    /// A pod `namespace/name` at `resourceVersion`, bound to `node`, owned by a controller with `ownerUID`.
    static func pod(
        _ name: String, namespace: String = "default", resourceVersion: String = "1", node: String = "",
        ownerUID: String? = nil, phase: String = "Running"
    ) -> Pod {
        var pod = Pod()
        pod.metadata = ObjectMeta(name: name, namespace: namespace)
        pod.metadata.resourceVersion = resourceVersion
        pod.metadata.uid = "uid-" + name
        pod.spec.nodeName = node
        pod.status.phase = phase
        if let ownerUID {
            pod.metadata.ownerReferences = [
                OwnerReference(apiVersion: "apps/v1", kind: "DaemonSet", name: "ds", uid: ownerUID, controller: true)
            ]
        }
        return pod
    }

    /// A watch event of `type` for `pod`.
    static func event(_ type: WatchEventType, _ pod: Pod) -> WatchEvent<Pod> {
        WatchEvent(type: type.rawValue, object: pod)
    }

    /// A BOOKMARK event at `resourceVersion`.
    static func bookmark(_ resourceVersion: String) -> WatchEvent<Pod> {
        var pod = Pod()
        pod.metadata.resourceVersion = resourceVersion
        return WatchEvent(type: WatchEventType.bookmark.rawValue, object: pod)
    }
}
