import Foundation

/// `v1.Lifecycle`: hooks run after a container starts and before it stops.
public struct Lifecycle: APIModel, Hashable {
    public var postStart: LifecycleHandler?
    public var preStop: LifecycleHandler?
    /// The signal that stops the container (ContainerStopSignals feature).
    public var stopSignal: String?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<Lifecycle>([
        .optional("postStart", \.postStart),
        .optional("preStop", \.preStop),
        .optional("stopSignal", \.stopSignal),
    ])
}

/// `v1.LifecycleHandler`: one hook action (`tcpSocket` is accepted for compatibility only, as upstream).
public struct LifecycleHandler: APIModel, Hashable {
    public var exec: ExecAction?
    public var httpGet: HTTPGetAction?
    public var tcpSocket: TCPSocketAction?
    public var sleep: SleepAction?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<LifecycleHandler>([
        .optional("exec", \.exec),
        .optional("httpGet", \.httpGet),
        .optional("tcpSocket", \.tcpSocket),
        .optional("sleep", \.sleep),
    ])
}

/// `v1.SleepAction`: pause for a number of seconds.
public struct SleepAction: APIModel, Hashable {
    public var seconds: Int64 = 0
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(seconds: Int64) { self.seconds = seconds }

    public static let schema = Schema<SleepAction>([
        .field("seconds", \.seconds)
    ])
}
