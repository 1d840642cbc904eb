import Foundation
import KubeModel
import Testing

@testable import KubeAPIServer

/// The built-in type tables against the model they describe: every field the tables state, filled with a
/// value of its shape, is known to the model (but the volume sources it keeps as JSON) and written back unchanged (so OpenAPI, explain and the patch keys,
/// all derived from the tables, describe what the server really keeps), and every top-level type is the kind's.
@Suite struct BuiltinTypesTests {
    static let types = Dictionary(BuiltinTypes.all.map { ($0.name, $0) }) { first, _ in first }

    /// The summary the tables give `type`, or of its `field`.
    static func summary(_ type: String, _ field: String? = nil) -> String {
        guard let field else { return types[type]?.summary ?? "" }
        return types[type]?.fields.first { $0.name == field }?.summary ?? ""
    }

    /// A value of `shape` with every field set, `depth` levels down at most.
    static func sample(_ shape: FieldShape, depth: Int = 0) -> JSONValue {
        switch shape {
        case .string: return "text"
        case .boolean: return true
        case .int32, .int64: return 7
        case .number: return 1.5
        case .bytes: return "eA=="
        case .intOrString: return 8080
        case .quantity: return "250m"
        case .time: return "2026-01-02T03:04:05Z"
        case .microTime: return "2026-01-02T03:04:05.000006Z"
        case .any: return ["free": "form"]
        case .list(let item, _): return [sample(item, depth: depth)]
        case .map(let value): return ["key": sample(value, depth: depth)]
        case .type(let name):
            guard let type = types[name], depth < 16 else { return ["free": "form"] }
            return .object(
                type.fields.reduce(into: JSONObject()) { object, field in
                    object[field.name] = sample(field.shape, depth: depth + 1)
                })
        }
    }

    /// Each served typed kind and its model's decode-and-write, with the fields the model did not know.
    static let kinds: [(name: String, roundTrip: @Sendable (Data) throws -> ([UInt8], unknown: [String]))] = [
        ("io.k8s.api.core.v1.Pod", { try written(Pod.self, $0) }),
        ("io.k8s.api.core.v1.Node", { try written(Node.self, $0) }),
        ("io.k8s.api.core.v1.Namespace", { try written(Namespace.self, $0) }),
        ("io.k8s.api.core.v1.Event", { try written(Event.self, $0) }),
        ("io.k8s.api.events.v1.Event", { try written(EventsV1.Event.self, $0) }),
        ("io.k8s.api.apps.v1.DaemonSet", { try written(DaemonSet.self, $0) }),
        ("io.k8s.api.apps.v1.ControllerRevision", { try written(ControllerRevision.self, $0) }),
        ("io.k8s.api.coordination.v1.Lease", { try written(Lease.self, $0) }),
    ]

    /// `json` read by `type` and written again, with the fields it did not know.
    static func written<Object: APIModel>(_ type: Object.Type, _ json: Data) throws -> ([UInt8], unknown: [String]) {
        let decoded = try Object.decodeReportingUnknownFields(json: json)
        return (decoded.value.jsonBytes(), decoded.unknownFields)
    }

    /// The paths at which `written` differs from `stated`.
    static func differences(_ stated: JSONValue, _ written: JSONValue, at path: String = "") -> [String] {
        switch (stated, written) {
        case (.object(let a), .object(let b)):
            return Set(a.keys).union(b.keys).sorted().flatMap { key in
                differences(a[key] ?? .null, b[key] ?? .null, at: path + "." + key)
            }
        case (.array(let a), .array(let b)) where a.count == b.count:
            return zip(a, b).flatMap { differences($0, $1, at: path + "[]") }
        default:
            return stated == written ? [] : ["\(path): stated \(stated), written \(written)"]
        }
    }

    @Test(arguments: kinds.map(\.name))
    func theModelKeepsEveryFieldTheTablesState(kind: String) throws {
        let roundTrip = try #require(Self.kinds.first { $0.name == kind }?.roundTrip)
        let type = try #require(Self.types[kind]?.kind)
        var fields = try #require(Self.sample(.type(kind)).objectValue)
        fields["apiVersion"] = .string(type.group.isEmpty ? type.version : type.group + "/" + type.version)
        fields["kind"] = .string(type.kind)
        let stated = JSONValue.object(fields)
        let (bytes, unknown) = try roundTrip(Data(try JSONEncoder().encode(stated)))
        // The model keeps the volume sources it does not read as written (validation checks them as JSON).
        let known = unknown.filter { path in
            guard let source = path.split(separator: ".").last, path.hasSuffix("volumes[0].\(source)") else { return true }
            return !PodSpecValidation.unmodelledVolumeSources.contains(String(source))
        }
        #expect(known == [])
        #expect(Self.differences(stated, try JSONValue.parse(Data(bytes))) == [])
    }

    /// The patch keys and the OpenAPI extensions come from the same tables: spot-check both against upstream's
    /// tags.
    @Test func patchKeysAndOpenAPIAgree() throws {
        let ports = PatchSchema.standard.strategy(of: "ports", in: "io.k8s.api.core.v1.Container")
        #expect(ports.mergeKey == "containerPort" && ports.listMapKeys.map(\.name) == ["containerPort", "protocol"])
        #expect(ports.listMapKeys.last?.defaultValue == "TCP")
        let volumes = PatchSchema.standard.strategy(of: "volumes", in: "io.k8s.api.core.v1.PodSpec")
        #expect(volumes.retainKeys && volumes.mergeKey == "name")
        #expect(PatchSchema.standard.strategy(of: "tolerations", in: "io.k8s.api.core.v1.PodSpec").list == .atomic)
        #expect(PatchSchema.standard.strategy(of: "selector", in: "io.k8s.api.apps.v1.DaemonSetSpec").atomicMap)
        #expect(PatchSchema.standard.kinds["Event"] == "io.k8s.api.core.v1.Event")

        for type in BuiltinTypes.all {
            let properties = try #require(OpenAPISchema.definitions[type.name]?["properties"]?.objectValue)
            #expect(Set(properties.keys) == Set(type.fields.map(\.name)), "\(type.name)")
            for field in type.fields {
                guard case .list(_, let listType) = field.shape else { continue }
                let strategy = PatchSchema.standard.strategy(of: field.name, in: type.name)
                let merged = properties[field.name]?["x-kubernetes-patch-strategy"]?.stringValue?.hasPrefix("merge") == true
                #expect((strategy.list == .merge) == (merged || listType.apply == .set), "\(type.name).\(field.name)")
                #expect(strategy.mergeKey == properties[field.name]?["x-kubernetes-patch-merge-key"]?.stringValue)
            }
        }
    }
}
