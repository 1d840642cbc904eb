import Foundation

/// `v1.PodSecurityContext`: pod-level security settings and defaults for every container.
public struct PodSecurityContext: APIModel, Hashable {
    public var seLinuxOptions: SELinuxOptions?
    public var windowsOptions: WindowsSecurityContextOptions?
    public var runAsUser: Int64?
    public var runAsGroup: Int64?
    public var runAsNonRoot: Bool?
    public var supplementalGroups: [Int64] = []
    public var supplementalGroupsPolicy: String?
    public var fsGroup: Int64?
    public var sysctls: [Sysctl] = []
    public var fsGroupChangePolicy: String?
    public var seccompProfile: SeccompProfile?
    public var appArmorProfile: AppArmorProfile?
    public var seLinuxChangePolicy: String?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<PodSecurityContext>([
        .optional("seLinuxOptions", \.seLinuxOptions),
        .optional("windowsOptions", \.windowsOptions),
        .optional("runAsUser", \.runAsUser),
        .optional("runAsGroup", \.runAsGroup),
        .optional("runAsNonRoot", \.runAsNonRoot),
        .omitEmpty("supplementalGroups", \.supplementalGroups),
        .optional("supplementalGroupsPolicy", \.supplementalGroupsPolicy),
        .optional("fsGroup", \.fsGroup),
        .omitEmpty("sysctls", \.sysctls),
        .optional("fsGroupChangePolicy", \.fsGroupChangePolicy),
        .optional("seccompProfile", \.seccompProfile),
        .optional("appArmorProfile", \.appArmorProfile),
        .optional("seLinuxChangePolicy", \.seLinuxChangePolicy),
    ])
}

/// `v1.Sysctl`: a namespaced kernel parameter set for the pod.
public struct Sysctl: APIModel, Hashable {
    public var name: String = ""
    public var value: String = ""
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }

    public static let schema = Schema<Sysctl>([
        .field("name", \.name),
        .field("value", \.value),
    ])
}
