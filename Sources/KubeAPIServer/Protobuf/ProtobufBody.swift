import Foundation
import KubeModel

/// Request bodies in `application/vnd.kubernetes.protobuf`: the magic `k8s\0`, then a `runtime.Unknown`
/// (type meta = 1, raw = 2, content encoding = 3, content type = 4) whose raw bytes are the object. They are
/// turned into the JSON the rest of the server reads, with apiVersion and kind from the envelope.
enum ProtobufBody {
    static let mediaType = "application/vnd.kubernetes.protobuf"
    private static let magic: [UInt8] = [0x6b, 0x38, 0x73, 0x00]

    /// Whether `body` starts with the protobuf envelope's magic.
    static func hasMagic(_ body: [UInt8]) -> Bool { body.starts(with: magic) }

    /// The object in `body` as JSON bytes, read with `schema` (the typed kind's own when nil). A kind without
    /// a `ProtobufSchema` is upstream's 415; a malformed body, or one holding another kind than `kind`, is a 400.
    static func json(_ body: [UInt8], kind: String, schema: ProtobufSchema? = nil) throws(APIError) -> Data {
        guard let schema = schema ?? ProtobufSchema.of(kind: kind) else { throw unsupported }
        guard hasMagic(body) else {
            throw APIError(.badRequest, "provided data does not appear to be a protobuf message, expected prefix [107 56 115 0]")
        }
        do throws(ProtobufError) {
            var reader = ProtobufReader(body.dropFirst(magic.count))
            var typeMeta: JSONValue = .object([:])
            var raw: ArraySlice<UInt8> = []
            while let (field, value) = try reader.next() {
                switch (field, value) {
                case (1, .bytes(let bytes)): typeMeta = try ProtobufSchema.typeMeta.json(bytes)
                case (2, .bytes(let bytes)): raw = bytes
                default: continue
                }
            }
            let bodyKind = typeMeta["kind"]?.stringValue ?? ""
            guard bodyKind.isEmpty || bodyKind == kind else {
                throw ProtobufError("the body holds a \(bodyKind), not a \(kind)")
            }
            guard case .object(var object) = try schema.json(raw) else { throw ProtobufError("not an object") }
            if let apiVersion = typeMeta["apiVersion"], apiVersion != "" { object["apiVersion"] = apiVersion }
            if !bodyKind.isEmpty { object["kind"] = .string(bodyKind) }
            return Data(JSONValue.object(object).canonicalBytes)
        } catch {
            throw APIError(.badRequest, "error decoding protobuf body: \(error.message)")
        }
    }

    /// Upstream's 415 for a body in a format the server does not read.
    static let unsupported = APIError(
        .unsupportedMediaType,
        "the body of the request was in an unknown format - accepted media types include: "
            + "application/json, application/yaml, application/vnd.kubernetes.protobuf")
}
