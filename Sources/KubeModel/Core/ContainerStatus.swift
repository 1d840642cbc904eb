import Foundation

/// `v1.ContainerStatus`: the kubelet's report on one container.
public struct ContainerStatus: APIModel, Hashable {
    public var name: String = ""
    public var state = ContainerState()
    /// The previous termination (`lastState` in JSON); written as `{}` when there is none.
    public var lastState = ContainerState()
    public var ready: Bool = false
    public var restartCount: Int32 = 0
    public var image: String = ""
    public var imageID: String = ""
    public var containerID: String = ""
    public var started: Bool?
    public var allocatedResources: ResourceList = [:]
    public var resources: ResourceRequirements?
    public var volumeMounts: [VolumeMountStatus] = []
    /// The identity the container runs as (`ContainerUser`), kept as raw JSON.
    public var user: JSONValue?
    /// Per-resource health (`ResourceStatus`), kept as raw JSON.
    public var allocatedResourcesStatus: [JSONValue] = []
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<ContainerStatus>([
        .field("name", \.name),
        .field("state", \.state),
        .field("lastState", \.lastState),
        .field("ready", \.ready),
        .field("restartCount", \.restartCount),
        .field("image", \.image),
        .field("imageID", \.imageID),
        .omitEmpty("containerID", \.containerID),
        .optional("started", \.started),
        .omitEmpty("allocatedResources", \.allocatedResources),
        .optional("resources", \.resources),
        .omitEmpty("volumeMounts", \.volumeMounts),
        .optional("user", \.user),
        .omitEmpty("allocatedResourcesStatus", \.allocatedResourcesStatus),
    ])
}

/// `v1.ContainerState`: at most one of waiting, running or terminated.
public struct ContainerState: APIModel, Hashable {
    public var waiting: ContainerStateWaiting?
    public var running: ContainerStateRunning?
    public var terminated: ContainerStateTerminated?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<ContainerState>([
        .optional("waiting", \.waiting),
        .optional("running", \.running),
        .optional("terminated", \.terminated),
    ])
}

/// `v1.ContainerStateWaiting`: why the container is not running yet.
public struct ContainerStateWaiting: APIModel, Hashable {
    public var reason: String = ""
    public var message: String = ""
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<ContainerStateWaiting>([
        .omitEmpty("reason", \.reason),
        .omitEmpty("message", \.message),
    ])
}

/// `v1.ContainerStateRunning`: since when the container runs (a zero time is written as `null`, as Go does).
public struct ContainerStateRunning: APIModel, Hashable {
    public var startedAt: Time?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(startedAt: Time?) { self.startedAt = startedAt }

    public static let schema = Schema<ContainerStateRunning>([
        .nullable("startedAt", \.startedAt)
    ])
}

/// `v1.ContainerStateTerminated`: how and when the container ended.
public struct ContainerStateTerminated: APIModel, Hashable {
    public var exitCode: Int32 = 0
    public var signal: Int32 = 0
    public var reason: String = ""
    public var message: String = ""
    public var startedAt: Time?
    public var finishedAt: Time?
    public var containerID: String = ""
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<ContainerStateTerminated>([
        .field("exitCode", \.exitCode),
        .omitEmpty("signal", \.signal),
        .omitEmpty("reason", \.reason),
        .omitEmpty("message", \.message),
        .nullable("startedAt", \.startedAt),
        .nullable("finishedAt", \.finishedAt),
        .omitEmpty("containerID", \.containerID),
    ])
}

/// `v1.VolumeMountStatus`: a mount as the runtime actually made it.
public struct VolumeMountStatus: APIModel, Hashable {
    public var name: String = ""
    public var mountPath: String = ""
    public var readOnly: Bool = false
    public var recursiveReadOnly: String?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<VolumeMountStatus>([
        .field("name", \.name),
        .field("mountPath", \.mountPath),
        .omitEmpty("readOnly", \.readOnly),
        .optional("recursiveReadOnly", \.recursiveReadOnly),
    ])
}
