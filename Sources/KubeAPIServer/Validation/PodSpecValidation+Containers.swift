import KubeModel

/// Containers: names, images, probes, lifecycle hooks, ports, environment, mounts, pull policy and resources
/// (`validateContainers`, `validateInitContainers` and their helpers).
extension PodSpecValidation {
    /// `PullPolicy` values, sorted as upstream's set lists them.
    public static let pullPolicies = ["Always", "IfNotPresent", "Never"]
    /// `Protocol` values for container ports, sorted as upstream's set lists them.
    public static let portProtocols = ["SCTP", "TCP", "UDP"]
    /// Resource names a container may name without a domain.
    public static let standardContainerResources: Set<String> = ["cpu", "memory", "ephemeral-storage"]

    /// `validateContainers`: at least one; names DNS-1123 labels and unique; image set; the per-container rules;
    /// then host ports that collide across containers.
    static func validateContainers(_ containers: [Container], volumes: Set<String>, path: FieldPath) -> [StatusCause] {
        if containers.isEmpty { return [.required(path)] }
        var causes: [StatusCause] = []
        var names = Set<String>()
        for (index, container) in containers.enumerated() {
            causes += validateContainer(container, names: &names, volumes: volumes, path: path.index(index))
            if let probe = container.livenessProbe, probe.successThreshold != 1 {
                causes.append(
                    .invalid(
                        path.index(index).child("livenessProbe", "successThreshold"), .int(Int64(probe.successThreshold)),
                        "must be 1"))
            }
            if let probe = container.startupProbe, probe.successThreshold != 1 {
                causes.append(
                    .invalid(
                        path.index(index).child("startupProbe", "successThreshold"), .int(Int64(probe.successThreshold)),
                        "must be 1"))
            }
            if let grace = container.readinessProbe?.terminationGracePeriodSeconds {
                causes.append(
                    .invalid(
                        path.index(index).child("readinessProbe", "terminationGracePeriodSeconds"), .int(grace),
                        "must not be set for readinessProbes"))
            }
        }
        return causes + hostPortConflicts(containers, path: path)
    }

    /// `validateInitContainers`: the container rules, names unique across all containers, and no probes or
    /// lifecycle hooks unless the init container is a sidecar (`restartPolicy: Always`).
    static func validateInitContainers(
        _ containers: [Container], others: [Container], volumes: Set<String>, path: FieldPath
    ) -> [StatusCause] {
        var causes: [StatusCause] = []
        var names = Set(others.map(\.name))
        for (index, container) in containers.enumerated() {
            let itemPath = path.index(index)
            causes += validateContainer(container, names: &names, volumes: volumes, path: itemPath)
            if let policy = container.restartPolicy, policy != "Always" {
                causes.append(.notSupported(itemPath.child("restartPolicy"), .string(policy), ["Always"]))
            }
            guard container.restartPolicy != "Always" else { continue }
            let detail = "may not be set for init containers without restartPolicy=Always"
            if container.lifecycle != nil {
                causes.append(.forbidden(itemPath.child("lifecycle"), detail))
            }
            let probes = [
                ("livenessProbe", container.livenessProbe), ("readinessProbe", container.readinessProbe),
                ("startupProbe", container.startupProbe),
            ]
            for (name, probe) in probes where probe != nil {
                causes.append(.forbidden(itemPath.child(name), detail))
            }
        }
        for container in containers {
            causes += hostPortConflicts([container], path: path)
        }
        return causes
    }

