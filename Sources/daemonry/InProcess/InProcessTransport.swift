import AsyncHTTPClient
import Hummingbird
import KubeAPIServer
import KubeClient
import Logging
import NIOCore
import ServiceLifecycle

/// The `KubeTransport` of `daemonry up`'s own components: each request is answered by the API server's
/// router in this process (`InProcessResponder`), with no TLS, HTTP parsing or sockets in between. It goes
/// through the same middlewares, authentication (the admin bearer token the client sends) and handlers as
/// an HTTPS request, so a client cannot tell the two apart except by speed.
///
/// Answers of known length (everything but watches) are produced and collected under the caller's task (in
/// a child that `RequestDeadlines` cancels when the request's deadline passes). A watch's body is written
/// for as long as the watch lasts, so that writing runs in this service's task group, into a
/// `ResponseBodyPipe` the client reads: it ends when the watch ends, when the client stops reading (the
/// handler is cancelled at once, as a closed connection cancels it over HTTPS), or on graceful shutdown of
/// this service, which the handler observes as it observes the HTTPS server's. A watch asked for after that
/// shutdown fails as a closed connection would.
struct InProcessTransport: KubeTransport, Service {
    /// A watch body waiting to be written.
    private struct Stream: Sendable {
        let body: ResponseBody
        let pipe: ResponseBodyPipe
    }

    private let responder: InProcessResponder
    private let deadlines = RequestDeadlines()
    private let streams: AsyncStream<Stream>
    private let newStreams: AsyncStream<Stream>.Continuation

    /// A transport answering through `responder`; watches stream once `run` runs.
    init(responder: InProcessResponder) {
        self.responder = responder
        (streams, newStreams) = AsyncStream<Stream>.makeStream()
    }

    func execute(_ request: HTTPClientRequest, deadline: NIODeadline, logger: Logger) async throws -> HTTPClientResponse {
        var body: ByteBuffer?
        if let requestBody = request.body {
            var collected = ByteBuffer()
            for try await chunk in requestBody { collected.writeImmutableBuffer(chunk) }
            body = collected
        }
        guard let serverRequest = Request(request, body: body) else { return HTTPClientResponse(status: .badRequest) }
        let (response, collected) = try await deadlines.run(
            until: deadline, onExpiry: { HTTPClientError.deadlineExceeded }
        ) { [responder] in
            let response = try await responder.respond(to: serverRequest)
            guard response.body.contentLength != nil else { return (response, nil as ByteBuffer?) }
            let collector = ResponseBodyCollector()
            try await response.body.write(collector)
            return (response, collector.body)
        }
        if let collected { return HTTPClientResponse(head: response, body: .bytes(collected)) }

        let pipe = ResponseBodyPipe()
        if case .terminated = newStreams.yield(Stream(body: response.body, pipe: pipe)) {
            // Shut down: the body will never be written, as a server that has closed its connection.
            throw HTTPClientError.remoteConnectionClosed
        }
        return HTTPClientResponse(head: response, body: .stream(pipe.chunks))
    }

    /// The server is the one in this process, which takes typed objects.
    var handsOverRequestObjects: Bool { true }

    /// Nothing to close: watch bodies end with `run`.
    func shutdown() async throws {}

    /// Writes watch bodies and enforces request deadlines until graceful shutdown, which ends the bodies
    /// still being written.
    func run() async throws {
        await withDiscardingTaskGroup { group in
            group.addTask { await deadlines.run() }
            await withGracefulShutdownHandler {
                await withDiscardingTaskGroup { group in
                    for await stream in streams {
                        group.addTask { await Self.write(stream) }
                    }
                }
            } onGracefulShutdown: {
                newStreams.finish()
            }
            group.cancelAll()
        }
    }

    /// Writes one body into its pipe until the handler ends or the reader goes away, whichever is first.
    private static func write(_ stream: Stream) async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                do {
                    try await stream.body.write(stream.pipe.writer)
                    stream.pipe.finish()
                } catch {
                    stream.pipe.finish(throwing: error)
                }
            }
            group.addTask {
                await stream.pipe.readerGone()
            }
            await group.next()
            group.cancelAll()
        }
    }
}
