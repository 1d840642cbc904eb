import Foundation
import KubeModel

extension KubeconfigFile {
    /// Parses a kubeconfig (YAML or JSON, `apiVersion: v1`, `kind: Config`).
    ///
    /// `path` is the file the text came from: relative file paths inside resolve against its directory
    /// (against the working directory when nil), and errors name it. Empty text is an empty kubeconfig, as
    /// clientcmd's `Load` treats an empty file. Unknown fields (`preferences`, `extensions`) are ignored.
    public init(parsing text: String, path: String? = nil) throws(KubeClientError) {
        let documents: [JSONValue]
        do {
            documents = try ManifestReader.documents(from: text)
        } catch {
            throw KubeconfigParser.failure(path, error.message)
        }
        self.init()
        guard let document = documents.first else { return }
        let base = path.map { URL(fileURLWithPath: $0).deletingLastPathComponent().path }
        try KubeconfigParser(path: path, base: base).read(document, into: &self)
    }

    /// Reads and parses the kubeconfig file at `path`.
    public init(contentsOfFile path: String) throws(KubeClientError) {
        let text: String
        do {
            text = try LocalFile.readText(path)
        } catch {
            throw KubeconfigParser.failure(path, error.description)
        }
        try self.init(parsing: text, path: path)
    }
}

/// Walks the JSON tree of a kubeconfig, naming the exact field (`users[0].user.client-key-data`) in
/// every error, and turning relative paths absolute.
private struct KubeconfigParser {
    /// The file being read, for messages.
    let path: String?
    /// The directory relative paths resolve against; nil for the working directory.
    let base: String?

    /// `error loading config file "PATH": DETAIL`, clientcmd's wording.
    static func failure(_ path: String?, _ detail: String) -> KubeClientError {
        let prefix = path.map { "error loading config file \"\($0)\": " } ?? "error loading kubeconfig: "
        return KubeClientError(.configuration, prefix + detail)
    }

    func read(_ document: JSONValue, into file: inout KubeconfigFile) throws(KubeClientError) {
        guard case .object(let root) = document else { throw fail("", "expected an object") }
        file.currentContext = try string(root, "current-context", at: "") ?? ""
        for (index, name, body) in try namedEntries(root, list: "clusters", entry: "cluster") {
            if file.clusters[name] != nil { throw fail("clusters", "duplicate name \"\(name)\"") }
            file.clusters[name] = try cluster(body, at: "clusters[\(index)].cluster")
        }
        for (index, name, body) in try namedEntries(root, list: "users", entry: "user") {
            if file.users[name] != nil { throw fail("users", "duplicate name \"\(name)\"") }
            file.users[name] = try authInfo(body, at: "users[\(index)].user")
        }
        for (index, name, body) in try namedEntries(root, list: "contexts", entry: "context") {
            if file.contexts[name] != nil { throw fail("contexts", "duplicate name \"\(name)\"") }
            file.contexts[name] = try context(body, at: "contexts[\(index)].context")
        }
    }

    private func cluster(_ body: JSONObject, at field: String) throws(KubeClientError) -> KubeconfigFile.Cluster {
        var cluster = KubeconfigFile.Cluster()
        cluster.server = try string(body, "server", at: field) ?? ""
        cluster.certificateAuthority = try filePath(body, "certificate-authority", at: field)
        cluster.certificateAuthorityData = try base64(body, "certificate-authority-data", at: field)
        cluster.insecureSkipTLSVerify = try bool(body, "insecure-skip-tls-verify", at: field) ?? false
        cluster.tlsServerName = try string(body, "tls-server-name", at: field) ?? ""
        cluster.proxyURL = try string(body, "proxy-url", at: field) ?? ""
        return cluster
    }

    /// Credential fields clientcmd understands that this client does not implement.
    private static let unsupportedUserFields = [
        "exec", "auth-provider", "username", "password", "as", "as-uid", "as-groups", "as-user-extra",
    ]