    /// The rules every container (regular or init) follows.
    static func validateContainer(
        _ container: Container, names: inout Set<String>, volumes: Set<String>, path: FieldPath
    ) -> [StatusCause] {
        var causes: [StatusCause] = []
        let namePath = path.child("name")
        if container.name.isEmpty {
            causes.append(.required(namePath))
        } else {
            causes += NameValidation.dns1123LabelErrors(container.name).map { .invalid(namePath, .string(container.name), $0) }
        }
        if !names.insert(container.name).inserted {
            causes.append(.duplicate(namePath, .string(container.name)))
        }
        if container.image.isEmpty {
            causes.append(.required(path.child("image")))
        }
        if let lifecycle = container.lifecycle {
            if let hook = lifecycle.postStart {
                causes += validateHandler(exec: hook.exec, httpGet: hook.httpGet, tcpSocket: hook.tcpSocket, grpc: nil, sleep: hook.sleep, path: path.child("lifecycle", "postStart"))
            }
            if let hook = lifecycle.preStop {
                causes += validateHandler(exec: hook.exec, httpGet: hook.httpGet, tcpSocket: hook.tcpSocket, grpc: nil, sleep: hook.sleep, path: path.child("lifecycle", "preStop"))
            }
        }
        causes += validateProbe(container.livenessProbe, path: path.child("livenessProbe"))
        causes += validateProbe(container.readinessProbe, path: path.child("readinessProbe"))
        causes += validateProbe(container.startupProbe, path: path.child("startupProbe"))
        switch container.terminationMessagePolicy {
        case "File", "FallbackToLogsOnError": break
        case "":
            causes.append(.required(path.child("terminationMessagePolicy"), "must be 'File' or 'FallbackToLogsOnError'"))
        default:
            causes.append(
                .invalid(
                    path.child("terminationMessagePolicy"), .string(container.terminationMessagePolicy),
                    "must be 'File' or 'FallbackToLogsOnError'"))
        }
        causes += validatePorts(container.ports, path: path.child("ports"))
        causes += validateEnv(container.env, path: path.child("env"))
        causes += validateVolumeMounts(container.volumeMounts, volumes: volumes, path: path.child("volumeMounts"))
        causes += oneOf(container.imagePullPolicy, pullPolicies, path: path.child("imagePullPolicy"))
        causes += validateResources(container.resources, path: path.child("resources"))
        return causes
    }

    /// `validateProbe`: one handler, non-negative timings.
    static func validateProbe(_ probe: Probe?, path: FieldPath) -> [StatusCause] {
        guard let probe else { return [] }
        var causes = validateHandler(
            exec: probe.exec, httpGet: probe.httpGet, tcpSocket: probe.tcpSocket, grpc: probe.grpc, sleep: nil, path: path)
        causes += ObjectMetaValidation.nonNegative(Int64(probe.initialDelaySeconds), path: path.child("initialDelaySeconds"))
        causes += ObjectMetaValidation.nonNegative(Int64(probe.timeoutSeconds), path: path.child("timeoutSeconds"))
        causes += ObjectMetaValidation.nonNegative(Int64(probe.periodSeconds), path: path.child("periodSeconds"))
        causes += ObjectMetaValidation.nonNegative(Int64(probe.successThreshold), path: path.child("successThreshold"))
        causes += ObjectMetaValidation.nonNegative(Int64(probe.failureThreshold), path: path.child("failureThreshold"))
        if let grace = probe.terminationGracePeriodSeconds, grace <= 0 {
            causes.append(.invalid(path.child("terminationGracePeriodSeconds"), .int(grace), "must be greater than 0"))
        }
        return causes
    }

    /// `validateHandler`: exactly one of exec, httpGet, tcpSocket, grpc (probes) or sleep (hooks).
    static func validateHandler(
        exec: ExecAction?, httpGet: HTTPGetAction?, tcpSocket: TCPSocketAction?, grpc: GRPCAction?, sleep: SleepAction?,
        path: FieldPath
    ) -> [StatusCause] {
        var causes: [StatusCause] = []
        var count = 0
        func handler(_ name: String, _ present: Bool, _ check: () -> [StatusCause]) {
            guard present else { return }
            if count > 0 {
                causes.append(.forbidden(path.child(name), "may not specify more than 1 handler type"))
            } else {
                count += 1
                causes += check()
            }
        }
        handler("exec", exec != nil) {
            exec?.command.isEmpty == true ? [.required(path.child("exec", "command"))] : []
        }
        handler("httpGet", httpGet != nil) {
            guard let httpGet else { return [] }
            var found: [StatusCause] = httpGet.path.isEmpty ? [.required(path.child("httpGet", "path"))] : []
            found += validatePortNumberOrName(httpGet.port, path: path.child("httpGet", "port"))
            if httpGet.scheme != "HTTP" && httpGet.scheme != "HTTPS" {
                found.append(.notSupported(path.child("httpGet", "scheme"), .string(httpGet.scheme), ["HTTP", "HTTPS"]))
            }
            return found
        }
        handler("tcpSocket", tcpSocket != nil) {
            tcpSocket.map { validatePortNumberOrName($0.port, path: path.child("tcpSocket", "port")) } ?? []
        }
        handler("grpc", grpc != nil) {
            guard let port = grpc?.port else { return [] }
            return NameValidation.portNumberErrors(Int64(port)).map {
                StatusCause.invalid(path.child("grpc", "port"), .int(Int64(port)), $0)
            }
        }
        handler("sleep", sleep != nil) {
            guard let seconds = sleep?.seconds, seconds < 0 else { return [] }
            return [.invalid(path.child("sleep", "seconds"), .int(seconds), "must be non-negative")]
        }
        if count == 0 {
            causes.append(.required(path, "must specify a handler type"))
        }
        return causes
    }

