import KubeModel

/// The body of `GET /version` (upstream's `version.Info`).
///
/// Its `minor` matters more than usual: the kubectl on PATH here is a dispatcher that runs the kubectl
/// binary whose minor version matches the server's (spec/kubectl.md §0), so the default, 1.32, picks
/// the kubectl every command in the spec was verified with.
public struct ServerVersion: APIModel, Hashable {
    /// The Kubernetes API version this server implements, as `/version` reports it (kubectl.md §1).
    public static let current: ServerVersion = {
        var version = ServerVersion()
        version.major = "1"
        version.minor = "32"
        version.gitVersion = "v1.32.0"
        version.gitCommit = "0"
        version.gitTreeState = "clean"
        version.buildDate = "2025-01-01T00:00:00Z"
        version.goVersion = "go1.23"
        version.compiler = "gc"
        #if arch(arm64)
        version.platform = "linux/arm64"
        #else
        version.platform = "linux/amd64"
        #endif
        return version
    }()

    /// "1".
    public var major = ""
    /// The minor version, e.g. "32"; kubectl's dispatcher chooses its binary by it.
    public var minor = ""
    /// A semantic version kubectl can parse, e.g. "v1.32.0".
    public var gitVersion = ""
    /// The source commit (we report "0": no Go build stamps one).
    public var gitCommit = ""
    /// "clean" or "dirty".
    public var gitTreeState = ""
    /// RFC 3339 build time.
    public var buildDate = ""
    /// Go version upstream was built with; kept for clients that print it.
    public var goVersion = ""
    /// "gc" upstream.
    public var compiler = ""
    /// `os/arch`.
    public var platform = ""
    /// Members a newer server version would add, kept verbatim.
    public var unknownFields: JSONObject = [:]

    /// An empty version; see `current`.
    public init() {}

    /// Field order and presence as upstream's `version.Info` (no `omitempty`).
    public static let schema = Schema<ServerVersion>([
        .field("major", \.major),
        .field("minor", \.minor),
        .field("gitVersion", \.gitVersion),
        .field("gitCommit", \.gitCommit),
        .field("gitTreeState", \.gitTreeState),
        .field("buildDate", \.buildDate),
        .field("goVersion", \.goVersion),
        .field("compiler", \.compiler),
        .field("platform", \.platform),
    ])
}
