import KubeModel

/// `ValidatePodSpec` and `ValidatePodTemplateSpec` from `pkg/apis/core/validation`, on defaulted objects: the
/// rules a pod and every pod template (a DaemonSet's) share. Causes come out in upstream's order.
public enum PodSpecValidation {
    /// `RestartPolicy` values.
    public static let restartPolicies = ["Always", "OnFailure", "Never"]
    /// `DNSPolicy` values, in upstream's order.
    public static let dnsPolicies = ["ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"]
    /// `PreemptionPolicy` values.
    public static let preemptionPolicies = ["PreemptLowerPriority", "Never"]

    /// `ValidatePodTemplateSpec`: template labels and annotations (upstream names them `<path>.labels`, not
    /// `<path>.metadata.labels`), the pod spec, and no ephemeral containers.
    public static func validateTemplate(_ template: PodTemplateSpec, path: FieldPath) -> [StatusCause] {
        var causes = LabelSelectorValidation.labels(template.metadata.labels, path: path.child("labels"))
        causes += LabelSelectorValidation.annotations(template.metadata.annotations, path: path.child("annotations"))
        causes += validate(template.spec, path: path.child("spec"))
        if !template.spec.ephemeralContainers.isEmpty {
            causes.append(
                .forbidden(path.child("spec", "ephemeralContainers"), "ephemeral containers not allowed in pod template"))
        }
        return causes
    }

    /// `ValidatePodSpec`: volumes, containers, init containers, policies, scheduling fields and names.
    public static func validate(_ spec: PodSpec, path: FieldPath) -> [StatusCause] {
        let (volumeNames, volumeCauses) = validateVolumes(spec.volumes, path: path.child("volumes"))
        var causes = volumeCauses
        causes += validateContainers(spec.containers, volumes: volumeNames, path: path.child("containers"))
        causes += validateInitContainers(
            spec.initContainers, others: spec.containers, volumes: volumeNames, path: path.child("initContainers"))
        causes += oneOf(spec.restartPolicy, restartPolicies, path: path.child("restartPolicy"))
        causes += oneOf(spec.dnsPolicy, dnsPolicies, path: path.child("dnsPolicy"))
        causes += LabelSelectorValidation.labels(spec.nodeSelector, path: path.child("nodeSelector"))
        causes += validateAffinity(spec.affinity, path: path.child("affinity"))
        causes += validateDNSConfig(spec.dnsConfig, dnsPolicy: spec.dnsPolicy, path: path.child("dnsConfig"))
        for (position, gate) in spec.readinessGates.enumerated() {
            causes += LabelValidation.qualifiedNameErrors(gate.conditionType).map {
                .invalid(path.child("readinessGates").index(position).child("conditionType"), .string(gate.conditionType), $0)
            }
        }
        if spec.hostNetwork {
            causes += validateHostNetworkPorts(spec.containers, path: path.child("containers"))
        }
        causes += subdomainName(spec.serviceAccountName, path: path.child("serviceAccountName"))
        causes += subdomainName(spec.nodeName, path: path.child("nodeName"))
        if let deadline = spec.activeDeadlineSeconds, deadline < 1 || deadline > Int64(Int32.max) {
            causes.append(
                .invalid(path.child("activeDeadlineSeconds"), .int(deadline), "must be between 1 and 2147483647, inclusive"))
        }
        if !spec.hostname.isEmpty {
            causes += NameValidation.dns1123LabelErrors(spec.hostname).map {
                .invalid(path.child("hostname"), .string(spec.hostname), $0)
            }
        }
        if !spec.subdomain.isEmpty {
            causes += NameValidation.dns1123LabelErrors(spec.subdomain).map {
                .invalid(path.child("subdomain"), .string(spec.subdomain), $0)
            }
        }
        causes += validateTolerations(spec.tolerations, path: path.child("tolerations"))
        causes += subdomainName(spec.priorityClassName, path: path.child("priorityClassName"))
        if let runtimeClassName = spec.runtimeClassName {
            causes += LabelValidation.dns1123SubdomainErrors(runtimeClassName).map {
                .invalid(path.child("runtimeClassName"), .string(runtimeClassName), $0)
            }
        }
        if let preemptionPolicy = spec.preemptionPolicy {
            causes += oneOf(preemptionPolicy, preemptionPolicies, path: path.child("preemptionPolicy"))
        }
        return causes
    }

    /// An enumerated field: `Required value` when empty, `Unsupported value` when unknown.
    static func oneOf(_ value: String, _ supported: [String], path: FieldPath) -> [StatusCause] {
        if value.isEmpty { return [.required(path)] }
        return supported.contains(value) ? [] : [.notSupported(path, .string(value), supported)]
    }

    /// An optional reference by name to a DNS-subdomain-named object (service account, node, priority class).
    static func subdomainName(_ name: String, path: FieldPath) -> [StatusCause] {
        guard !name.isEmpty else { return [] }
        return LabelValidation.dns1123SubdomainErrors(name).map { .invalid(path, .string(name), $0) }
    }

    /// `validateHostNetwork`: with the host's network a set host port must equal the container port (templates
    /// may leave it 0; pods get it defaulted).
    static func validateHostNetworkPorts(_ containers: [Container], path: FieldPath) -> [StatusCause] {
        var causes: [StatusCause] = []
        for (index, container) in containers.enumerated() {
            for (portIndex, port) in container.ports.enumerated() where port.hostPort != 0 && port.hostPort != port.containerPort {
                causes.append(
                    .invalid(
                        path.index(index).child("ports").index(portIndex).child("containerPort"),
                        .int(Int64(port.containerPort)), "must match `hostPort` when `hostNetwork` is true"))
            }
        }
        return causes
    }

    /// `validatePodDNSConfig`: `None` needs a config with a nameserver; at most 3 nameservers, 32 search paths.
    static func validateDNSConfig(_ config: PodDNSConfig?, dnsPolicy: String, path: FieldPath) -> [StatusCause] {
        if dnsPolicy == "None" {
            guard let config else { return [.required(path, "must provide `dnsConfig` when `dnsPolicy` is None")] }
            if config.nameservers.isEmpty {
                return [.required(path.child("nameservers"), "must provide at least one DNS nameserver when `dnsPolicy` is None")]
            }
        }
        guard let config else { return [] }
        var causes: [StatusCause] = []
        if config.nameservers.count > 3 {
            causes.append(.invalid(path.child("nameservers"), .stringList(config.nameservers), "must not have more than 3 nameservers"))
        }
        if config.searches.count > 32 {
            causes.append(.invalid(path.child("searches"), .stringList(config.searches), "must not have more than 32 search paths"))
        }
        for (position, search) in config.searches.enumerated() {
            let trimmed = search.hasSuffix(".") ? String(search.dropLast()) : search
            causes += LabelValidation.dns1123SubdomainErrors(trimmed).map {
                .invalid(path.child("searches").index(position), .string(trimmed), $0)
            }
        }
        for (position, option) in config.options.enumerated() where option.name.isEmpty {
            causes.append(.required(path.child("options").index(position), "must not be empty"))
        }
        return causes
    }
}