    /// `ValidatePortNumOrName`.
    static func validatePortNumberOrName(_ port: IntOrString, path: FieldPath) -> [StatusCause] {
        switch port {
        case .int(let number):
            return NameValidation.portNumberErrors(Int64(number)).map { .invalid(path, .int(Int64(number)), $0) }
        case .string(let name):
            return NameValidation.portNameErrors(name).map { .invalid(path, .string(name), $0) }
        }
    }

    /// `validateContainerPorts`: names unique IANA service names, container port required and in range, host
    /// port in range, protocol TCP, UDP or SCTP.
    static func validatePorts(_ ports: [ContainerPort], path: FieldPath) -> [StatusCause] {
        var causes: [StatusCause] = []
        var names = Set<String>()
        for (index, port) in ports.enumerated() {
            let itemPath = path.index(index)
            if !port.name.isEmpty {
                let errors = NameValidation.portNameErrors(port.name)
                if !errors.isEmpty {
                    causes += errors.map { .invalid(itemPath.child("name"), .string(port.name), $0) }
                } else if !names.insert(port.name).inserted {
                    causes.append(.duplicate(itemPath.child("name"), .string(port.name)))
                }
            }
            if port.containerPort == 0 {
                causes.append(.required(itemPath.child("containerPort")))
            } else {
                causes += NameValidation.portNumberErrors(Int64(port.containerPort)).map {
                    .invalid(itemPath.child("containerPort"), .int(Int64(port.containerPort)), $0)
                }
            }
            if port.hostPort != 0 {
                causes += NameValidation.portNumberErrors(Int64(port.hostPort)).map {
                    .invalid(itemPath.child("hostPort"), .int(Int64(port.hostPort)), $0)
                }
            }
            if port.protocol.isEmpty {
                causes.append(.required(itemPath.child("protocol")))
            } else if !portProtocols.contains(port.protocol) {
                causes.append(.notSupported(itemPath.child("protocol"), .string(port.protocol), portProtocols))
            }
        }
        return causes
    }

    /// `AccumulateUniqueHostPorts`: a `protocol/hostIP/hostPort` may be bound once.
    static func hostPortConflicts(_ containers: [Container], path: FieldPath) -> [StatusCause] {
        var seen = Set<String>()
        var causes: [StatusCause] = []
        for (index, container) in containers.enumerated() {
            for (portIndex, port) in container.ports.enumerated() where port.hostPort != 0 {
                let key = "\(port.protocol)/\(port.hostIP)/\(port.hostPort)"
                if !seen.insert(key).inserted {
                    causes.append(.duplicate(path.index(index).child("ports").index(portIndex).child("hostPort"), .string(key)))
                }
            }
        }
        return causes
    }

