import KubeModel

extension BuiltinTypes {
    static let container: [TypeSchema] = [
        TypeSchema(
            "io.k8s.api.core.v1.Capabilities", "Linux capability names to grant or revoke for a container.",
            [
                FieldSchema("add", .list(.string, .atomic)),
                FieldSchema("drop", .list(.string, .atomic)),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.ConfigMapEnvSource", "Imports every key of a ConfigMap as container environment variables.",
            [
                FieldSchema("name", .string),
                FieldSchema("optional", .boolean),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.ConfigMapKeySelector", "Points at one key inside a named ConfigMap.",
            [
                FieldSchema("key", .string, required: true),
                FieldSchema("name", .string),
                FieldSchema("optional", .boolean),
            ], atomic: true),
        TypeSchema(
            "io.k8s.api.core.v1.Container", "A single runnable image plus its settings inside a pod.",
            [
                FieldSchema("args", .list(.string, .atomic), "Argument list for the entrypoint; replaces the image CMD when set."),
                FieldSchema("command", .list(.string, .atomic), "Executable and arguments replacing the image ENTRYPOINT; no shell."),
                FieldSchema("env", .list(.type("io.k8s.api.core.v1.EnvVar"), .map(["name"])), "Explicit name and value pairs exported to the process."),
                FieldSchema("envFrom", .list(.type("io.k8s.api.core.v1.EnvFromSource"), .atomic), "ConfigMaps or Secrets whose keys all become environment variables."),
                FieldSchema("image", .string, "Container image reference to run."),
                FieldSchema("imagePullPolicy", .string, "Always, IfNotPresent or Never; controls when the image is pulled."),
                FieldSchema("lifecycle", .type("io.k8s.api.core.v1.Lifecycle"), "Hooks run after the container starts and before it stops."),
                FieldSchema("livenessProbe", .type("io.k8s.api.core.v1.Probe"), "Check whose failure makes the kubelet restart the container."),
                FieldSchema("name", .string, required: true, "Unique DNS label naming the container within the pod."),
                FieldSchema("ports", .list(.type("io.k8s.api.core.v1.ContainerPort"), .map(["containerPort", "protocol"])), "Ports the container exposes; mostly informational."),
                FieldSchema("readinessProbe", .type("io.k8s.api.core.v1.Probe"), "Check deciding whether the container should receive traffic."),
                FieldSchema("resizePolicy", .list(.type("io.k8s.api.core.v1.ContainerResizePolicy"), .atomic), "Per-resource rules for applying in-place resource changes."),
                FieldSchema("resources", .type("io.k8s.api.core.v1.ResourceRequirements"), "Requests and limits for CPU, memory and other resources."),
                FieldSchema("restartPolicy", .string, "Set to Always on an init container to make it a sidecar."),
                FieldSchema("securityContext", .type("io.k8s.api.core.v1.SecurityContext"), "Security settings for this container, overriding pod defaults."),
                FieldSchema("startupProbe", .type("io.k8s.api.core.v1.Probe"), "Check that must pass before other probes begin running."),
                FieldSchema("stdin", .boolean, "Give the container an open stdin stream."),
                FieldSchema("stdinOnce", .boolean, "Close stdin after the first attached client disconnects."),
                FieldSchema("terminationMessagePath", .string, "File whose contents become the termination message on exit."),
                FieldSchema("terminationMessagePolicy", .string, "File or FallbackToLogsOnError; source of the termination message."),
                FieldSchema("tty", .boolean, "Allocate a terminal for the container; usually paired with stdin."),
                FieldSchema("volumeDevices", .list(.type("io.k8s.api.core.v1.VolumeDevice"), .map(["devicePath"])), "Raw block volumes exposed as devices in the container."),
                FieldSchema("volumeMounts", .list(.type("io.k8s.api.core.v1.VolumeMount"), .map(["mountPath"])), "Where pod volumes appear inside this container."),
                FieldSchema("workingDir", .string, "Directory the process starts in; image default when empty."),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.ContainerPort", "A network port a container listens on, with optional host mapping.",
            [
                FieldSchema("containerPort", .int32, required: true),
                FieldSchema("hostIP", .string),
                FieldSchema("hostPort", .int32),
                FieldSchema("name", .string),
                FieldSchema("protocol", .string),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.ContainerResizePolicy", "Says whether changing a resource in place needs a container restart.",
            [
                FieldSchema("resourceName", .string, required: true),
                FieldSchema("restartPolicy", .string, required: true),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.EnvFromSource", "Bulk source of environment variables from a ConfigMap or Secret.",
            [
                FieldSchema("configMapRef", .type("io.k8s.api.core.v1.ConfigMapEnvSource")),
                FieldSchema("prefix", .string),
                FieldSchema("secretRef", .type("io.k8s.api.core.v1.SecretEnvSource")),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.EnvVar", "A single named environment variable for a container.",
            [
                FieldSchema("name", .string, required: true),
                FieldSchema("value", .string),
                FieldSchema("valueFrom", .type("io.k8s.api.core.v1.EnvVarSource")),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.EnvVarSource", "Where an environment variable value is read from instead of a literal.",
            [
                FieldSchema("configMapKeyRef", .type("io.k8s.api.core.v1.ConfigMapKeySelector")),
                FieldSchema("fieldRef", .type("io.k8s.api.core.v1.ObjectFieldSelector")),
                FieldSchema("resourceFieldRef", .type("io.k8s.api.core.v1.ResourceFieldSelector")),
                FieldSchema("secretKeyRef", .type("io.k8s.api.core.v1.SecretKeySelector")),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.EphemeralContainer", "Temporary container added to a running pod, usually for debugging.",
            [
                FieldSchema("args", .list(.string, .atomic)),
                FieldSchema("command", .list(.string, .atomic)),
                FieldSchema("env", .list(.type("io.k8s.api.core.v1.EnvVar"), .map(["name"]))),
                FieldSchema("envFrom", .list(.type("io.k8s.api.core.v1.EnvFromSource"), .atomic)),
                FieldSchema("image", .string),
                FieldSchema("imagePullPolicy", .string),
                FieldSchema("lifecycle", .type("io.k8s.api.core.v1.Lifecycle")),
                FieldSchema("livenessProbe", .type("io.k8s.api.core.v1.Probe")),
                FieldSchema("name", .string, required: true),
                FieldSchema("ports", .list(.type("io.k8s.api.core.v1.ContainerPort"), .map(["containerPort", "protocol"]))),
                FieldSchema("readinessProbe", .type("io.k8s.api.core.v1.Probe")),
                FieldSchema("resizePolicy", .list(.type("io.k8s.api.core.v1.ContainerResizePolicy"), .atomic)),
                FieldSchema("resources", .type("io.k8s.api.core.v1.ResourceRequirements")),
                FieldSchema("restartPolicy", .string),
                FieldSchema("securityContext", .type("io.k8s.api.core.v1.SecurityContext")),
                FieldSchema("startupProbe", .type("io.k8s.api.core.v1.Probe")),
                FieldSchema("stdin", .boolean),
                FieldSchema("stdinOnce", .boolean),
                FieldSchema("targetContainerName", .string),
                FieldSchema("terminationMessagePath", .string),
                FieldSchema("terminationMessagePolicy", .string),
                FieldSchema("tty", .boolean),
                FieldSchema("volumeDevices", .list(.type("io.k8s.api.core.v1.VolumeDevice"), .map(["devicePath"]))),
                FieldSchema("volumeMounts", .list(.type("io.k8s.api.core.v1.VolumeMount"), .map(["mountPath"]))),
                FieldSchema("workingDir", .string),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.ObjectFieldSelector", "Picks a field path from the pod object, optionally versioned.",
            [
                FieldSchema("apiVersion", .string),
                FieldSchema("fieldPath", .string, required: true),
            ], atomic: true),
        TypeSchema(
            "io.k8s.api.core.v1.ResourceClaim", "Container reference to one of the pod resource claims by name.",
            [
                FieldSchema("name", .string, required: true),
                FieldSchema("request", .string),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.ResourceFieldSelector", "Picks a container resource value, such as a limit, with a divisor.",
            [
                FieldSchema("containerName", .string),
                FieldSchema("divisor", .quantity),
                FieldSchema("resource", .string, required: true),
            ], atomic: true),
        TypeSchema(
            "io.k8s.api.core.v1.ResourceRequirements", "Compute resource requests, limits and claims for a container.",
            [
                FieldSchema("claims", .list(.type("io.k8s.api.core.v1.ResourceClaim"), ListType(.map(["name"]), patch: .replace))),
                FieldSchema("limits", .map(.quantity)),
                FieldSchema("requests", .map(.quantity)),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.SecretEnvSource", "Imports every key of a Secret as container environment variables.",
            [
                FieldSchema("name", .string),
                FieldSchema("optional", .boolean),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.SecretKeySelector", "Points at one key inside a named Secret.",
            [
                FieldSchema("key", .string, required: true),
                FieldSchema("name", .string),
                FieldSchema("optional", .boolean),
            ], atomic: true),
        TypeSchema(
            "io.k8s.api.core.v1.SecurityContext", "Per-container security settings that override pod-level ones.",
            [
                FieldSchema("allowPrivilegeEscalation", .boolean),
                FieldSchema("appArmorProfile", .type("io.k8s.api.core.v1.AppArmorProfile")),
                FieldSchema("capabilities", .type("io.k8s.api.core.v1.Capabilities")),
                FieldSchema("privileged", .boolean),
                FieldSchema("procMount", .string),
                FieldSchema("readOnlyRootFilesystem", .boolean),
                FieldSchema("runAsGroup", .int64),
                FieldSchema("runAsNonRoot", .boolean),
                FieldSchema("runAsUser", .int64),
                FieldSchema("seLinuxOptions", .type("io.k8s.api.core.v1.SELinuxOptions")),
                FieldSchema("seccompProfile", .type("io.k8s.api.core.v1.SeccompProfile")),
                FieldSchema("windowsOptions", .type("io.k8s.api.core.v1.WindowsSecurityContextOptions")),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.VolumeDevice", "Maps a raw block volume to a device path in a container.",
            [
                FieldSchema("devicePath", .string, required: true),
                FieldSchema("name", .string, required: true),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.VolumeMount", "Where and how a pod volume appears inside a container.",
            [
                FieldSchema("mountPath", .string, required: true),
                FieldSchema("mountPropagation", .string),
                FieldSchema("name", .string, required: true),
                FieldSchema("readOnly", .boolean),
                FieldSchema("recursiveReadOnly", .string),
                FieldSchema("subPath", .string),
                FieldSchema("subPathExpr", .string),
            ]),
    ]
}
