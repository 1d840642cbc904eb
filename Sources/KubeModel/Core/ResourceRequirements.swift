import Foundation

/// `v1.ResourceRequirements`: a container's (or pod's) resource limits, requests and claims.
public struct ResourceRequirements: APIModel, Hashable {
    public var limits: ResourceList = [:]
    public var requests: ResourceList = [:]
    public var claims: [ResourceClaim] = []
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(limits: ResourceList = [:], requests: ResourceList = [:]) {
        self.limits = limits
        self.requests = requests
    }

    public static let schema = Schema<ResourceRequirements>([
        .omitEmpty("limits", \.limits),
        .omitEmpty("requests", \.requests),
        .omitEmpty("claims", \.claims),
    ])
}

/// `v1.ResourceClaim`: a container's use of one entry of `spec.resourceClaims`.
public struct ResourceClaim: APIModel, Hashable {
    public var name: String = ""
    public var request: String = ""
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<ResourceClaim>([
        .field("name", \.name),
        .omitEmpty("request", \.request),
    ])
}
