import Foundation

/// `v1.Probe`: a health check, with `ProbeHandler`'s members (exec, httpGet, tcpSocket, grpc) inlined as in Go.
public struct Probe: APIModel, Hashable {
    public var exec: ExecAction?
    public var httpGet: HTTPGetAction?
    public var tcpSocket: TCPSocketAction?
    public var grpc: GRPCAction?
    public var initialDelaySeconds: Int32 = 0
    public var timeoutSeconds: Int32 = 0
    public var periodSeconds: Int32 = 0
    public var successThreshold: Int32 = 0
    public var failureThreshold: Int32 = 0
    public var terminationGracePeriodSeconds: Int64?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<Probe>([
        .optional("exec", \.exec),
        .optional("httpGet", \.httpGet),
        .optional("tcpSocket", \.tcpSocket),
        .optional("grpc", \.grpc),
        .omitEmpty("initialDelaySeconds", \.initialDelaySeconds),
        .omitEmpty("timeoutSeconds", \.timeoutSeconds),
        .omitEmpty("periodSeconds", \.periodSeconds),
        .omitEmpty("successThreshold", \.successThreshold),
        .omitEmpty("failureThreshold", \.failureThreshold),
        .optional("terminationGracePeriodSeconds", \.terminationGracePeriodSeconds),
    ])
}

/// `v1.ExecAction`: a command run inside the container.
public struct ExecAction: APIModel, Hashable {
    public var command: [String] = []
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(command: [String]) { self.command = command }

    public static let schema = Schema<ExecAction>([
        .omitEmpty("command", \.command)
    ])
}

/// `v1.HTTPGetAction`: an HTTP GET against the container.
public struct HTTPGetAction: APIModel, Hashable {
    public var path: String = ""
    /// A port number or a named container port; always written.
    public var port: IntOrString = .int(0)
    public var host: String = ""
    public var scheme: String = ""
    public var httpHeaders: [HTTPHeader] = []
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(path: String, port: IntOrString, scheme: String = "HTTP") {
        self.path = path
        self.port = port
        self.scheme = scheme
    }

    public static let schema = Schema<HTTPGetAction>([
        .omitEmpty("path", \.path),
        .field("port", \.port),
        .omitEmpty("host", \.host),
        .omitEmpty("scheme", \.scheme),
        .omitEmpty("httpHeaders", \.httpHeaders),
    ])
}

/// `v1.HTTPHeader`: a header sent with an HTTP probe.
public struct HTTPHeader: APIModel, Hashable {
    public var name: String = ""
    public var value: String = ""
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }

    public static let schema = Schema<HTTPHeader>([
        .field("name", \.name),
        .field("value", \.value),
    ])
}

/// `v1.TCPSocketAction`: a TCP connect to the container.
public struct TCPSocketAction: APIModel, Hashable {
    public var port: IntOrString = .int(0)
    public var host: String = ""
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(port: IntOrString) { self.port = port }

    public static let schema = Schema<TCPSocketAction>([
        .field("port", \.port),
        .omitEmpty("host", \.host),
    ])
}

/// `v1.GRPCAction`: a gRPC health check.
public struct GRPCAction: APIModel, Hashable {
    public var port: Int32 = 0
    /// A pointer without `omitempty` in Go: written as `null` when unset (the defaulted value is `""`).
    public var service: String?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<GRPCAction>([
        .field("port", \.port),
        .nullable("service", \.service),
    ])
}
