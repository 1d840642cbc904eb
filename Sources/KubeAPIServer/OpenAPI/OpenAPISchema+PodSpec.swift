import KubeModel

extension OpenAPISchema {
    /// `core/v1` PodSpec and the pod-level types it names (containers, volumes and scheduling live in
    /// their own files), with upstream's descriptions shortened to their first sentences.
    static let podSpec: [String: JSONValue] = [
        "io.k8s.api.core.v1.PodSpec": object(
            "PodSpec is a description of a pod.",
            properties: [
                "activeDeadlineSeconds": integer(
                    "Optional duration in seconds the pod may be active on the node relative to StartTime before "
                        + "the system will actively try to mark it failed and kill associated containers. Value must "
                        + "be a positive integer.",
                    format: "int64"),
                "affinity": property("io.k8s.api.core.v1.Affinity", "If specified, the pod's scheduling constraints"),
                "automountServiceAccountToken": boolean(
                    "AutomountServiceAccountToken indicates whether a service account token should be automatically "
                        + "mounted."),
                "containers": array(
                    of: "io.k8s.api.core.v1.Container",
                    "List of containers belonging to the pod. Containers cannot currently be added or removed. There "
                        + "must be at least one container in a Pod. Cannot be updated.",
                    extensions: mapList(key: "name")),
                "dnsConfig": property(
                    "io.k8s.api.core.v1.PodDNSConfig",
                    "Specifies the DNS parameters of a pod. Parameters specified here will be merged to the generated "
                        + "DNS configuration based on DNSPolicy."),
                "dnsPolicy": string(
                    "Set DNS policy for the pod. Defaults to \"ClusterFirst\". Valid values are "
                        + "'ClusterFirstWithHostNet', 'ClusterFirst', 'Default' or 'None'."),
                "enableServiceLinks": boolean(
                    "EnableServiceLinks indicates whether information about services should be injected into pod's "
                        + "environment variables, matching the syntax of Docker links. Optional: Defaults to true."),
                "ephemeralContainers": array(
                    of: "io.k8s.api.core.v1.EphemeralContainer",
                    "List of ephemeral containers run in this pod. Ephemeral containers may be run in an existing pod "
                        + "to perform user-initiated actions such as debugging. This list cannot be specified when "
                        + "creating a pod, and it cannot be modified by updating the pod spec. In order to add an "
                        + "ephemeral container to an existing pod, use the pod's ephemeralcontainers subresource.",
                    extensions: mapList(key: "name")),
                "hostAliases": array(
                    of: "io.k8s.api.core.v1.HostAlias",
                    "HostAliases is an optional list of hosts and IPs that will be injected into the pod's hosts file "
                        + "if specified.",
                    extensions: mapList(key: "ip")),
                "hostIPC": boolean("Use the host's ipc namespace. Optional: Default to false."),
                "hostNetwork": boolean(
                    "Host networking requested for this pod. Use the host's network namespace. Default to false."),
                "hostPID": boolean("Use the host's pid namespace. Optional: Default to false."),
                "hostUsers": boolean(
                    "Use the host's user namespace. Optional: Default to true. If set to true or not present, the pod "
                        + "will be run in the host user namespace."),
                "hostname": string(
                    "Specifies the hostname of the Pod If not specified, the pod's hostname will be set to a "
                        + "system-defined value."),
                "imagePullSecrets": array(
                    of: "io.k8s.api.core.v1.LocalObjectReference",
                    "ImagePullSecrets is an optional list of references to secrets in the same namespace to use for "
                        + "pulling any of the images used by this PodSpec.",
                    extensions: mapList(key: "name")),
                "initContainers": array(
                    of: "io.k8s.api.core.v1.Container",
                    "List of initialization containers belonging to the pod. Init containers are executed in order "
                        + "prior to containers being started. More info: "
                        + "https://kubernetes.io/docs/concepts/workloads/pods/init-containers/",
                    extensions: mapList(key: "name")),
                "nodeName": string(SwaggerDoc.podSpecNodeName),
                "nodeSelector": stringMap(SwaggerDoc.podSpecNodeSelector),
                "os": property(
                    "io.k8s.api.core.v1.PodOS",
                    "Specifies the OS of the containers in the pod. Some pod and container fields are restricted if "
                        + "this is set."),
                "overhead": map(
                    of: "io.k8s.apimachinery.pkg.api.resource.Quantity",
                    "Overhead represents the resource overhead associated with running a pod for a given "
                        + "RuntimeClass."),
                "preemptionPolicy": string(
                    "PreemptionPolicy is the Policy for preempting pods with lower priority. One of Never, "
                        + "PreemptLowerPriority. Defaults to PreemptLowerPriority if unset."),
                "priority": integer(
                    "The priority value. Various system components use this field to find the priority of the pod. "
                        + "The higher the value, the higher the priority."),
                "priorityClassName": string(
                    "If specified, indicates the pod's priority. \"system-node-critical\" and "
                        + "\"system-cluster-critical\" are two special keywords which indicate the highest priorities "
                        + "with the former being the highest priority."),
                "readinessGates": array(
                    of: "io.k8s.api.core.v1.PodReadinessGate", SwaggerDoc.podSpecReadinessGates,
                    extensions: atomicList),
                "resourceClaims": array(
                    of: "io.k8s.api.core.v1.PodResourceClaim",
                    "ResourceClaims defines which ResourceClaims must be allocated and reserved before the Pod is "
                        + "allowed to start. The resources will be made available to those containers which consume "
                        + "them by name.",
                    extensions: mapList(key: "name", retainKeys: true)),
                "resources": property(
                    "io.k8s.api.core.v1.ResourceRequirements",
                    "Resources is the total amount of CPU and Memory resources required by all containers in the "
                        + "pod. It supports specifying Requests and Limits for \"cpu\" and \"memory\" resource names "
                        + "only. ResourceClaims are not supported.\n\nThis is an alpha field and requires enabling "
                        + "the PodLevelResources feature gate."),
                "restartPolicy": string(
                    "Restart policy for all containers within the pod. One of Always, OnFailure, Never. In some "
                        + "contexts, only a subset of those values may be permitted. Default to Always. More info: "
                        + "https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy"),
                "runtimeClassName": string(
                    "RuntimeClassName refers to a RuntimeClass object in the node.k8s.io group, which should be used "
                        + "to run this pod."),
                "schedulerName": string(
                    "If specified, the pod will be dispatched by specified scheduler. If not specified, the pod will "
                        + "be dispatched by default scheduler."),
                "schedulingGates": array(
                    of: "io.k8s.api.core.v1.PodSchedulingGate",
                    "SchedulingGates is an opaque list of values that if specified will block scheduling the pod. If "
                        + "schedulingGates is not empty, the pod will stay in the SchedulingGated state and the "
                        + "scheduler will not attempt to schedule the pod.",
                    extensions: mapList(key: "name")),
                "securityContext": property(
                    "io.k8s.api.core.v1.PodSecurityContext",
                    "SecurityContext holds pod-level security attributes and common container settings. Optional: "
                        + "Defaults to empty.  See type description for default values of each field."),
                "serviceAccount": string(
                    "DeprecatedServiceAccount is a deprecated alias for ServiceAccountName. Deprecated: Use "
                        + "serviceAccountName instead."),
                "serviceAccountName": string(
                    "ServiceAccountName is the name of the ServiceAccount to use to run this pod. More info: "
                        + "https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/"),
                "setHostnameAsFQDN": boolean(
                    "If true the pod's hostname will be configured as the pod's FQDN, rather than the leaf name (the "
                        + "default). Default to false."),
                "shareProcessNamespace": boolean(
                    "Share a single process namespace between all of the containers in a pod. Optional: Default to "
                        + "false."),
                "subdomain": string(
                    "If specified, the fully qualified Pod hostname will be "
                        + "\"<hostname>.<subdomain>.<pod namespace>.svc.<cluster domain>\". If not specified, the pod "
                        + "will not have a domainname at all."),
                "terminationGracePeriodSeconds": integer(
                    "Optional duration in seconds the pod needs to terminate gracefully. May be decreased in delete "
                        + "request. Value must be non-negative integer. The value zero indicates stop immediately via "
                        + "the kill signal (no opportunity to shut down). If this value is nil, the default grace "
                        + "period will be used instead. Defaults to 30 seconds.",
                    format: "int64"),
                "tolerations": array(
                    of: "io.k8s.api.core.v1.Toleration", "If specified, the pod's tolerations.",
                    extensions: atomicList),
                "topologySpreadConstraints": array(
                    of: "io.k8s.api.core.v1.TopologySpreadConstraint",
                    "TopologySpreadConstraints describes how a group of pods ought to spread across topology "
                        + "domains. Scheduler will schedule pods in a way which abides by the constraints. All "
                        + "topologySpreadConstraints are ANDed.",
                    extensions: [
                        "x-kubernetes-list-map-keys": ["topologyKey", "whenUnsatisfiable"],
                        "x-kubernetes-list-type": "map", "x-kubernetes-patch-merge-key": "topologyKey",
                        "x-kubernetes-patch-strategy": "merge",
                    ]),
                "volumes": array(
                    of: "io.k8s.api.core.v1.Volume",
                    "List of volumes that can be mounted by containers belonging to the pod. More info: "
                        + "https://kubernetes.io/docs/concepts/storage/volumes",
                    extensions: mapList(key: "name", retainKeys: true)),
            ],
            required: ["containers"]),
        "io.k8s.api.core.v1.PodDNSConfig": object(
            "PodDNSConfig defines the DNS parameters of a pod in addition to those generated from DNSPolicy.",
            properties: [
                "nameservers": stringArray(
                    "A list of DNS name server IP addresses. This will be appended to the base nameservers generated "
                        + "from DNSPolicy. Duplicated nameservers will be removed.",
                    extensions: atomicList),
                "options": array(
                    of: "io.k8s.api.core.v1.PodDNSConfigOption",
                    "A list of DNS resolver options. This will be merged with the base options generated from "
                        + "DNSPolicy. Duplicated entries will be removed. Resolution options given in Options will "
                        + "override those that appear in the base DNSPolicy.",
                    extensions: atomicList),
                "searches": stringArray(
                    "A list of DNS search domains for host-name lookup. This will be appended to the base search "
                        + "paths generated from DNSPolicy. Duplicated search paths will be removed.",
                    extensions: atomicList),
            ]),
        "io.k8s.api.core.v1.PodDNSConfigOption": object(
            "PodDNSConfigOption defines DNS resolver options of a pod.",
            properties: [
                "name": string("Name is this DNS resolver option's name. Required."),
                "value": string("Value is this DNS resolver option's value."),
            ]),
        "io.k8s.api.core.v1.HostAlias": object(
            "HostAlias holds the mapping between IP and hostnames that will be injected as an entry in the pod's "
                + "hosts file.",
            properties: [
                "hostnames": stringArray("Hostnames for the above IP address.", extensions: atomicList),
                "ip": string("IP address of the host file entry.", defaulted: true),
            ],
            required: ["ip"]),
        "io.k8s.api.core.v1.LocalObjectReference": object(
            "LocalObjectReference contains enough information to let you locate the referenced object inside the "
                + "same namespace.",
            properties: [
                "name": string(
                    "Name of the referent. This field is effectively required, but due to backwards compatibility is "
                        + "allowed to be empty. More info: "
                        + "https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names",
                    defaulted: true)
            ],
            extensions: ["x-kubernetes-map-type": "atomic"]),
        "io.k8s.api.core.v1.PodOS": object(
            "PodOS defines the OS parameters of a pod.",
            properties: [
                "name": string(
                    "Name is the name of the operating system. The currently supported values are linux and windows.",
                    defaulted: true)
            ],
            required: ["name"]),
        "io.k8s.api.core.v1.PodReadinessGate": object(
            "PodReadinessGate contains the reference to a pod condition",
            properties: [
                "conditionType": string(
                    "ConditionType refers to a condition in the pod's condition list with matching type.",
                    defaulted: true)
            ],
            required: ["conditionType"]),
        "io.k8s.api.core.v1.PodResourceClaim": object(
            "PodResourceClaim references exactly one ResourceClaim, either directly or by naming a "
                + "ResourceClaimTemplate which is then turned into a ResourceClaim for the pod.",
            properties: [
                "name": string(
                    "Name uniquely identifies this resource claim inside the pod. This must be a DNS_LABEL.",
                    defaulted: true),
                "resourceClaimName": string(
                    "ResourceClaimName is the name of a ResourceClaim object in the same namespace as this pod."),
                "resourceClaimTemplateName": string(
                    "ResourceClaimTemplateName is the name of a ResourceClaimTemplate object in the same namespace as "
                        + "this pod."),
            ],
            required: ["name"]),
        "io.k8s.api.core.v1.PodSchedulingGate": object(
            "PodSchedulingGate is associated to a Pod to guard its scheduling.",
            properties: [
                "name": string(
                    "Name of the scheduling gate. Each scheduling gate must have a unique name field.",
                    defaulted: true)
            ],
            required: ["name"]),
        "io.k8s.api.core.v1.PodSecurityContext": object(
            "PodSecurityContext holds pod-level security attributes and common container settings. Some fields are "
                + "also present in container.securityContext.  Field values of container.securityContext take "
                + "precedence over field values of PodSecurityContext.",
            properties: [
                "appArmorProfile": property(
                    "io.k8s.api.core.v1.AppArmorProfile",
                    "appArmorProfile is the AppArmor options to use by the containers in this pod."),
                "fsGroup": integer(
                    "A special supplemental group that applies to all containers in a pod. Some volume types allow the "
                        + "Kubelet to change the ownership of that volume to be owned by the pod.",
                    format: "int64"),
                "fsGroupChangePolicy": string(
                    "fsGroupChangePolicy defines behavior of changing ownership and permission of the volume before "
                        + "being exposed inside Pod. Valid values are \"OnRootMismatch\" and \"Always\"."),
                "seLinuxOptions": property(
                    "io.k8s.api.core.v1.SELinuxOptions",
                    "The SELinux context to be applied to all containers. If unspecified, the container runtime will "
                        + "allocate a random SELinux context for each container."),
                "seccompProfile": property(
                    "io.k8s.api.core.v1.SeccompProfile",
                    "The seccomp options to use by the containers in this pod."),
                "supplementalGroups": integerArray(
                    "A list of groups applied to the first process run in each container, in addition to the "
                        + "container's primary GID and fsGroup (if specified).",
                    format: "int64"),
                "supplementalGroupsPolicy": string(
                    "Defines how supplemental groups of the first container processes are calculated. Valid values "
                        + "are \"Merge\" and \"Strict\". If not specified, \"Merge\" is used."),
                "sysctls": array(
                    of: "io.k8s.api.core.v1.Sysctl",
                    "Sysctls hold a list of namespaced sysctls used for the pod. Pods with unsupported sysctls (by "
                        + "the container runtime) might fail to launch.",
                    extensions: atomicList),
                "windowsOptions": property(
                    "io.k8s.api.core.v1.WindowsSecurityContextOptions",
                    "The Windows specific settings applied to all containers. If unspecified, the options within a "
                        + "container's SecurityContext will be used."),
            ].merging(runAsIdentity) { own, _ in own }),
        "io.k8s.api.core.v1.Sysctl": object(
            "Sysctl defines a kernel parameter to be set",
            properties: [
                "name": string("Name of a property to set", defaulted: true),
                "value": string("Value of a property to set", defaulted: true),
            ],
            required: ["name", "value"]),
        "io.k8s.api.core.v1.SELinuxOptions": object(
            "SELinuxOptions are the labels to be applied to the container",
            properties: [
                "level": string("Level is SELinux level label that applies to the container."),
                "role": string("Role is a SELinux role label that applies to the container."),
                "type": string("Type is a SELinux type label that applies to the container."),
                "user": string("User is a SELinux user label that applies to the container."),
            ]),
        "io.k8s.api.core.v1.SeccompProfile": object(
            "SeccompProfile defines a pod/container's seccomp profile settings. Only one profile source may be set.",
            properties: [
                "localhostProfile": string(
                    "localhostProfile indicates a profile defined in a file on the node should be used. Must be set "
                        + "if type is \"Localhost\". Must NOT be set for any other type."),
                "type": string(
                    "type indicates which kind of seccomp profile will be applied. Valid options are: Localhost, "
                        + "RuntimeDefault, Unconfined.",
                    defaulted: true),
            ],
            required: ["type"],
            extensions: [
                "x-kubernetes-unions": [["discriminator": "type", "fields-to-discriminateBy": ["localhostProfile": "LocalhostProfile"]]]
            ]),
        "io.k8s.api.core.v1.AppArmorProfile": object(
            "AppArmorProfile defines a pod or container's AppArmor settings.",
            properties: [
                "localhostProfile": string(
                    "localhostProfile indicates a profile loaded on the node that should be used. The profile must be "
                        + "preconfigured on the node to work. Must match the loaded name of the profile. Must be set "
                        + "if and only if type is \"Localhost\"."),
                "type": string(
                    "type indicates which kind of AppArmor profile will be applied. Valid options are: Localhost, "
                        + "RuntimeDefault, Unconfined.",
                    defaulted: true),
            ],
            required: ["type"],
            extensions: [
                "x-kubernetes-unions": [["discriminator": "type", "fields-to-discriminateBy": ["localhostProfile": "LocalhostProfile"]]]
            ]),
        "io.k8s.api.core.v1.WindowsSecurityContextOptions": object(
            "WindowsSecurityContextOptions contain Windows-specific options and credentials.",
            properties: [
                "gmsaCredentialSpec": string(
                    "GMSACredentialSpec is where the GMSA admission webhook (https://github.com/kubernetes-sigs/"
                        + "windows-gmsa) inlines the contents of the GMSA credential spec named by the "
                        + "GMSACredentialSpecName field."),
                "gmsaCredentialSpecName": string(
                    "GMSACredentialSpecName is the name of the GMSA credential spec to use."),
                "hostProcess": boolean(
                    "HostProcess determines if a container should be run as a 'Host Process' container."),
                "runAsUserName": string(
                    "The UserName in Windows to run the entrypoint of the container process. Defaults to the user "
                        + "specified in image metadata if unspecified."),
            ]),
    ]
}

extension OpenAPISchema {
    /// The identity fields a pod's and a container's security context share, with upstream's descriptions.
    static let runAsIdentity: [String: JSONValue] = [
        "runAsGroup": integer(
            "The GID to run the entrypoint of the container process. Uses runtime default if unset.", format: "int64"),
        "runAsNonRoot": boolean(
            "Indicates that the container must run as a non-root user. If true, the Kubelet will validate the "
                + "image at runtime to ensure that it does not run as UID 0 (root) and fail to start the "
                + "container if it does."),
        "runAsUser": integer(
            "The UID to run the entrypoint of the container process. Defaults to user specified in image "
                + "metadata if unspecified.",
            format: "int64"),
    ]
}
