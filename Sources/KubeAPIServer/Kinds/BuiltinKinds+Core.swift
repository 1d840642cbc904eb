import Foundation
import KubeModel

extension BuiltinKinds {
    static let core: [KindDefinition] = [
        KindDefinition(
            resource("", "serviceaccounts", "ServiceAccount", shortNames: ["sa"]),
            summary: "An identity for the processes of pods.",
            fields: [
                FieldSchema("secrets", .list(objectReference, .map(["name"])), proto: 2),
                FieldSchema("imagePullSecrets", .list(localObjectReference, .atomic), proto: 3),
                FieldSchema("automountServiceAccountToken", .boolean, proto: 4),
            ],
            columns: [PrinterColumn("Secrets", "integer", .count([["secrets"]]))]),
        KindDefinition(
            resource("", "configmaps", "ConfigMap", shortNames: ["cm"]),
            summary: "Configuration for pods, as keys and values.",
            fields: [
                FieldSchema("immutable", .boolean, proto: 4), FieldSchema("data", .map(.string), proto: 2),
                FieldSchema("binaryData", .map(.bytes), proto: 3),
            ],
            columns: [PrinterColumn("Data", "integer", .count([["data"], ["binaryData"]]))]),
        KindDefinition(
            resource("", "secrets", "Secret"),
            summary: "Sensitive data for pods, as keys and base64 values.",
            fields: [
                FieldSchema("immutable", .boolean, proto: 5), FieldSchema("data", .map(.bytes), proto: 2),
                FieldSchema("stringData", .map(.string), "Written into data on every write; never stored.", proto: 4),
                FieldSchema("type", .string, proto: 3),
            ],
            columns: [
                PrinterColumn("Type", .path(["type"])), PrinterColumn("Data", "integer", .count([["data"]])),
            ],
            normalize: foldStringData),
        KindDefinition(
            resource("", "services", "Service", shortNames: ["svc"], categories: ["all"], status: true),
            nameRule: .dns1035Label,
            summary: "A stable address for a set of pods.",
            fields: [FieldSchema("spec", .type("io.k8s.api.core.v1.ServiceSpec"), proto: 2), status],
            types: [
                TypeSchema(
                    "io.k8s.api.core.v1.ServiceSpec", "",
                    [
                        FieldSchema("ports", .list(.type("io.k8s.api.core.v1.ServicePort"), .map(["port", "protocol"])), proto: 1),
                        FieldSchema("selector", .map(.string), proto: 2), FieldSchema("clusterIP", .string, proto: 3),
                        FieldSchema("clusterIPs", strings, proto: 18), FieldSchema("type", .string, proto: 4),
                        FieldSchema("externalIPs", strings, proto: 5), FieldSchema("sessionAffinity", .string, proto: 7),
                        FieldSchema("loadBalancerIP", .string, proto: 8), FieldSchema("loadBalancerSourceRanges", strings, proto: 9),
                        FieldSchema("externalName", .string, proto: 10), FieldSchema("externalTrafficPolicy", .string, proto: 11),
                        FieldSchema("healthCheckNodePort", .int32, proto: 12), FieldSchema("publishNotReadyAddresses", .boolean, proto: 13),
                        FieldSchema("sessionAffinityConfig", .any, proto: 14), FieldSchema("ipFamilies", strings, proto: 19),
                        FieldSchema("ipFamilyPolicy", .string, proto: 17), FieldSchema("allocateLoadBalancerNodePorts", .boolean, proto: 20),
                        FieldSchema("loadBalancerClass", .string, proto: 21), FieldSchema("internalTrafficPolicy", .string, proto: 22),
                        FieldSchema("trafficDistribution", .string, proto: 23),
                    ]),
                TypeSchema(
                    "io.k8s.api.core.v1.ServicePort", "",
                    [
                        FieldSchema("name", .string, proto: 1), FieldSchema("protocol", .string, proto: 2), FieldSchema("appProtocol", .string, proto: 6),
                        FieldSchema("port", .int32, required: true, proto: 3), FieldSchema("targetPort", .intOrString, proto: 4),
                        FieldSchema("nodePort", .int32, proto: 5),
                    ]),
            ],
            columns: [
                PrinterColumn("Type", .path(["spec", "type"])), PrinterColumn("Cluster-IP", .path(["spec", "clusterIP"])),
                PrinterColumn("External-IP", .path(["spec", "externalName"])),
                PrinterColumn("Port(s)", .servicePorts),
            ],
            normalize: defaultService),
        KindDefinition(
            resource("", "endpoints", "Endpoints", shortNames: ["ep"]),
            summary: "The addresses behind a service.",
            fields: [FieldSchema("subsets", .list(.any, .atomic))],
            columns: [PrinterColumn("Endpoints", .endpointAddresses)]),
        KindDefinition(
            resource("", "persistentvolumeclaims", "PersistentVolumeClaim", shortNames: ["pvc"], status: true),
            summary: "A request for storage.",
            fields: [FieldSchema("spec", .type("io.k8s.api.core.v1.PersistentVolumeClaimSpec")), status],
            columns: [
                PrinterColumn("Status", .path(["status", "phase"])), PrinterColumn("Volume", .path(["spec", "volumeName"])),
                PrinterColumn("StorageClass", .path(["spec", "storageClassName"])),
            ],
            createWarning: notRun("PersistentVolumeClaim")),
        KindDefinition(
            resource("", "persistentvolumes", "PersistentVolume", namespaced: false, shortNames: ["pv"], status: true),
            summary: "A piece of storage in the cluster.",
            fields: [FieldSchema("spec", .any), status],
            columns: [
                PrinterColumn("Capacity", .path(["spec", "capacity", "storage"])),
                PrinterColumn("Status", .path(["status", "phase"])),
            ]),
        KindDefinition(
            resource("", "resourcequotas", "ResourceQuota", shortNames: ["quota"], status: true),
            summary: "Limits on what a namespace may use.",
            fields: [
                FieldSchema("spec", .type("io.k8s.api.core.v1.ResourceQuotaSpec"), proto: 2), status,
            ],
            types: [
                TypeSchema(
                    "io.k8s.api.core.v1.ResourceQuotaSpec", "",
                    [
                        FieldSchema("hard", quantities, proto: 1), FieldSchema("scopes", strings, proto: 2),
                        FieldSchema("scopeSelector", .any, proto: 3),
                    ])
            ],
            createWarning: "daemonry up stores ResourceQuota objects but does not enforce them"),
        KindDefinition(
            resource("", "limitranges", "LimitRange", shortNames: ["limits"]),
            summary: "Default and bounding resources of a namespace's containers.",
            fields: [FieldSchema("spec", .type("io.k8s.api.core.v1.LimitRangeSpec"))],
            types: [
                TypeSchema(
                    "io.k8s.api.core.v1.LimitRangeSpec", "",
                    [FieldSchema("limits", .list(.type("io.k8s.api.core.v1.LimitRangeItem"), .atomic), required: true)]),
                TypeSchema(
                    "io.k8s.api.core.v1.LimitRangeItem", "",
                    [
                        FieldSchema("type", .string, required: true), FieldSchema("max", quantities),
                        FieldSchema("min", quantities), FieldSchema("default", quantities),
                        FieldSchema("defaultRequest", quantities), FieldSchema("maxLimitRequestRatio", quantities),
                    ]),
            ],
            createWarning: "daemonry up stores LimitRange objects but does not apply them to pods"),
    ]

