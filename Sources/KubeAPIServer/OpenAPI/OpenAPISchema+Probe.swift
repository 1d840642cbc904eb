import KubeModel

extension OpenAPISchema {
    /// The actions a probe or lifecycle hook runs (exec, httpGet, tcpSocket, grpc, sleep).
    private static let actions: [String: JSONValue] = [
        "exec": property("io.k8s.api.core.v1.ExecAction", "Exec specifies a command to execute in the container."),
        "httpGet": property("io.k8s.api.core.v1.HTTPGetAction", "HTTPGet specifies an HTTP GET request to perform."),
        "tcpSocket": property(
            "io.k8s.api.core.v1.TCPSocketAction", "TCPSocket specifies a connection to a TCP port."),
    ]

    /// `core/v1` Probe, Lifecycle and the handlers they run.
    static let probe: [String: JSONValue] = [
        "io.k8s.api.core.v1.Probe": object(
            "Probe describes a health check to be performed against a container to determine whether it is alive or "
                + "ready to receive traffic.",
            properties: actions.merging([
                "failureThreshold": integer(
                    "Minimum consecutive failures for the probe to be considered failed after having succeeded. "
                        + "Defaults to 3. Minimum value is 1."),
                "grpc": property("io.k8s.api.core.v1.GRPCAction", "GRPC specifies a GRPC HealthCheckRequest."),
                "initialDelaySeconds": integer(
                    "Number of seconds after the container has started before liveness probes are initiated. More "
                        + "info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes"),
                "periodSeconds": integer(
                    "How often (in seconds) to perform the probe. Default to 10 seconds. Minimum value is 1."),
                "successThreshold": integer(
                    "Minimum consecutive successes for the probe to be considered successful after having failed. "
                        + "Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1."),
                "terminationGracePeriodSeconds": integer(
                    "Optional duration in seconds the pod needs to terminate gracefully upon probe failure. If this "
                        + "value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this value "
                        + "overrides the value provided by the pod spec.",
                    format: "int64"),
                "timeoutSeconds": integer(
                    "Number of seconds after which the probe times out. Defaults to 1 second. Minimum value is 1. More "
                        + "info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes"),
            ]) { _, new in new }),
        "io.k8s.api.core.v1.Lifecycle": object(
            "Lifecycle describes actions that the management system should take in response to container lifecycle "
                + "events. For the PostStart and PreStop lifecycle handlers, management of the container blocks "
                + "until the action is complete, unless the container process fails, in which case the handler is "
                + "aborted.",
            properties: [
                "postStart": property(
                    "io.k8s.api.core.v1.LifecycleHandler",
                    "PostStart is called immediately after a container is created. If the handler fails, the "
                        + "container is terminated and restarted according to its restart policy. More info: "
                        + "https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks"),
                "preStop": property(
                    "io.k8s.api.core.v1.LifecycleHandler",
                    "PreStop is called immediately before a container is terminated due to an API request or "
                        + "management event such as liveness/startup probe failure, preemption, resource contention, "
                        + "etc. More info: "
                        + "https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks"),
            ]),
        "io.k8s.api.core.v1.LifecycleHandler": object(
            "LifecycleHandler defines a specific action that should be taken in a lifecycle hook. One and only one "
                + "of the fields, except TCPSocket must be specified.",
            properties: actions.merging([
                "sleep": property(
                    "io.k8s.api.core.v1.SleepAction", "Sleep represents a duration that the container should sleep."),
                "tcpSocket": property(
                    "io.k8s.api.core.v1.TCPSocketAction",
                    "Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept for backward "
                        + "compatibility. There is no validation of this field and lifecycle hooks will fail at "
                        + "runtime when it is specified."),
            ]) { _, new in new }),
        "io.k8s.api.core.v1.ExecAction": object(
            "ExecAction describes a \"run in container\" action.",
            properties: [
                "command": stringArray(
                    "Command is the command line to execute inside the container, the working directory for the "
                        + "command  is root ('/') in the container's filesystem. The command is simply exec'd, it is "
                        + "not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use a "
                        + "shell, you need to explicitly call out to that shell. Exit status of 0 is treated as "
                        + "live/healthy and non-zero is unhealthy.",
                    extensions: atomicList)
            ]),
        "io.k8s.api.core.v1.HTTPGetAction": object(
            "HTTPGetAction describes an action based on HTTP Get requests.",
            properties: [
                "host": string(
                    "Host name to connect to, defaults to the pod IP. You probably want to set \"Host\" in "
                        + "httpHeaders instead."),
                "httpHeaders": array(
                    of: "io.k8s.api.core.v1.HTTPHeader",
                    "Custom headers to set in the request. HTTP allows repeated headers.", extensions: atomicList),
                "path": string("Path to access on the HTTP server."),
                "port": property(
                    "io.k8s.apimachinery.pkg.util.intstr.IntOrString",
                    "Name or number of the port to access on the container. Number must be in the range 1 to 65535. "
                        + "Name must be an IANA_SVC_NAME."),
                "scheme": string("Scheme to use for connecting to the host. Defaults to HTTP."),
            ],
            required: ["port"]),
        "io.k8s.api.core.v1.HTTPHeader": object(
            "HTTPHeader describes a custom header to be used in HTTP probes",
            properties: [
                "name": string(
                    "The header field name. This will be canonicalized upon output, so case-variant names will be "
                        + "understood as the same header.",
                    defaulted: true),
                "value": string("The header field value", defaulted: true),
            ],
            required: ["name", "value"]),
        "io.k8s.api.core.v1.TCPSocketAction": object(
            "TCPSocketAction describes an action based on opening a socket",
            properties: [
                "host": string("Optional: Host name to connect to, defaults to the pod IP."),
                "port": property(
                    "io.k8s.apimachinery.pkg.util.intstr.IntOrString",
                    "Number or name of the port to access on the container. Number must be in the range 1 to 65535. "
                        + "Name must be an IANA_SVC_NAME."),
            ],
            required: ["port"]),
        "io.k8s.api.core.v1.GRPCAction": object(
            "GRPCAction specifies an action involving a GRPC service.",
            properties: [
                "port": integer(
                    "Port number of the gRPC service. Number must be in the range 1 to 65535.", defaulted: true),
                "service": [
                    "default": "",
                    "description": .string(
                        "Service is the name of the service to place in the gRPC HealthCheckRequest (see "
                            + "https://github.com/grpc/grpc/blob/master/doc/health-checking.md).\n\nIf this is not "
                            + "specified, the default behavior is defined by gRPC."),
                    "type": "string",
                ],
            ],
            required: ["port"]),
        "io.k8s.api.core.v1.SleepAction": object(
            "SleepAction describes a \"sleep\" action.",
            properties: [
                "seconds": integer("Seconds is the number of seconds to sleep.", format: "int64", defaulted: true)
            ],
            required: ["seconds"]),
    ]
}
