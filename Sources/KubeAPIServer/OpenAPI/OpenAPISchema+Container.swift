import KubeModel

extension OpenAPISchema {
    /// The properties Container and EphemeralContainer share (upstream generates both from the same
    /// fields; an ephemeral container adds `targetContainerName`).
    private static let containerProperties: [String: JSONValue] = [
        "args": stringArray(
            "Arguments to the entrypoint. The container image's CMD is used if this is not provided. Variable "
                + "references $(VAR_NAME) are expanded using the container's environment. Cannot be updated. More "
                + "info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/"
                + "#running-a-command-in-a-shell",
            extensions: atomicList),
        "command": stringArray(
            "Entrypoint array. Not executed within a shell. The container image's ENTRYPOINT is used if this is not "
                + "provided. Variable references $(VAR_NAME) are expanded using the container's environment. Cannot "
                + "be updated. More info: https://kubernetes.io/docs/tasks/inject-data-application/"
                + "define-command-argument-container/#running-a-command-in-a-shell",
            extensions: atomicList),
        "env": array(
            of: "io.k8s.api.core.v1.EnvVar", "List of environment variables to set in the container. Cannot be updated.",
            extensions: mapList(key: "name")),
        "envFrom": array(
            of: "io.k8s.api.core.v1.EnvFromSource",
            "List of sources to populate environment variables in the container. The keys defined within a source "
                + "must be a C_IDENTIFIER. All invalid keys will be reported as an event when the container is "
                + "starting. When a key exists in multiple sources, the value associated with the last source will "
                + "take precedence. Values defined by an Env with a duplicate key will take precedence. Cannot be "
                + "updated.",
            extensions: atomicList),
        "image": string(
            "Container image name. More info: https://kubernetes.io/docs/concepts/containers/images This field is "
                + "optional to allow higher level config management to default or override container images in "
                + "workload controllers like Deployments and StatefulSets."),
        "imagePullPolicy": string(
            "Image pull policy. One of Always, Never, IfNotPresent. Defaults to Always if :latest tag is specified, "
                + "or IfNotPresent otherwise. Cannot be updated. More info: "
                + "https://kubernetes.io/docs/concepts/containers/images#updating-images"),
        "lifecycle": property(
            "io.k8s.api.core.v1.Lifecycle",
            "Actions that the management system should take in response to container lifecycle events. Cannot be "
                + "updated."),
        "livenessProbe": property(
            "io.k8s.api.core.v1.Probe",
            "Periodic probe of container liveness. Container will be restarted if the probe fails. Cannot be "
                + "updated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes"),
        "name": string(
            "Name of the container specified as a DNS_LABEL. Each container in a pod must have a unique name "
                + "(DNS_LABEL). Cannot be updated.",
            defaulted: true),
        "ports": array(
            of: "io.k8s.api.core.v1.ContainerPort",
            "List of ports to expose from the container. Not specifying a port here DOES NOT prevent that port from "
                + "being exposed. Cannot be updated.",
            extensions: [
                "x-kubernetes-list-map-keys": ["containerPort", "protocol"], "x-kubernetes-list-type": "map",
                "x-kubernetes-patch-merge-key": "containerPort", "x-kubernetes-patch-strategy": "merge",
            ]),
        "readinessProbe": property(
            "io.k8s.api.core.v1.Probe",
            "Periodic probe of container service readiness. Container will be removed from service endpoints if the "
                + "probe fails. Cannot be updated. More info: "
                + "https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes"),
        "resizePolicy": array(
            of: "io.k8s.api.core.v1.ContainerResizePolicy", "Resources resize policy for the container.",
            extensions: atomicList),
        "resources": property(
            "io.k8s.api.core.v1.ResourceRequirements",
            "Compute Resources required by this container. Cannot be updated. More info: "
                + "https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/",
            defaulted: true),
        "restartPolicy": string(
            "RestartPolicy defines the restart behavior of individual containers in a pod. This field may only be "
                + "set for init containers, and the only allowed value is \"Always\"."),
        "securityContext": property(
            "io.k8s.api.core.v1.SecurityContext",
            "SecurityContext defines the security options the container should be run with. If set, the fields of "
                + "SecurityContext override the equivalent fields of PodSecurityContext. More info: "
                + "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"),
        "startupProbe": property(
            "io.k8s.api.core.v1.Probe",
            "StartupProbe indicates that the Pod has successfully initialized. If specified, no other probes are "
                + "executed until this completes successfully. Cannot be updated. More info: "
                + "https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes"),
        "stdin": boolean(
            "Whether this container should allocate a buffer for stdin in the container runtime. If this is not "
                + "set, reads from stdin in the container will always result in EOF. Default is false."),
        "stdinOnce": boolean(
            "Whether the container runtime should close the stdin channel after it has been opened by a single "
                + "attach. Default is false"),
        "terminationMessagePath": string(
            "Optional: Path at which the file to which the container's termination message will be written is "
                + "mounted into the container's filesystem. Defaults to /dev/termination-log. Cannot be updated."),
        "terminationMessagePolicy": string(
            "Indicate how the termination message should be populated. File will use the contents of "
                + "terminationMessagePath to populate the container status message on both success and failure. "
                + "FallbackToLogsOnError will use the last chunk of container log output if the termination message "
                + "file is empty and the container exited with an error. Defaults to File. Cannot be updated."),
        "tty": boolean(
            "Whether this container should allocate a TTY for itself, also requires 'stdin' to be true. Default is "
                + "false."),
        "volumeDevices": array(
            of: "io.k8s.api.core.v1.VolumeDevice",
            "volumeDevices is the list of block devices to be used by the container.",
            extensions: mapList(key: "devicePath")),
        "volumeMounts": array(
            of: "io.k8s.api.core.v1.VolumeMount",
            "Pod volumes to mount into the container's filesystem. Cannot be updated.",
            extensions: mapList(key: "mountPath")),
        "workingDir": string(
            "Container's working directory. If not specified, the container runtime's default will be used, which "
                + "might be configured in the container image. Cannot be updated."),
    ]