    /// `ValidateEnv`: names set and valid; `valueFrom` names exactly one source and excludes `value`.
    static func validateEnv(_ variables: [EnvVar], path: FieldPath) -> [StatusCause] {
        var causes: [StatusCause] = []
        for (index, variable) in variables.enumerated() {
            let itemPath = path.index(index)
            if variable.name.isEmpty {
                causes.append(.required(itemPath.child("name")))
            } else {
                causes += NameValidation.envVarNameErrors(variable.name).map {
                    .invalid(itemPath.child("name"), .string(variable.name), $0)
                }
            }
            guard let source = variable.valueFrom else { continue }
            let fromPath = itemPath.child("valueFrom")
            let sources = [source.fieldRef != nil, source.resourceFieldRef != nil, source.configMapKeyRef != nil, source.secretKeyRef != nil]
                .filter { $0 }.count
            if let fieldRef = source.fieldRef {
                if fieldRef.apiVersion.isEmpty {
                    causes.append(.required(fromPath.child("fieldRef", "apiVersion")))
                } else if fieldRef.fieldPath.isEmpty {
                    causes.append(.required(fromPath.child("fieldRef", "fieldPath")))
                }
            }
            if let keyRef = source.configMapKeyRef, keyRef.key.isEmpty {
                causes.append(.required(fromPath.child("configMapKeyRef", "key")))
            }
            if let keyRef = source.secretKeyRef, keyRef.key.isEmpty {
                causes.append(.required(fromPath.child("secretKeyRef", "key")))
            }
            if sources == 0 {
                causes.append(
                    .invalid(fromPath, .string(""), "must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`"))
            } else if !variable.value.isEmpty {
                causes.append(.invalid(fromPath, .string(""), "may not be specified when `value` is not empty"))
            } else if sources > 1 {
                causes.append(.invalid(fromPath, .string(""), "may not have more than one field specified at a time"))
            }
        }
        return causes
    }

    /// `ValidateVolumeMounts`: the volume exists, the mount path is set and unique, subPath and subPathExpr
    /// exclude each other.
    static func validateVolumeMounts(_ mounts: [VolumeMount], volumes: Set<String>, path: FieldPath) -> [StatusCause] {
        var causes: [StatusCause] = []
        var mountPaths = Set<String>()
        for (index, mount) in mounts.enumerated() {
            let itemPath = path.index(index)
            if mount.name.isEmpty {
                causes.append(.required(itemPath.child("name")))
            }
            if !volumes.contains(mount.name) {
                causes.append(.notFound(itemPath.child("name"), .string(mount.name)))
            }
            if mount.mountPath.isEmpty {
                causes.append(.required(itemPath.child("mountPath")))
            }
            if !mountPaths.insert(mount.mountPath).inserted {
                causes.append(.invalid(itemPath.child("mountPath"), .string(mount.mountPath), "must be unique"))
            }
            if !mount.subPathExpr.isEmpty && !mount.subPath.isEmpty {
                causes.append(
                    .invalid(itemPath.child("subPathExpr"), .string(mount.subPathExpr), "subPathExpr and subPath are mutually exclusive"))
            }
        }
        return causes
    }

    /// `ValidateResourceRequirements`: standard or domain-qualified names, no negative quantities, every request
    /// at most its limit.
    static func validateResources(_ resources: ResourceRequirements, path: FieldPath) -> [StatusCause] {
        var causes: [StatusCause] = []
        let limitsPath = path.child("limits")
        let requestsPath = path.child("requests")
        for name in resources.limits.keys.sorted(by: GoValue.precedes) {
            guard let quantity = resources.limits[name] else { continue }
            causes += validateResourceName(name, path: limitsPath.key(name))
            causes += nonNegative(quantity, path: limitsPath.key(name))
        }
        for name in resources.requests.keys.sorted(by: GoValue.precedes) {
            guard let quantity = resources.requests[name] else { continue }
            causes += validateResourceName(name, path: requestsPath.key(name))
            causes += nonNegative(quantity, path: requestsPath.key(name))
            if let limit = resources.limits[name], limit < quantity {
                causes.append(
                    .invalid(
                        requestsPath, .string(quantity.description),
                        "must be less than or equal to \(name) limit of \(limit.description)"))
            }
        }
        return causes
    }

    /// `validateContainerResourceName`: `cpu`, `memory`, `ephemeral-storage`, `hugepages-*`, or a qualified name
    /// with a domain.
    static func validateResourceName(_ name: String, path: FieldPath) -> [StatusCause] {
        var causes = LabelValidation.qualifiedNameErrors(name).map { StatusCause.invalid(path, .string(name), $0) }
        if !name.contains("/") && !standardContainerResources.contains(name) && !name.hasPrefix("hugepages-") {
            causes.append(.invalid(path, .string(name), "must be a standard resource for containers"))
        }
        return causes
    }

    /// `ValidateNonnegativeQuantity`.
    static func nonNegative(_ quantity: Quantity, path: FieldPath) -> [StatusCause] {
        quantity < Quantity(0) ? [.invalid(path, .string(quantity.description), "must be greater than or equal to 0")] : []
    }
}
