import Foundation
import Hummingbird
import KubeModel

/// A custom resource's `scale` subresource: an `autoscaling/v1` Scale read from the paths its CRD names
/// (`.spec.replicas`, `.status.replicas`, a selector), and written back to the spec path by `kubectl scale`
/// (merge or JSON patch) or a PUT of a Scale.
struct ScaleSubresource: Sendable {
    let storage: ResourceStorage<SchemaStrategy>
    let scale: CustomResourceDefinitionFacts.Scale

    var handlers: [String: SubresourceHandler] {
        let handler: SubresourceHandler = { request, body, namespace, name in
            try await handle(request, body, namespace, name)
        }
        return ["scale": handler]
    }

    private func handle(_ request: Request, _ body: [UInt8], _ namespace: String, _ name: String) async throws -> Response {
        switch request.method {
        case .get:
            let object = try storage.decodeStored(try storage.get(namespace: namespace, name: name))
            return .json(Self.scale(of: object, paths: scale).canonicalBytes)
        case .put, .patch:
            let current = Self.scale(
                of: try storage.decodeStored(try storage.get(namespace: namespace, name: name)), paths: scale)
            let wanted: JSONValue
            if request.method == .put {
                do {
                    wanted = try GoJSONDecoder.parse(body)
                } catch {
                    throw APIError(.badRequest, error.message)
                }
            } else {
                wanted = try PatchApplier.apply(
                    contentType: request.headers[.contentType] ?? "", patch: Data(body), to: current, kind: "Scale")
            }
            guard case .int(let replicas)? = wanted["spec"]?["replicas"], replicas >= 0 else {
                let given = wanted["spec"]?["replicas"].map { String(decoding: $0.canonicalBytes, as: UTF8.self) } ?? "null"
                throw APIError.invalid(
                    kind: "Scale", group: "autoscaling", name: name,
                    causes: [.invalid("spec.replicas", .rendered(given), "must be greater than or equal to 0")])
            }
            let path = Self.fields(scale.specReplicasPath)
            let outcome = try await storage.modify(namespace: namespace, name: name) { object in
                Self.set(.int(replicas), at: path, in: &object.unknownFields)
                object.metadata.generation += 1
            }
            let object = try UnstructuredObject.decode(json: outcome.data)
            return .json(Self.scale(of: object, paths: scale).canonicalBytes)
        default:
            throw APIError(.methodNotAllowed, "the server does not allow this method on the requested resource")
        }
    }

    /// The Scale of `object`: its identity, the replicas wanted and seen, and the selector as text.
    static func scale(of object: UnstructuredObject, paths: CustomResourceDefinitionFacts.Scale) -> JSONValue {
        let document = (try? object.jsonValue()) ?? [:]
        func value(_ path: String) -> JSONValue? {
            fields(path).reduce(Optional(document)) { $0?[$1] }
        }
        var metadata: JSONObject = [
            "name": .string(object.metadata.name), "uid": .string(object.metadata.uid),
            "resourceVersion": .string(object.metadata.resourceVersion),
        ]
        if !object.metadata.namespace.isEmpty { metadata["namespace"] = .string(object.metadata.namespace) }
        if let created = object.metadata.creationTimestamp { metadata["creationTimestamp"] = .string(created.rfc3339) }
        var status: JSONObject = ["replicas": value(paths.statusReplicasPath) ?? 0]
        if let selectorPath = paths.labelSelectorPath, case .string(let selector)? = value(selectorPath) {
            status["selector"] = .string(selector)
        }
        return [
            "kind": "Scale", "apiVersion": "autoscaling/v1", "metadata": .object(metadata),
            "spec": ["replicas": value(paths.specReplicasPath) ?? 0], "status": .object(status),
        ]
    }

    /// `.spec.replicas` as `["spec", "replicas"]`.
    static func fields(_ path: String) -> [String] {
        path.split(separator: ".").map(String.init)
    }

    private static func set(_ value: JSONValue, at path: [String], in members: inout JSONObject) {
        guard let first = path.first else { return }
        if path.count == 1 {
            members[first] = value
            return
        }
        var nested = members[first]?.objectValue ?? [:]
        set(value, at: Array(path.dropFirst()), in: &nested)
        members[first] = .object(nested)
    }
}