    /// `core/v1` Container and the types only containers use.
    static let container: [String: JSONValue] = [
        "io.k8s.api.core.v1.Container": object(
            "A single application container that you want to run within a pod.", properties: containerProperties,
            required: ["name"]),
        "io.k8s.api.core.v1.EphemeralContainer": object(
            "An EphemeralContainer is a temporary container that you may add to an existing Pod for user-initiated "
                + "activities such as debugging. Ephemeral containers have no resource or scheduling guarantees, and "
                + "they will not be restarted when they exit or when a Pod is removed or restarted.",
            properties: containerProperties.merging([
                "targetContainerName": string(
                    "If set, the name of the container from PodSpec that this ephemeral container targets. The "
                        + "ephemeral container will be run in the namespaces (IPC, PID, etc) of this container.")
            ]) { _, new in new },
            required: ["name"]),
        "io.k8s.api.core.v1.ContainerPort": object(
            "ContainerPort represents a network port in a single container.",
            properties: [
                "containerPort": integer(
                    "Number of port to expose on the pod's IP address. This must be a valid port number, 0 < x < 65536.",
                    defaulted: true),
                "hostIP": string("What host IP to bind the external port to."),
                "hostPort": integer(
                    "Number of port to expose on the host. If specified, this must be a valid port number, "
                        + "0 < x < 65536. If HostNetwork is specified, this must match ContainerPort. Most containers "
                        + "do not need this."),
                "name": string(
                    "If specified, this must be an IANA_SVC_NAME and unique within the pod. Each named port in a pod "
                        + "must have a unique name. Name for the port that can be referred to by services."),
                "protocol": [
                    "default": "TCP", "description": "Protocol for port. Must be UDP, TCP, or SCTP. Defaults to \"TCP\".",
                    "type": "string",
                ],
            ],
            required: ["containerPort"]),
        "io.k8s.api.core.v1.ContainerResizePolicy": object(
            "ContainerResizePolicy represents resource resize policy for the container.",
            properties: [
                "resourceName": string(
                    "Name of the resource to which this resource resize policy applies. Supported values: cpu, memory.",
                    defaulted: true),
                "restartPolicy": string(
                    "Restart policy to apply when specified resource is resized. If not specified, it defaults to "
                        + "NotRequired.",
                    defaulted: true),
            ],
            required: ["resourceName", "restartPolicy"]),
        "io.k8s.api.core.v1.EnvVar": object(
            "EnvVar represents an environment variable present in a Container.",
            properties: [
                "name": string("Name of the environment variable. Must be a C_IDENTIFIER.", defaulted: true),
                "value": string(
                    "Variable references $(VAR_NAME) are expanded using the previously defined environment "
                        + "variables in the container and any service environment variables. Defaults to \"\"."),
                "valueFrom": property(
                    "io.k8s.api.core.v1.EnvVarSource",
                    "Source for the environment variable's value. Cannot be used if value is not empty."),
            ],
            required: ["name"]),
        "io.k8s.api.core.v1.EnvVarSource": object(
            "EnvVarSource represents a source for the value of an EnvVar.",
            properties: [
                "configMapKeyRef": property("io.k8s.api.core.v1.ConfigMapKeySelector", "Selects a key of a ConfigMap."),
                "fieldRef": property(
                    "io.k8s.api.core.v1.ObjectFieldSelector",
                    "Selects a field of the pod: supports metadata.name, metadata.namespace, "
                        + "`metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`, spec.nodeName, "
                        + "spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs."),
                "resourceFieldRef": property(
                    "io.k8s.api.core.v1.ResourceFieldSelector",
                    "Selects a resource of the container: only resources limits and requests (limits.cpu, "
                        + "limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and "
                        + "requests.ephemeral-storage) are currently supported."),
                "secretKeyRef": property(
                    "io.k8s.api.core.v1.SecretKeySelector", "Selects a key of a secret in the pod's namespace"),
            ]),
        "io.k8s.api.core.v1.ConfigMapKeySelector": object(
            "Selects a key from a ConfigMap.",
            properties: [
                "key": string("The key to select.", defaulted: true),
                "name": localObjectName,
                "optional": boolean("Specify whether the ConfigMap or its key must be defined"),
            ],
            required: ["key"], extensions: ["x-kubernetes-map-type": "atomic"]),
        "io.k8s.api.core.v1.SecretKeySelector": object(
            "SecretKeySelector selects a key of a Secret.",
            properties: [
                "key": string(
                    "The key of the secret to select from.  Must be a valid secret key.", defaulted: true),
                "name": localObjectName,
                "optional": boolean("Specify whether the Secret or its key must be defined"),
            ],
            required: ["key"], extensions: ["x-kubernetes-map-type": "atomic"]),
        "io.k8s.api.core.v1.ObjectFieldSelector": object(
            "ObjectFieldSelector selects an APIVersioned field of an object.",
            properties: [
                "apiVersion": string(
                    "Version of the schema the FieldPath is written in terms of, defaults to \"v1\"."),
                "fieldPath": string(
                    "Path of the field to select in the specified API version.", defaulted: true),
            ],
            required: ["fieldPath"], extensions: ["x-kubernetes-map-type": "atomic"]),
        "io.k8s.api.core.v1.ResourceFieldSelector": object(
            "ResourceFieldSelector represents container resources (cpu, memory) and their output format",
            properties: [
                "containerName": string("Container name: required for volumes, optional for env vars"),
                "divisor": property(
                    "io.k8s.apimachinery.pkg.api.resource.Quantity",
                    "Specifies the output format of the exposed resources, defaults to \"1\""),
                "resource": string("Required: resource to select", defaulted: true),
            ],
            required: ["resource"], extensions: ["x-kubernetes-map-type": "atomic"]),
        "io.k8s.api.core.v1.EnvFromSource": object(
            "EnvFromSource represents the source of a set of ConfigMaps or Secrets",
            properties: [
                "configMapRef": property("io.k8s.api.core.v1.ConfigMapEnvSource", "The ConfigMap to select from"),
                "prefix": string(
                    "Optional text to prepend to the name of each environment variable. Must be a C_IDENTIFIER."),
                "secretRef": property("io.k8s.api.core.v1.SecretEnvSource", "The Secret to select from"),
            ]),
        "io.k8s.api.core.v1.ConfigMapEnvSource": object(
            "ConfigMapEnvSource selects a ConfigMap to populate the environment variables with.\n\nThe contents of "
                + "the target ConfigMap's Data field will represent the key-value pairs as environment variables.",
            properties: [
                "name": localObjectName,
                "optional": boolean("Specify whether the ConfigMap must be defined"),
            ]),
        "io.k8s.api.core.v1.SecretEnvSource": object(
            "SecretEnvSource selects a Secret to populate the environment variables with.\n\nThe contents of the "
                + "target Secret's Data field will represent the key-value pairs as environment variables.",
            properties: [
                "name": localObjectName,
                "optional": boolean("Specify whether the Secret must be defined"),
            ]),
        "io.k8s.api.core.v1.ResourceRequirements": object(
            "ResourceRequirements describes the compute resource requirements.",
            properties: [
                "claims": array(
                    of: "io.k8s.api.core.v1.ResourceClaim",
                    "Claims lists the names of resources, defined in spec.resourceClaims, that are used by this "
                        + "container.\n\nThis is an alpha field and requires enabling the DynamicResourceAllocation "
                        + "feature gate.\n\nThis field is immutable. It can only be set for containers.",
                    extensions: ["x-kubernetes-list-map-keys": ["name"], "x-kubernetes-list-type": "map"]),
                "limits": map(
                    of: "io.k8s.apimachinery.pkg.api.resource.Quantity",
                    "Limits describes the maximum amount of compute resources allowed. More info: "
                        + "https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/"),
                "requests": map(
                    of: "io.k8s.apimachinery.pkg.api.resource.Quantity",
                    "Requests describes the minimum amount of compute resources required. If Requests is omitted for "
                        + "a container, it defaults to Limits if that is explicitly specified, otherwise to an "
                        + "implementation-defined value. Requests cannot exceed Limits. More info: "
                        + "https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/"),
            ]),
        "io.k8s.api.core.v1.ResourceClaim": object(
            "ResourceClaim references one entry in PodSpec.ResourceClaims.",
            properties: [
                "name": string(
                    "Name must match the name of one entry in pod.spec.resourceClaims of the Pod where this field is "
                        + "used. It makes that resource available inside a container.",
                    defaulted: true),
                "request": string(
                    "Request is the name chosen for a request in the referenced claim. If empty, everything from the "
                        + "claim is made available, otherwise only the result of this request."),
            ],
            required: ["name"]),
        "io.k8s.api.core.v1.VolumeMount": object(
            "VolumeMount describes a mounting of a Volume within a container.",
            properties: [
                "mountPath": string(
                    "Path within the container at which the volume should be mounted.  Must not contain ':'.",
                    defaulted: true),
                "mountPropagation": string(
                    "mountPropagation determines how mounts are propagated from the host to container and the other "
                        + "way around. When not set, MountPropagationNone is used. This field is beta in 1.10."),
                "name": string("This must match the Name of a Volume.", defaulted: true),
                "readOnly": boolean(
                    "Mounted read-only if true, read-write otherwise (false or unspecified). Defaults to false."),
                "recursiveReadOnly": string(
                    "RecursiveReadOnly specifies whether read-only mounts should be handled recursively. If "
                        + "ReadOnly is false, this field has no meaning and must be unspecified."),
                "subPath": string(
                    "Path within the volume from which the container's volume should be mounted. Defaults to \"\" "
                        + "(volume's root)."),
                "subPathExpr": string(
                    "Expanded path within the volume from which the container's volume should be mounted. Behaves "
                        + "similarly to SubPath but environment variable references $(VAR_NAME) are expanded using "
                        + "the container's environment. Defaults to \"\" (volume's root). SubPathExpr and SubPath "
                        + "are mutually exclusive."),
            ],
            required: ["name", "mountPath"]),
        "io.k8s.api.core.v1.VolumeDevice": object(
            "volumeDevice describes a mapping of a raw block device within a container.",
            properties: [
                "devicePath": string(
                    "devicePath is the path inside of the container that the device will be mapped to.",
                    defaulted: true),
                "name": string(
                    "name must match the name of a persistentVolumeClaim in the pod", defaulted: true),
            ],
            required: ["name", "devicePath"]),
        "io.k8s.api.core.v1.SecurityContext": object(
            "SecurityContext holds security configuration that will be applied to a container. Some fields are "
                + "present in both SecurityContext and PodSecurityContext.  When both are set, the values in "
                + "SecurityContext take precedence.",
            properties: [
                "allowPrivilegeEscalation": boolean(
                    "AllowPrivilegeEscalation controls whether a process can gain more privileges than its parent "
                        + "process. This bool directly controls if the no_new_privs flag will be set on the container "
                        + "process."),
                "appArmorProfile": property(
                    "io.k8s.api.core.v1.AppArmorProfile",
                    "appArmorProfile is the AppArmor options to use by this container. If set, this profile "
                        + "overrides the pod's appArmorProfile."),
                "capabilities": property(
                    "io.k8s.api.core.v1.Capabilities",
                    "The capabilities to add/drop when running containers. Defaults to the default set of "
                        + "capabilities granted by the container runtime."),
                "privileged": boolean(
                    "Run container in privileged mode. Processes in privileged containers are essentially equivalent "
                        + "to root on the host. Defaults to false."),
                "procMount": string(
                    "procMount denotes the type of proc mount to use for the containers. The default value is "
                        + "Default which uses the container runtime defaults for readonly paths and masked paths."),
                "readOnlyRootFilesystem": boolean(
                    "Whether this container has a read-only root filesystem. Default is false."),
                "seLinuxOptions": property(
                    "io.k8s.api.core.v1.SELinuxOptions",
                    "The SELinux context to be applied to the container. If unspecified, the container runtime will "
                        + "allocate a random SELinux context for each container."),
                "seccompProfile": property(
                    "io.k8s.api.core.v1.SeccompProfile",
                    "The seccomp options to use by this container. If seccomp options are provided at both the pod & "
                        + "container level, the container options override the pod options."),
                "windowsOptions": property(
                    "io.k8s.api.core.v1.WindowsSecurityContextOptions",
                    "The Windows specific settings applied to all containers. If unspecified, the options from the "
                        + "PodSecurityContext will be used."),
            ].merging(runAsIdentity) { own, _ in own }),
        "io.k8s.api.core.v1.Capabilities": object(
            "Adds and removes POSIX capabilities from running containers.",
            properties: [
                "add": stringArray("Added capabilities", extensions: atomicList),
                "drop": stringArray("Removed capabilities", extensions: atomicList),
            ]),
    ]

    /// The `name` of the selectors that embed LocalObjectReference.
    static let localObjectName = string(
        "Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to "
            + "be empty. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names",
        defaulted: true)
}
