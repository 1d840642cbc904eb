import Foundation

/// `apps/v1 DaemonSet`: one pod from `spec.template` on every node that matches it.
public struct DaemonSet: KubeObject, Hashable {
    public static let apiVersion = "apps/v1"
    public static let kind = "DaemonSet"
    public var apiVersion: String = DaemonSet.apiVersion
    public var kind: String = DaemonSet.kind
    public var metadata = ObjectMeta()
    public var spec = DaemonSetSpec()
    public var status = DaemonSetStatus()
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<DaemonSet>([
        .omitEmpty("kind", \.kind),
        .omitEmpty("apiVersion", \.apiVersion),
        .field("metadata", \.metadata),
        .field("spec", \.spec),
        .field("status", \.status),
    ])
}

/// `apps/v1 DaemonSetSpec`.
public struct DaemonSetSpec: APIModel, Hashable {
    /// Required in apps/v1 and immutable; Go writes `null` when it is missing.
    public var selector: LabelSelector?
    public var template = PodTemplateSpec()
    public var updateStrategy = DaemonSetUpdateStrategy()
    public var minReadySeconds: Int32 = 0
    public var revisionHistoryLimit: Int32?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<DaemonSetSpec>([
        .nullable("selector", \.selector),
        .field("template", \.template),
        .field("updateStrategy", \.updateStrategy),
        .omitEmpty("minReadySeconds", \.minReadySeconds),
        .optional("revisionHistoryLimit", \.revisionHistoryLimit),
    ])
}

/// `apps/v1 DaemonSetUpdateStrategy`: "RollingUpdate" (default) or "OnDelete".
public struct DaemonSetUpdateStrategy: APIModel, Hashable {
    public static let rollingUpdate = "RollingUpdate"
    public static let onDelete = "OnDelete"

    public var type: String = ""
    public var rollingUpdate: RollingUpdateDaemonSet?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(type: String, rollingUpdate: RollingUpdateDaemonSet? = nil) {
        self.type = type
        self.rollingUpdate = rollingUpdate
    }

    public static let schema = Schema<DaemonSetUpdateStrategy>([
        .omitEmpty("type", \.type),
        .optional("rollingUpdate", \.rollingUpdate),
    ])
}

/// `apps/v1 RollingUpdateDaemonSet`: the budgets of a rolling update.
public struct RollingUpdateDaemonSet: APIModel, Hashable {
    public var maxUnavailable: IntOrString?
    public var maxSurge: IntOrString?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(maxUnavailable: IntOrString? = nil, maxSurge: IntOrString? = nil) {
        self.maxUnavailable = maxUnavailable
        self.maxSurge = maxSurge
    }

    public static let schema = Schema<RollingUpdateDaemonSet>([
        .optional("maxUnavailable", \.maxUnavailable),
        .optional("maxSurge", \.maxSurge),
    ])
}

/// `apps/v1 DaemonSetStatus`: the four counters Go always writes, then the `omitempty` ones.
public struct DaemonSetStatus: APIModel, Hashable {
    public var currentNumberScheduled: Int32 = 0
    public var numberMisscheduled: Int32 = 0
    public var desiredNumberScheduled: Int32 = 0
    public var numberReady: Int32 = 0
    public var observedGeneration: Int64 = 0
    public var updatedNumberScheduled: Int32 = 0
    public var numberAvailable: Int32 = 0
    public var numberUnavailable: Int32 = 0
    public var collisionCount: Int32?
    public var conditions: [DaemonSetCondition] = []
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<DaemonSetStatus>([
        .field("currentNumberScheduled", \.currentNumberScheduled),
        .field("numberMisscheduled", \.numberMisscheduled),
        .field("desiredNumberScheduled", \.desiredNumberScheduled),
        .field("numberReady", \.numberReady),
        .omitEmpty("observedGeneration", \.observedGeneration),
        .omitEmpty("updatedNumberScheduled", \.updatedNumberScheduled),
        .omitEmpty("numberAvailable", \.numberAvailable),
        .omitEmpty("numberUnavailable", \.numberUnavailable),
        .optional("collisionCount", \.collisionCount),
        .omitEmpty("conditions", \.conditions),
    ])
}

/// `apps/v1 DaemonSetCondition`: written by clients; the controller keeps them untouched.
public struct DaemonSetCondition: APIModel, Hashable {
    public var type: String = ""
    public var status: String = ""
    /// A non-pointer `metav1.Time` in Go: written as `null` when unset.
    public var lastTransitionTime: Time?
    public var reason: String = ""
    public var message: String = ""
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<DaemonSetCondition>([
        .field("type", \.type),
        .field("status", \.status),
        .nullable("lastTransitionTime", \.lastTransitionTime),
        .omitEmpty("reason", \.reason),
        .omitEmpty("message", \.message),
    ])
}
