import Foundation
import KubeModel
import Testing
@testable import KubeAPIServer

/// A body as kubectl's typed clients write it: `k8s\0`, then an Unknown holding the type and the message.
private func envelope(apiVersion: String, kind: String, _ object: (inout ProtobufWriter) -> Void) -> [UInt8] {
    var unknown = ProtobufWriter()
    unknown.message(1) { typeMeta in
        typeMeta.string(1, apiVersion)
        typeMeta.string(2, kind)
    }
    unknown.message(2, object)
    return [0x6b, 0x38, 0x73, 0x00] + unknown.bytes
}

private func layout(_ resource: String) throws -> ProtobufSchema? {
    let definition = try #require(BuiltinKinds.all.first { $0.info.resource == resource })
    return ProtobufSchema.derived(definition)
}

@Test func aConfigMapIsReadFromTheNumbersItsTableStates() throws {
    let body = envelope(apiVersion: "v1", kind: "ConfigMap") { configMap in
        configMap.message(1) { $0.string(1, "settings") }
        configMap.message(2) { entry in
            entry.string(1, "level")
            entry.string(2, "info")
        }
        configMap.bool(4, true)
    }
    let json = try JSONValue.parse(ProtobufBody.json(body, kind: "ConfigMap", schema: try layout("configmaps")))
    #expect(json == ["apiVersion": "v1", "kind": "ConfigMap", "metadata": ["name": "settings"], "data": ["level": "info"], "immutable": true])
}

@Test func aFieldWithoutANumberHereIsRefusedNotDropped() throws {
    // A deployment whose pod template asks for an affinity (PodSpec field 18), which the layout leaves out.
    let body = envelope(apiVersion: "apps/v1", kind: "Deployment") { deployment in
        deployment.message(1) { $0.string(1, "pinned") }
        deployment.message(2) { spec in
            spec.message(3) { template in
                template.message(2) { podSpec in
                    podSpec.message(2) { $0.string(1, "app") }
                    podSpec.message(18) { $0.message(1) { _ in } }
                }
            }
        }
    }
    let schema = try layout("deployments")
    let error = #expect(throws: APIError.self) { try ProtobufBody.json(body, kind: "Deployment", schema: schema) }
    #expect(error?.code == .badRequest)
    #expect(error?.message == "error decoding protobuf body: field 18 of PodSpec is not read here; send the object as JSON")
}

@Test func onlyKindsWhoseOwnTypeNumbersEveryFieldHaveALayout() throws {
    #expect(try layout("configmaps") != nil)
    #expect(try layout("deployments") != nil)
    #expect(try layout("ingresses") == nil)
    #expect(try layout("endpoints") == nil)
}
