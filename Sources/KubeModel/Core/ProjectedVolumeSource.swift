import Foundation

/// `v1.ProjectedVolumeSource`: several sources in one directory (the `kube-api-access-*` volume).
public struct ProjectedVolumeSource: APIModel, Hashable {
    /// No `omitempty` in Go, so written even when empty (as `[]`; Go would write `null` for a nil slice).
    public var sources: [VolumeProjection] = []
    public var defaultMode: Int32?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<ProjectedVolumeSource>([
        .field("sources", \.sources),
        .optional("defaultMode", \.defaultMode),
    ])
}

/// `v1.VolumeProjection`: one source of a projected volume.
public struct VolumeProjection: APIModel, Hashable {
    public var secret: SecretProjection?
    public var downwardAPI: DownwardAPIProjection?
    public var configMap: ConfigMapProjection?
    public var serviceAccountToken: ServiceAccountTokenProjection?
    public var clusterTrustBundle: ClusterTrustBundleProjection?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<VolumeProjection>([
        .optional("secret", \.secret),
        .optional("downwardAPI", \.downwardAPI),
        .optional("configMap", \.configMap),
        .optional("serviceAccountToken", \.serviceAccountToken),
        .optional("clusterTrustBundle", \.clusterTrustBundle),
    ])
}

/// `v1.SecretProjection`: a Secret's keys in a projected volume.
public struct SecretProjection: APIModel, Hashable {
    public var name: String = ""
    public var items: [KeyToPath] = []
    public var optional: Bool?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<SecretProjection>([
        .omitEmpty("name", \.name),
        .omitEmpty("items", \.items),
        .optional("optional", \.optional),
    ])
}

/// `v1.ConfigMapProjection`: a ConfigMap's keys in a projected volume.
public struct ConfigMapProjection: APIModel, Hashable {
    public var name: String = ""
    public var items: [KeyToPath] = []
    public var optional: Bool?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<ConfigMapProjection>([
        .omitEmpty("name", \.name),
        .omitEmpty("items", \.items),
        .optional("optional", \.optional),
    ])
}

/// `v1.DownwardAPIProjection`: downward API files in a projected volume.
public struct DownwardAPIProjection: APIModel, Hashable {
    public var items: [DownwardAPIVolumeFile] = []
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<DownwardAPIProjection>([
        .omitEmpty("items", \.items)
    ])
}

/// `v1.ServiceAccountTokenProjection`: a bound service account token file.
public struct ServiceAccountTokenProjection: APIModel, Hashable {
    public var audience: String = ""
    public var expirationSeconds: Int64?
    public var path: String = ""
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<ServiceAccountTokenProjection>([
        .omitEmpty("audience", \.audience),
        .optional("expirationSeconds", \.expirationSeconds),
        .field("path", \.path),
    ])
}

/// `v1.ClusterTrustBundleProjection`: ClusterTrustBundle certificates as one file.
public struct ClusterTrustBundleProjection: APIModel, Hashable {
    public var name: String?
    public var signerName: String?
    public var labelSelector: LabelSelector?
    public var optional: Bool?
    public var path: String = ""
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<ClusterTrustBundleProjection>([
        .optional("name", \.name),
        .optional("signerName", \.signerName),
        .optional("labelSelector", \.labelSelector),
        .optional("optional", \.optional),
        .field("path", \.path),
    ])
}
