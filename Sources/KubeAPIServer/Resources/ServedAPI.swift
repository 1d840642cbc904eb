import KubeModel
import Synchronization

/// The resources served right now: the built-in ones, fixed at start, and those of established
/// CustomResourceDefinitions, which come and go while the server runs. Routing, discovery and OpenAPI read it
/// on every request; the documents are built again, once, on the first request after a change.
public final class ServedAPI: Sendable {
    private struct State {
        var builtin: [any ResourceRequestHandler]
        var custom: [any ResourceRequestHandler] = []
        var customDefinitions: [String: JSONValue] = [:]
        var handlers: [String: [String: any ResourceRequestHandler]] = [:]
        /// Counts changes, so documents built from an older state are not kept.
        var generation = 0
        var discovery: DiscoveryDocuments?
        var openAPI: OpenAPIDocuments?
    }

    private let state: Mutex<State>
    /// The schemas of the built-in kinds.
    private let builtinDefinitions: [String: JSONValue]
    /// What `/api` tells clients the server's address is.
    private let serverAddress: String
    private let version: ServerVersion

    /// The API of `builtin` handlers, whose schemas are among `definitions`.
    public init(
        builtin: [any ResourceRequestHandler],
        definitions: [String: JSONValue] = BuiltinKinds.definitions,
        serverAddress: String = "", version: ServerVersion = .current
    ) {
        builtinDefinitions = definitions
        self.serverAddress = serverAddress
        self.version = version
        var initial = State(builtin: builtin)
        Self.index(&initial)
        state = Mutex(initial)
    }

    /// Serves one more built-in resource (the definitions' endpoint, which needs the API to exist first).
    func addBuiltin(_ handler: any ResourceRequestHandler) {
        state.withLock { state in
            state.builtin.append(handler)
            Self.changed(&state)
        }
    }

    /// The handlers of `groupVersion` (`apps/v1`, `v1`), if served.
    func handlers(groupVersion: String) -> [String: any ResourceRequestHandler]? {
        state.withLock { $0.handlers[groupVersion] }
    }

    /// Replaces the custom resources served (and the OpenAPI schemas of their kinds).
    func setCustom(_ handlers: [any ResourceRequestHandler], definitions: [String: JSONValue]) {
        state.withLock { state in
            state.custom = handlers
            state.customDefinitions = definitions
            Self.changed(&state)
        }
    }

    /// The discovery documents of what is served now.
    var discovery: DiscoveryDocuments {
        let (cached, generation, resources) = state.withLock {
            ($0.discovery, $0.generation, ($0.builtin + $0.custom).map(\.info))
        }
        if let cached { return cached }
        let documents = DiscoveryDocuments(resources: resources, serverAddress: serverAddress)
        // Kept only if nothing changed while it was built.
        state.withLock { if $0.generation == generation { $0.discovery = documents } }
        return documents
    }

    /// The OpenAPI documents of what is served now.
    var openAPI: OpenAPIDocuments {
        let (cached, generation, resources, custom) = state.withLock {
            ($0.openAPI, $0.generation, ($0.builtin + $0.custom).map(\.info), $0.customDefinitions)
        }
        if let cached { return cached }
        let definitions = builtinDefinitions.merging(custom) { builtin, _ in builtin }
        let documents = OpenAPIDocuments(resources: resources, definitions: definitions, serverVersion: version.gitVersion)
        state.withLock { if $0.generation == generation { $0.openAPI = documents } }
        return documents
    }

    /// What serves changed: the routing table again, the documents built anew when next asked for.
    private static func changed(_ state: inout State) {
        index(&state)
        state.generation += 1
        state.discovery = nil
        state.openAPI = nil
    }

    private static func index(_ state: inout State) {
        var table: [String: [String: any ResourceRequestHandler]] = [:]
        // A built-in resource is never shadowed by a custom one.
        for handler in state.custom + state.builtin {
            table[handler.info.groupVersion, default: [:]][handler.info.resource] = handler
        }
        state.handlers = table
    }
}
