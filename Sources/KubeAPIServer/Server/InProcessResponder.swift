import Hummingbird
import Logging

/// Answers API requests without a connection, for components running in the server's process: the request
/// goes through exactly the router and middleware chain the HTTPS server runs (`Status` errors,
/// authentication, routes), only without TLS, HTTP parsing and sockets.
///
/// Authentication is the server's own: a request must carry a credential the authenticator accepts (the
/// admin bearer token, `ClusterPKI.token`), or it gets a 401 `Status`. Nothing reachable from the network
/// leads here; it is a value the embedding process holds.
///
/// A watch's response body is written by its handler for as long as the watch lasts: whoever writes it
/// out must cancel that writing once the client goes away (over HTTPS, a closed connection does it).
public struct InProcessResponder: Sendable {
    private let responder: RouterResponder<APIRequestContext>
    private let logger: Logger

    init(responder: RouterResponder<APIRequestContext>, logger: Logger) {
        self.responder = responder
        self.logger = logger
    }

    /// The server's response to `request`; its body may still be being written (a watch).
    public func respond(to request: Request) async throws -> Response {
        try await responder.respond(to: request, context: APIRequestContext(inProcessLogger: logger))
    }
}
