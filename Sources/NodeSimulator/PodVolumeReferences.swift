import KubeModel

/// The ConfigMaps and Secrets a pod's volumes need before its containers can start, as the kubelet mounts
/// them: a reference marked `optional` is not needed.
public struct PodVolumeReference: Sendable, Hashable {
    /// The volume, as the kubelet names it in a `FailedMount` event.
    public var volume: String
    /// `configmap` or `secret`: how the kubelet's message and the API's path name the kind.
    public var kind: String
    public var name: String

    /// The required references of `pod`'s volumes, projected ones included, in volume order.
    public static func required(by pod: Pod) -> [PodVolumeReference] {
        var references: [PodVolumeReference] = []
        for volume in pod.spec.volumes {
            if let configMap = volume.configMap, configMap.optional != true {
                references.append(PodVolumeReference(volume: volume.name, kind: "configmap", name: configMap.name))
            }
            if let secret = volume.secret, secret.optional != true {
                references.append(PodVolumeReference(volume: volume.name, kind: "secret", name: secret.secretName))
            }
            for source in volume.projected?.sources ?? [] {
                if let configMap = source.configMap, configMap.optional != true {
                    references.append(PodVolumeReference(volume: volume.name, kind: "configmap", name: configMap.name))
                }
                if let secret = source.secret, secret.optional != true {
                    references.append(PodVolumeReference(volume: volume.name, kind: "secret", name: secret.name))
                }
            }
        }
        return references
    }

    /// The API path of the object in `namespace`.
    func path(namespace: String) -> String {
        "/api/v1/namespaces/\(namespace)/\(kind)s/\(name)"
    }

    /// The kubelet's `FailedMount` message for a missing object.
    public var failedMountMessage: String {
        "MountVolume.SetUp failed for volume \"\(volume)\" : \(kind) \"\(name)\" not found"
    }
}
