import KubeModel

extension BuiltinTypes {
    static let podSpec: [TypeSchema] = [
        TypeSchema(
            "io.k8s.api.core.v1.AppArmorProfile", "Selects which AppArmor profile confines a pod or container.",
            [
                FieldSchema("localhostProfile", .string),
                FieldSchema("type", .string, required: true),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.HostAlias", "Extra IP to hostname mapping written into the pod hosts file.",
            [
                FieldSchema("hostnames", .list(.string, .atomic)),
                FieldSchema("ip", .string, required: true),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.LocalObjectReference", "Refers by name to an object in the same namespace.",
            [
                FieldSchema("name", .string),
            ], atomic: true),
        TypeSchema(
            "io.k8s.api.core.v1.PodDNSConfig", "Custom nameservers, search domains and resolver options for a pod.",
            [
                FieldSchema("nameservers", .list(.string, .atomic)),
                FieldSchema("options", .list(.type("io.k8s.api.core.v1.PodDNSConfigOption"), .atomic)),
                FieldSchema("searches", .list(.string, .atomic)),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.PodDNSConfigOption", "One resolver option, with optional value, for the pod resolv.conf.",
            [
                FieldSchema("name", .string),
                FieldSchema("value", .string),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.PodOS", "Declares the operating system the pod expects to run on.",
            [
                FieldSchema("name", .string, required: true),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.PodReadinessGate", "Extra condition type that must be true before a pod counts ready.",
            [
                FieldSchema("conditionType", .string, required: true),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.PodResourceClaim", "Pod-level entry naming a ResourceClaim or claim template to use.",
            [
                FieldSchema("name", .string, required: true),
                FieldSchema("resourceClaimName", .string),
                FieldSchema("resourceClaimTemplateName", .string),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.PodSchedulingGate", "Named gate that holds a pod back from scheduling until removed.",
            [
                FieldSchema("name", .string, required: true),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.PodSecurityContext", "Security settings applied to all containers in a pod.",
            [
                FieldSchema("appArmorProfile", .type("io.k8s.api.core.v1.AppArmorProfile")),
                FieldSchema("fsGroup", .int64),
                FieldSchema("fsGroupChangePolicy", .string),
                FieldSchema("runAsGroup", .int64),
                FieldSchema("runAsNonRoot", .boolean),
                FieldSchema("runAsUser", .int64),
                FieldSchema("seLinuxOptions", .type("io.k8s.api.core.v1.SELinuxOptions")),
                FieldSchema("seccompProfile", .type("io.k8s.api.core.v1.SeccompProfile")),
                FieldSchema("supplementalGroups", .list(.int64, .atomic)),
                FieldSchema("supplementalGroupsPolicy", .string),
                FieldSchema("sysctls", .list(.type("io.k8s.api.core.v1.Sysctl"), .atomic)),
                FieldSchema("windowsOptions", .type("io.k8s.api.core.v1.WindowsSecurityContextOptions")),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.PodSpec", "Desired contents and runtime behavior of a pod.",
            [
                FieldSchema("activeDeadlineSeconds", .int64, "Seconds the pod may run before the kubelet fails it."),
                FieldSchema("affinity", .type("io.k8s.api.core.v1.Affinity"), "Node and pod affinity rules used during scheduling."),
                FieldSchema("automountServiceAccountToken", .boolean, "Whether to mount the service account token automatically."),
                FieldSchema("containers", .list(.type("io.k8s.api.core.v1.Container"), .map(["name"])), required: true, "Main containers of the pod; at least one is required."),
                FieldSchema("dnsConfig", .type("io.k8s.api.core.v1.PodDNSConfig"), "Extra DNS resolver settings merged into the generated config."),
                FieldSchema("dnsPolicy", .string, "How pod DNS is set up, such as ClusterFirst or Default."),
                FieldSchema("enableServiceLinks", .boolean, "Whether to inject env vars describing Services in the namespace."),
                FieldSchema("ephemeralContainers", .list(.type("io.k8s.api.core.v1.EphemeralContainer"), .map(["name"])), "Debug containers added later through the ephemeralcontainers subresource."),
                FieldSchema("hostAliases", .list(.type("io.k8s.api.core.v1.HostAlias"), .map(["ip"])), "Extra entries appended to the pod hosts file."),
                FieldSchema("hostIPC", .boolean, "Share the node IPC namespace with the pod."),
                FieldSchema("hostNetwork", .boolean, "Run the pod in the node network namespace."),
                FieldSchema("hostPID", .boolean, "Share the node process ID namespace with the pod."),
                FieldSchema("hostUsers", .boolean, "False runs the pod in its own user namespace."),
                FieldSchema("hostname", .string, "Hostname for the pod; defaults to a system-chosen value."),
                FieldSchema("imagePullSecrets", .list(.type("io.k8s.api.core.v1.LocalObjectReference"), .map(["name"])), "Secrets holding registry credentials for pulling images."),
                FieldSchema("initContainers", .list(.type("io.k8s.api.core.v1.Container"), .map(["name"])), "Containers run in order to completion before main containers start."),
                FieldSchema("nodeName", .string, "Node the pod is bound to; setting it skips the scheduler."),
                FieldSchema("nodeSelector", .map(.string), "Labels a node must carry for the pod to land there."),
                FieldSchema("os", .type("io.k8s.api.core.v1.PodOS"), "Operating system the pod targets, linux or windows."),
                FieldSchema("overhead", .map(.quantity), "Extra resources charged for the pod sandbox by its RuntimeClass."),
                FieldSchema("preemptionPolicy", .string, "Whether this pod may evict lower priority pods: PreemptLowerPriority or Never."),
                FieldSchema("priority", .int32, "Numeric priority, usually filled in from priorityClassName."),
                FieldSchema("priorityClassName", .string, "Name of the PriorityClass that sets this pod priority."),
                FieldSchema("readinessGates", .list(.type("io.k8s.api.core.v1.PodReadinessGate"), .atomic), "Extra condition types that must be True for pod readiness."),
                FieldSchema("resourceClaims", .list(.type("io.k8s.api.core.v1.PodResourceClaim"), .map(["name"], retainingKeys: true)), "Dynamic resource claims the pod needs, referenced by containers."),
                FieldSchema("resources", .type("io.k8s.api.core.v1.ResourceRequirements"), "Total resource requests and limits shared across pod containers."),
                FieldSchema("restartPolicy", .string, "Always, OnFailure or Never; governs container restarts."),
                FieldSchema("runtimeClassName", .string, "RuntimeClass choosing the container runtime handler for this pod."),
                FieldSchema("schedulerName", .string, "Which scheduler should place the pod; default when empty."),
                FieldSchema("schedulingGates", .list(.type("io.k8s.api.core.v1.PodSchedulingGate"), .map(["name"])), "Gates that block scheduling until each one is removed."),
                FieldSchema("securityContext", .type("io.k8s.api.core.v1.PodSecurityContext"), "Security attributes applied at pod level to all containers."),
                FieldSchema("serviceAccount", .string, "Old field name for serviceAccountName; prefer the latter."),
                FieldSchema("serviceAccountName", .string, "Service account whose identity the pod runs under."),
                FieldSchema("setHostnameAsFQDN", .boolean, "Set the kernel hostname to the fully qualified domain name."),
                FieldSchema("shareProcessNamespace", .boolean, "Put all containers in one PID namespace so they see each other."),
                FieldSchema("subdomain", .string, "Subdomain combined with hostname to form the pod FQDN."),
                FieldSchema("terminationGracePeriodSeconds", .int64, "Seconds allowed for graceful shutdown before forced kill."),
                FieldSchema("tolerations", .list(.type("io.k8s.api.core.v1.Toleration"), .atomic), "Taints this pod is willing to accept on nodes."),
                FieldSchema("topologySpreadConstraints", .list(.type("io.k8s.api.core.v1.TopologySpreadConstraint"), .map(["topologyKey", "whenUnsatisfiable"])), "Rules for spreading matching pods evenly across topology domains."),
                FieldSchema("volumes", .list(.type("io.k8s.api.core.v1.Volume"), .map(["name"], retainingKeys: true)), "Storage sources declared once for the pod, mounted by name."),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.SELinuxOptions", "SELinux user, role, type and level labels for a process.",
            [
                FieldSchema("level", .string),
                FieldSchema("role", .string),
                FieldSchema("type", .string),
                FieldSchema("user", .string),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.SeccompProfile", "Selects the seccomp syscall filter profile for a process.",
            [
                FieldSchema("localhostProfile", .string),
                FieldSchema("type", .string, required: true),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.Sysctl", "One kernel parameter name and value set for a pod.",
            [
                FieldSchema("name", .string, required: true),
                FieldSchema("value", .string, required: true),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.WindowsSecurityContextOptions", "Windows-specific identity and process isolation settings.",
            [
                FieldSchema("gmsaCredentialSpec", .string),
                FieldSchema("gmsaCredentialSpecName", .string),
                FieldSchema("hostProcess", .boolean),
                FieldSchema("runAsUserName", .string),
            ]),
    ]
}
