import Foundation

/// `v1.Container`: one container of a pod (also used for init containers).
public struct Container: APIModel, Hashable {
    public var name: String = ""
    public var image: String = ""
    public var command: [String] = []
    public var args: [String] = []
    public var workingDir: String = ""
    public var ports: [ContainerPort] = []
    public var envFrom: [EnvFromSource] = []
    public var env: [EnvVar] = []
    /// Always written (`"resources":{}` when empty): a struct value in Go.
    public var resources = ResourceRequirements()
    public var resizePolicy: [ContainerResizePolicy] = []
    /// Only "Always", and only on init containers (sidecars).
    public var restartPolicy: String?
    public var volumeMounts: [VolumeMount] = []
    public var volumeDevices: [VolumeDevice] = []
    public var livenessProbe: Probe?
    public var readinessProbe: Probe?
    public var startupProbe: Probe?
    public var lifecycle: Lifecycle?
    public var terminationMessagePath: String = ""
    public var terminationMessagePolicy: String = ""
    public var imagePullPolicy: String = ""
    public var securityContext: SecurityContext?
    public var stdin: Bool = false
    public var stdinOnce: Bool = false
    public var tty: Bool = false
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(name: String, image: String) {
        self.name = name
        self.image = image
    }

    public static let schema = Schema<Container>([
        .field("name", \.name),
        .omitEmpty("image", \.image),
        .omitEmpty("command", \.command),
        .omitEmpty("args", \.args),
        .omitEmpty("workingDir", \.workingDir),
        .omitEmpty("ports", \.ports),
        .omitEmpty("envFrom", \.envFrom),
        .omitEmpty("env", \.env),
        .field("resources", \.resources),
        .omitEmpty("resizePolicy", \.resizePolicy),
        .optional("restartPolicy", \.restartPolicy),
        .omitEmpty("volumeMounts", \.volumeMounts),
        .omitEmpty("volumeDevices", \.volumeDevices),
        .optional("livenessProbe", \.livenessProbe),
        .optional("readinessProbe", \.readinessProbe),
        .optional("startupProbe", \.startupProbe),
        .optional("lifecycle", \.lifecycle),
        .omitEmpty("terminationMessagePath", \.terminationMessagePath),
        .omitEmpty("terminationMessagePolicy", \.terminationMessagePolicy),
        .omitEmpty("imagePullPolicy", \.imagePullPolicy),
        .optional("securityContext", \.securityContext),
        .omitEmpty("stdin", \.stdin),
        .omitEmpty("stdinOnce", \.stdinOnce),
        .omitEmpty("tty", \.tty),
    ])
}

/// `v1.ContainerPort`: a port the container exposes.
public struct ContainerPort: APIModel, Hashable {
    public var name: String = ""
    public var hostPort: Int32 = 0
    public var containerPort: Int32 = 0
    public var `protocol`: String = ""
    public var hostIP: String = ""
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(name: String = "", containerPort: Int32, protocol: String = "TCP") {
        self.name = name
        self.containerPort = containerPort
        self.protocol = `protocol`
    }

    public static let schema = Schema<ContainerPort>([
        .omitEmpty("name", \.name),
        .omitEmpty("hostPort", \.hostPort),
        .field("containerPort", \.containerPort),
        .omitEmpty("protocol", \.protocol),
        .omitEmpty("hostIP", \.hostIP),
    ])
}

/// `v1.EnvVar`: an environment variable, given literally or taken from a source.
public struct EnvVar: APIModel, Hashable {
    public var name: String = ""
    public var value: String = ""
    public var valueFrom: EnvVarSource?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }

    public static let schema = Schema<EnvVar>([
        .field("name", \.name),
        .omitEmpty("value", \.value),
        .optional("valueFrom", \.valueFrom),
    ])
}

/// `v1.EnvVarSource`: where an environment variable's value comes from.
public struct EnvVarSource: APIModel, Hashable {
    public var fieldRef: ObjectFieldSelector?
    public var resourceFieldRef: ResourceFieldSelector?
    public var configMapKeyRef: ConfigMapKeySelector?
    public var secretKeyRef: SecretKeySelector?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<EnvVarSource>([
        .optional("fieldRef", \.fieldRef),
        .optional("resourceFieldRef", \.resourceFieldRef),
        .optional("configMapKeyRef", \.configMapKeyRef),
        .optional("secretKeyRef", \.secretKeyRef),
    ])
}

