import Foundation

/// The opaque `continue` value of a paged list: the snapshot's resourceVersion and the last key returned.
///
/// Shaped like upstream's token (base64 of `{"v":"meta.k8s.io/v1","rv":N,"start":"..."}`) so it looks
/// familiar in logs; only this store reads it.
struct ContinueToken: Codable, Hashable {
    /// Upstream's token version string; other values are rejected.
    static let version = "meta.k8s.io/v1"

    var v: String
    var rv: Int64
    /// `namespace/name` of the last item of the previous page; the next page starts after it.
    var start: String

    init(resourceVersion: Int64, after key: ObjectKey) {
        self.v = Self.version
        self.rv = resourceVersion
        self.start = key.namespace + "/" + key.name
    }

    /// The token as sent to clients.
    var encoded: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = (try? encoder.encode(self)) ?? Data()
        return json.base64EncodedString()
    }

    /// Reads a client's token; `invalidContinue` with upstream's wording when it is not one of ours.
    init(decoding text: String) throws(StoreError) {
        guard let json = Data(base64Encoded: text),
            let token = try? JSONDecoder().decode(ContinueToken.self, from: json)
        else {
            throw StoreError(.invalidContinue, "continue key is not valid: illegal base64 data or JSON")
        }
        guard token.v == Self.version else {
            throw StoreError(.invalidContinue, "continue key is not valid: server does not recognize this encoding")
        }
        guard token.rv > 0, token.start.contains("/") else {
            throw StoreError(.invalidContinue, "continue key is not valid: incorrect encoded start resourceVersion")
        }
        self = token
    }

    /// The namespace and name the previous page ended with.
    var startNamespaceAndName: (namespace: String, name: String) {
        let parts = start.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        let namespace = parts.first.map(String.init) ?? ""
        let name = parts.count > 1 ? String(parts[1]) : ""
        return (namespace, name)
    }
}
