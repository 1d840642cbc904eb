import Foundation

/// `v1.Volume`: a named volume with its source (`VolumeSource` inlined, as in Go).
///
/// Modelled sources: hostPath, emptyDir, secret, persistentVolumeClaim, downwardAPI, configMap and projected.
/// Every other source (nfs, csi, ephemeral, image, the cloud disks, ...) is kept verbatim in `unknownFields`
/// and written back unchanged; since a volume has exactly one source, the member order still matches Go's.
public struct Volume: APIModel, Hashable {
    public var name: String = ""
    public var hostPath: HostPathVolumeSource?
    public var emptyDir: EmptyDirVolumeSource?
    public var secret: SecretVolumeSource?
    public var persistentVolumeClaim: PersistentVolumeClaimVolumeSource?
    public var downwardAPI: DownwardAPIVolumeSource?
    public var configMap: ConfigMapVolumeSource?
    public var projected: ProjectedVolumeSource?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(name: String) { self.name = name }

    /// Sources in Go's `VolumeSource` declaration order (the unmodelled ones fall between them there).
    public static let schema = Schema<Volume>([
        .field("name", \.name),
        .optional("hostPath", \.hostPath),
        .optional("emptyDir", \.emptyDir),
        .optional("secret", \.secret),
        .optional("persistentVolumeClaim", \.persistentVolumeClaim),
        .optional("downwardAPI", \.downwardAPI),
        .optional("configMap", \.configMap),
        .optional("projected", \.projected),
    ])
}

/// `v1.HostPathVolumeSource`: a file or directory of the node.
public struct HostPathVolumeSource: APIModel, Hashable {
    public var path: String = ""
    /// "", "DirectoryOrCreate", "Directory", "FileOrCreate", "File", "Socket", "CharDevice", "BlockDevice".
    public var type: String?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(path: String, type: String? = nil) {
        self.path = path
        self.type = type
    }

    public static let schema = Schema<HostPathVolumeSource>([
        .field("path", \.path),
        .optional("type", \.type),
    ])
}

/// `v1.EmptyDirVolumeSource`: a scratch directory that lives as long as the pod.
public struct EmptyDirVolumeSource: APIModel, Hashable {
    /// "" (node default) or "Memory".
    public var medium: String = ""
    public var sizeLimit: Quantity?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<EmptyDirVolumeSource>([
        .omitEmpty("medium", \.medium),
        .optional("sizeLimit", \.sizeLimit),
    ])
}

/// `v1.SecretVolumeSource`: a Secret's keys as files.
public struct SecretVolumeSource: APIModel, Hashable {
    public var secretName: String = ""
    public var items: [KeyToPath] = []
    public var defaultMode: Int32?
    public var optional: Bool?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<SecretVolumeSource>([
        .omitEmpty("secretName", \.secretName),
        .omitEmpty("items", \.items),
        .optional("defaultMode", \.defaultMode),
        .optional("optional", \.optional),
    ])
}

/// `v1.ConfigMapVolumeSource`: a ConfigMap's keys as files.
public struct ConfigMapVolumeSource: APIModel, Hashable {
    /// The ConfigMap (Go inlines `LocalObjectReference`).
    public var name: String = ""
    public var items: [KeyToPath] = []
    public var defaultMode: Int32?
    public var optional: Bool?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(name: String) { self.name = name }

    public static let schema = Schema<ConfigMapVolumeSource>([
        .omitEmpty("name", \.name),
        .omitEmpty("items", \.items),
        .optional("defaultMode", \.defaultMode),
        .optional("optional", \.optional),
    ])
}

/// `v1.KeyToPath`: which key goes to which file.
public struct KeyToPath: APIModel, Hashable {
    public var key: String = ""
    public var path: String = ""
    public var mode: Int32?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(key: String, path: String) {
        self.key = key
        self.path = path
    }

    public static let schema = Schema<KeyToPath>([
        .field("key", \.key),
        .field("path", \.path),
        .optional("mode", \.mode),
    ])
}

/// `v1.PersistentVolumeClaimVolumeSource`: a claim in the pod's namespace.
public struct PersistentVolumeClaimVolumeSource: APIModel, Hashable {
    public var claimName: String = ""
    public var readOnly: Bool = false
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<PersistentVolumeClaimVolumeSource>([
        .field("claimName", \.claimName),
        .omitEmpty("readOnly", \.readOnly),
    ])
}

/// `v1.DownwardAPIVolumeSource`: pod fields and container resources as files.
public struct DownwardAPIVolumeSource: APIModel, Hashable {
    public var items: [DownwardAPIVolumeFile] = []
    public var defaultMode: Int32?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<DownwardAPIVolumeSource>([
        .omitEmpty("items", \.items),
        .optional("defaultMode", \.defaultMode),
    ])
}

/// `v1.DownwardAPIVolumeFile`: one file of a downward API volume.
public struct DownwardAPIVolumeFile: APIModel, Hashable {
    public var path: String = ""
    public var fieldRef: ObjectFieldSelector?
    public var resourceFieldRef: ResourceFieldSelector?
    public var mode: Int32?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<DownwardAPIVolumeFile>([
        .field("path", \.path),
        .optional("fieldRef", \.fieldRef),
        .optional("resourceFieldRef", \.resourceFieldRef),
        .optional("mode", \.mode),
    ])
}
