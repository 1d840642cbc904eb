import Foundation

/// `v1.SecurityContext`: container-level security settings (override the pod's).
public struct SecurityContext: APIModel, Hashable {
    public var capabilities: Capabilities?
    public var privileged: Bool?
    public var seLinuxOptions: SELinuxOptions?
    public var windowsOptions: WindowsSecurityContextOptions?
    public var runAsUser: Int64?
    public var runAsGroup: Int64?
    public var runAsNonRoot: Bool?
    public var readOnlyRootFilesystem: Bool?
    public var allowPrivilegeEscalation: Bool?
    public var procMount: String?
    public var seccompProfile: SeccompProfile?
    public var appArmorProfile: AppArmorProfile?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<SecurityContext>([
        .optional("capabilities", \.capabilities),
        .optional("privileged", \.privileged),
        .optional("seLinuxOptions", \.seLinuxOptions),
        .optional("windowsOptions", \.windowsOptions),
        .optional("runAsUser", \.runAsUser),
        .optional("runAsGroup", \.runAsGroup),
        .optional("runAsNonRoot", \.runAsNonRoot),
        .optional("readOnlyRootFilesystem", \.readOnlyRootFilesystem),
        .optional("allowPrivilegeEscalation", \.allowPrivilegeEscalation),
        .optional("procMount", \.procMount),
        .optional("seccompProfile", \.seccompProfile),
        .optional("appArmorProfile", \.appArmorProfile),
    ])
}

/// `v1.Capabilities`: POSIX capabilities added to and dropped from the container.
public struct Capabilities: APIModel, Hashable {
    public var add: [String] = []
    public var drop: [String] = []
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(add: [String] = [], drop: [String] = []) {
        self.add = add
        self.drop = drop
    }

    public static let schema = Schema<Capabilities>([
        .omitEmpty("add", \.add),
        .omitEmpty("drop", \.drop),
    ])
}

/// `v1.SELinuxOptions`: the SELinux labels applied to a container.
public struct SELinuxOptions: APIModel, Hashable {
    public var user: String = ""
    public var role: String = ""
    public var type: String = ""
    public var level: String = ""
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<SELinuxOptions>([
        .omitEmpty("user", \.user),
        .omitEmpty("role", \.role),
        .omitEmpty("type", \.type),
        .omitEmpty("level", \.level),
    ])
}

/// `v1.WindowsSecurityContextOptions`: Windows-only identity settings.
public struct WindowsSecurityContextOptions: APIModel, Hashable {
    public var gmsaCredentialSpecName: String?
    public var gmsaCredentialSpec: String?
    public var runAsUserName: String?
    public var hostProcess: Bool?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<WindowsSecurityContextOptions>([
        .optional("gmsaCredentialSpecName", \.gmsaCredentialSpecName),
        .optional("gmsaCredentialSpec", \.gmsaCredentialSpec),
        .optional("runAsUserName", \.runAsUserName),
        .optional("hostProcess", \.hostProcess),
    ])
}

/// `v1.SeccompProfile`: RuntimeDefault, Unconfined or a Localhost profile.
public struct SeccompProfile: APIModel, Hashable {
    public var type: String = ""
    public var localhostProfile: String?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(type: String, localhostProfile: String? = nil) {
        self.type = type
        self.localhostProfile = localhostProfile
    }

    public static let schema = Schema<SeccompProfile>([
        .field("type", \.type),
        .optional("localhostProfile", \.localhostProfile),
    ])
}

/// `v1.AppArmorProfile`: RuntimeDefault, Unconfined or a Localhost profile.
public struct AppArmorProfile: APIModel, Hashable {
    public var type: String = ""
    public var localhostProfile: String?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(type: String, localhostProfile: String? = nil) {
        self.type = type
        self.localhostProfile = localhostProfile
    }

    public static let schema = Schema<AppArmorProfile>([
        .field("type", \.type),
        .optional("localhostProfile", \.localhostProfile),
    ])
}
