import KubeModel

extension BuiltinTypes {
    static let probe: [TypeSchema] = [
        TypeSchema(
            "io.k8s.api.core.v1.ExecAction", "Handler that runs a command inside the container.",
            [
                FieldSchema("command", .list(.string, .atomic)),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.GRPCAction", "Probe handler that calls the standard gRPC health check service.",
            [
                FieldSchema("port", .int32, required: true),
                FieldSchema("service", .string),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.HTTPGetAction", "Handler that issues an HTTP GET request against the container.",
            [
                FieldSchema("host", .string),
                FieldSchema("httpHeaders", .list(.type("io.k8s.api.core.v1.HTTPHeader"), .atomic)),
                FieldSchema("path", .string),
                FieldSchema("port", .intOrString, required: true),
                FieldSchema("scheme", .string),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.HTTPHeader", "Extra request header attached to HTTP probe or hook calls.",
            [
                FieldSchema("name", .string, required: true),
                FieldSchema("value", .string, required: true),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.Lifecycle", "Hooks the kubelet runs right after start and before stop.",
            [
                FieldSchema("postStart", .type("io.k8s.api.core.v1.LifecycleHandler")),
                FieldSchema("preStop", .type("io.k8s.api.core.v1.LifecycleHandler")),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.LifecycleHandler", "Exec, HTTP, TCP or sleep action run by a lifecycle hook.",
            [
                FieldSchema("exec", .type("io.k8s.api.core.v1.ExecAction")),
                FieldSchema("httpGet", .type("io.k8s.api.core.v1.HTTPGetAction")),
                FieldSchema("sleep", .type("io.k8s.api.core.v1.SleepAction")),
                FieldSchema("tcpSocket", .type("io.k8s.api.core.v1.TCPSocketAction")),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.Probe", "Kubelet health test settings: handler, timing and thresholds.",
            [
                FieldSchema("exec", .type("io.k8s.api.core.v1.ExecAction")),
                FieldSchema("failureThreshold", .int32),
                FieldSchema("grpc", .type("io.k8s.api.core.v1.GRPCAction")),
                FieldSchema("httpGet", .type("io.k8s.api.core.v1.HTTPGetAction")),
                FieldSchema("initialDelaySeconds", .int32),
                FieldSchema("periodSeconds", .int32),
                FieldSchema("successThreshold", .int32),
                FieldSchema("tcpSocket", .type("io.k8s.api.core.v1.TCPSocketAction")),
                FieldSchema("terminationGracePeriodSeconds", .int64),
                FieldSchema("timeoutSeconds", .int32),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.SleepAction", "Handler that simply waits a number of seconds.",
            [
                FieldSchema("seconds", .int64, required: true),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.TCPSocketAction", "Handler that checks whether a TCP port accepts connections.",
            [
                FieldSchema("host", .string),
                FieldSchema("port", .intOrString, required: true),
            ]),
    ]
}