    private func authInfo(_ body: JSONObject, at field: String) throws(KubeClientError) -> KubeconfigFile.AuthInfo {
        var user = KubeconfigFile.AuthInfo()
        user.clientCertificate = try filePath(body, "client-certificate", at: field)
        user.clientCertificateData = try base64(body, "client-certificate-data", at: field)
        user.clientKey = try filePath(body, "client-key", at: field)
        user.clientKeyData = try base64(body, "client-key-data", at: field)
        user.token = try string(body, "token", at: field).flatMap { $0.isEmpty ? nil : $0 }
        user.tokenFile = try filePath(body, "tokenFile", at: field)
        user.unsupportedFields = Self.unsupportedUserFields.filter { name in
            switch body[name] {
            case nil, .null: false
            case .string(let value): !value.isEmpty
            case .array(let items): !items.isEmpty
            case .object(let members): !members.isEmpty
            default: true
            }
        }
        return user
    }

    private func context(_ body: JSONObject, at field: String) throws(KubeClientError) -> KubeconfigFile.Context {
        KubeconfigFile.Context(
            cluster: try string(body, "cluster", at: field) ?? "",
            user: try string(body, "user", at: field) ?? "",
            namespace: try string(body, "namespace", at: field) ?? "")
    }

    // MARK: Fields

    /// The `(index, name, body)` of each `{name: ..., ENTRY: {...}}` item of `root[list]`.
    private func namedEntries(
        _ root: JSONObject, list: String, entry: String
    ) throws(KubeClientError) -> [(Int, String, JSONObject)] {
        switch root[list] {
        case nil, .null:
            return []
        case .array(let items):
            var entries: [(Int, String, JSONObject)] = []
            for (index, item) in items.enumerated() {
                guard case .object(let members) = item else {
                    throw fail("\(list)[\(index)]", "expected an object, found \(ManifestReader.describe(item))")
                }
                let name = try string(members, "name", at: "\(list)[\(index)]") ?? ""
                switch members[entry] {
                case nil, .null:
                    entries.append((index, name, [:]))
                case .object(let body):
                    entries.append((index, name, body))
                case .some(let other):
                    throw fail("\(list)[\(index)].\(entry)", "expected an object, found \(ManifestReader.describe(other))")
                }
            }
            return entries
        case .some(let other):
            throw fail(list, "expected a list, found \(ManifestReader.describe(other))")
        }
    }

    private func string(_ object: JSONObject, _ key: String, at field: String) throws(KubeClientError) -> String? {
        switch object[key] {
        case nil, .null: return nil
        case .string(let value): return value
        case .some(let other):
            throw fail(join(field, key), "expected a string, found \(ManifestReader.describe(other))")
        }
    }

    private func bool(_ object: JSONObject, _ key: String, at field: String) throws(KubeClientError) -> Bool? {
        switch object[key] {
        case nil, .null: return nil
        case .bool(let value): return value
        case .some(let other):
            throw fail(join(field, key), "expected a boolean, found \(ManifestReader.describe(other))")
        }
    }

    /// A `-data` field: base64 as Go's `[]byte` JSON encoding writes it (line breaks tolerated, as Go's
    /// decoder skips them).
    private func base64(_ object: JSONObject, _ key: String, at field: String) throws(KubeClientError) -> [UInt8]? {
        guard let text = try string(object, key, at: field), !text.isEmpty else { return nil }
        let compact = text.filter { !$0.isWhitespace }
        guard let data = Data(base64Encoded: compact) else {
            throw fail(join(field, key), "illegal base64 data")
        }
        return [UInt8](data)
    }

    /// A file path field, made absolute against the kubeconfig's directory.
    private func filePath(_ object: JSONObject, _ key: String, at field: String) throws(KubeClientError) -> String? {
        guard let path = try string(object, key, at: field), !path.isEmpty else { return nil }
        if path.hasPrefix("/") { return path }
        let directory = base ?? FileManager.default.currentDirectoryPath
        return URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: directory, isDirectory: true))
            .standardizedFileURL.path
    }

    private func join(_ field: String, _ key: String) -> String {
        field.isEmpty ? key : field + "." + key
    }

    private func fail(_ field: String, _ detail: String) -> KubeClientError {
        Self.failure(path, field.isEmpty ? detail : "\(field): \(detail)")
    }
}