/// `v1.ObjectFieldSelector`: a field of the pod (`metadata.name`, `status.podIP`, ...).
public struct ObjectFieldSelector: APIModel, Hashable {
    public var apiVersion: String = ""
    public var fieldPath: String = ""
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(apiVersion: String = "v1", fieldPath: String) {
        self.apiVersion = apiVersion
        self.fieldPath = fieldPath
    }

    public static let schema = Schema<ObjectFieldSelector>([
        .omitEmpty("apiVersion", \.apiVersion),
        .field("fieldPath", \.fieldPath),
    ])
}

/// `v1.ResourceFieldSelector`: a container's resource limit or request, scaled by `divisor`.
public struct ResourceFieldSelector: APIModel, Hashable {
    public var containerName: String = ""
    public var resource: String = ""
    /// A struct in Go, so always written: `"divisor":"0"` when unset.
    public var divisor = Quantity(0)
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<ResourceFieldSelector>([
        .omitEmpty("containerName", \.containerName),
        .field("resource", \.resource),
        .field("divisor", \.divisor),
    ])
}

/// `v1.ConfigMapKeySelector`: one key of a ConfigMap.
public struct ConfigMapKeySelector: APIModel, Hashable {
    public var name: String = ""
    public var key: String = ""
    public var optional: Bool?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<ConfigMapKeySelector>([
        .omitEmpty("name", \.name),
        .field("key", \.key),
        .optional("optional", \.optional),
    ])
}

/// `v1.SecretKeySelector`: one key of a Secret.
public struct SecretKeySelector: APIModel, Hashable {
    public var name: String = ""
    public var key: String = ""
    public var optional: Bool?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<SecretKeySelector>([
        .omitEmpty("name", \.name),
        .field("key", \.key),
        .optional("optional", \.optional),
    ])
}

/// `v1.EnvFromSource`: every key of a ConfigMap or Secret as environment variables.
public struct EnvFromSource: APIModel, Hashable {
    public var prefix: String = ""
    public var configMapRef: ConfigMapEnvSource?
    public var secretRef: SecretEnvSource?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<EnvFromSource>([
        .omitEmpty("prefix", \.prefix),
        .optional("configMapRef", \.configMapRef),
        .optional("secretRef", \.secretRef),
    ])
}

/// `v1.ConfigMapEnvSource`: the ConfigMap an `envFrom` entry reads.
public struct ConfigMapEnvSource: APIModel, Hashable {
    public var name: String = ""
    public var optional: Bool?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<ConfigMapEnvSource>([
        .omitEmpty("name", \.name),
        .optional("optional", \.optional),
    ])
}

/// `v1.SecretEnvSource`: the Secret an `envFrom` entry reads.
public struct SecretEnvSource: APIModel, Hashable {
    public var name: String = ""
    public var optional: Bool?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<SecretEnvSource>([
        .omitEmpty("name", \.name),
        .optional("optional", \.optional),
    ])
}

/// `v1.VolumeMount`: where a pod volume appears inside the container.
public struct VolumeMount: APIModel, Hashable {
    public var name: String = ""
    public var readOnly: Bool = false
    public var recursiveReadOnly: String?
    public var mountPath: String = ""
    public var subPath: String = ""
    public var mountPropagation: String?
    public var subPathExpr: String = ""
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(name: String, mountPath: String, readOnly: Bool = false) {
        self.name = name
        self.mountPath = mountPath
        self.readOnly = readOnly
    }

    public static let schema = Schema<VolumeMount>([
        .field("name", \.name),
        .omitEmpty("readOnly", \.readOnly),
        .optional("recursiveReadOnly", \.recursiveReadOnly),
        .field("mountPath", \.mountPath),
        .omitEmpty("subPath", \.subPath),
        .optional("mountPropagation", \.mountPropagation),
        .omitEmpty("subPathExpr", \.subPathExpr),
    ])
}

/// `v1.VolumeDevice`: a raw block device mapped into the container.
public struct VolumeDevice: APIModel, Hashable {
    public var name: String = ""
    public var devicePath: String = ""
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<VolumeDevice>([
        .field("name", \.name),
        .field("devicePath", \.devicePath),
    ])
}

/// `v1.ContainerResizePolicy`: whether resizing a resource in place restarts the container.
public struct ContainerResizePolicy: APIModel, Hashable {
    public var resourceName: String = ""
    public var restartPolicy: String = ""
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<ContainerResizePolicy>([
        .field("resourceName", \.resourceName),
        .field("restartPolicy", \.restartPolicy),
    ])
}
