import KubeModel

/// `SetObjectDefaults_Pod`: the pod spec defaults plus what only pods get (`SetDefaults_Pod`): requests copied
/// from limits, `enableServiceLinks: true`, and host ports equal to container ports on the host's network.
public enum PodDefaults {
    /// Defaults a pod in place.
    public static func apply(_ pod: inout Pod) {
        for index in pod.spec.containers.indices {
            copyLimitsToRequests(&pod.spec.containers[index].resources)
        }
        for index in pod.spec.initContainers.indices {
            copyLimitsToRequests(&pod.spec.initContainers[index].resources)
        }
        if pod.spec.enableServiceLinks == nil {
            pod.spec.enableServiceLinks = true
        }
        if pod.spec.hostNetwork {
            defaultHostPorts(&pod.spec.containers)
            defaultHostPorts(&pod.spec.initContainers)
        }
        PodSpecDefaults.apply(&pod.spec)
    }

    /// A resource with a limit and no request is requested at its limit.
    static func copyLimitsToRequests(_ resources: inout ResourceRequirements) {
        for (name, limit) in resources.limits where resources.requests[name] == nil {
            resources.requests[name] = limit
        }
    }

    /// With the host's network, a container port is also the host port.
    static func defaultHostPorts(_ containers: inout [Container]) {
        for index in containers.indices {
            for portIndex in containers[index].ports.indices where containers[index].ports[portIndex].hostPort == 0 {
                containers[index].ports[portIndex].hostPort = containers[index].ports[portIndex].containerPort
            }
        }
    }
}