    /// A Secret's `stringData`, written into `data` (base64) and dropped, as upstream's conversion does; the
    /// type defaults to `Opaque`.
    @Sendable static func foldStringData(_ secret: inout UnstructuredObject, _: UnstructuredObject?) {
        if case .object(let strings)? = secret.unknownFields["stringData"] {
            var data = secret.unknownFields["data"]?.objectValue ?? [:]
            for (key, value) in strings {
                if case .string(let text) = value { data[key] = .string(Data(text.utf8).base64EncodedString()) }
            }
            secret.unknownFields["data"] = .object(data)
        }
        secret.unknownFields["stringData"] = nil
        if (secret.unknownFields["type"]?.stringValue ?? "").isEmpty { secret.unknownFields["type"] = "Opaque" }
    }

    /// A Service's defaults (type ClusterIP, session affinity None, TCP ports targeting themselves, one IPv4
    /// family) and a cluster IP from 10.96.0.0/12 when it asks for one; an update that leaves the cluster IP
    /// out keeps the one allocated, as upstream does.
    @Sendable static func defaultService(_ service: inout UnstructuredObject, _ old: UnstructuredObject?) {
        guard case .object(var spec)? = service.unknownFields["spec"] else { return }
        if let oldSpec = old?.unknownFields["spec"], oldSpec["type"] != "ExternalName", spec["type"] != "ExternalName",
            spec["clusterIP"] == nil || spec["clusterIP"] == ""
        {
            for field in ["clusterIP", "clusterIPs", "ipFamilies", "ipFamilyPolicy"] where spec[field] == nil || spec[field] == "" {
                spec[field] = oldSpec[field]
            }
        }
        let type = spec["type"]?.stringValue ?? "ClusterIP"
        spec["type"] = .string(type)
        if spec["sessionAffinity"] == nil { spec["sessionAffinity"] = "None" }
        if case .array(let ports)? = spec["ports"] {
            spec["ports"] = .array(
                ports.map { port in
                    guard case .object(var members) = port else { return port }
                    if members["protocol"] == nil { members["protocol"] = "TCP" }
                    if members["targetPort"] == nil { members["targetPort"] = members["port"] ?? .null }
                    return .object(members)
                })
        }
        if type != "ExternalName" {
            if spec["internalTrafficPolicy"] == nil { spec["internalTrafficPolicy"] = "Cluster" }
            if spec["clusterIP"] == nil || spec["clusterIP"] == "" {
                // Random in the service range past its first two addresses: a collision among a rehearsal's
                // services is about one in a million.
                let offset: UInt32 = UInt32.random(in: 2..<(1 << 20))
                let octets: [UInt32] = [10, 96 | (offset >> 16), (offset >> 8) & 0xFF, offset & 0xFF]
                spec["clusterIP"] = .string(octets.map(String.init).joined(separator: "."))
            }
            if spec["clusterIPs"] == nil, let clusterIP = spec["clusterIP"] { spec["clusterIPs"] = [clusterIP] }
            if spec["ipFamilies"] == nil, spec["clusterIP"] != "None" { spec["ipFamilies"] = ["IPv4"] }
            if spec["ipFamilyPolicy"] == nil, spec["clusterIP"] != "None" { spec["ipFamilyPolicy"] = "SingleStack" }
        }
        service.unknownFields["spec"] = .object(spec)
    }
}
