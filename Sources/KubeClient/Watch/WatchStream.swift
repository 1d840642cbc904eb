import AsyncHTTPClient
import KubeModel
import NIOCore

/// The events of one watch request, read from its response as the consumer asks for them.
///
/// There is no task behind it: the body is read by whoever iterates, so the HTTP connection applies
/// backpressure to the server, and cancelling the iterating task (or dropping the iterator) closes the
/// connection. The sequence ends when the server ends the watch (`timeoutSeconds`, server shutdown);
/// an `ERROR` event throws its `KubeClientError` (`.expired`: relist) and ends it too.
public struct WatchStream<Object: TypedObject>: AsyncSequence, Sendable {
    /// The element: an `ADDED`, `MODIFIED`, `DELETED` or `BOOKMARK` event.
    public typealias Element = WatchEvent<Object>

    private let body: HTTPClientResponse.Body
    private let maximumEventBytes: Int
    private let recentObjects: RecentObjects?
    private let request: String

    /// A stream over `body`; `request` (`GET URL`) prefixes transport errors.
    init(body: HTTPClientResponse.Body, maximumEventBytes: Int, recentObjects: RecentObjects?, request: String) {
        self.body = body
        self.maximumEventBytes = maximumEventBytes
        self.recentObjects = recentObjects
        self.request = request
    }

    /// An iterator reading the response.
    public func makeAsyncIterator() -> Iterator {
        Iterator(
            chunks: body.makeAsyncIterator(), parser: WatchEventParser(maximumEventBytes: maximumEventBytes, recentObjects: recentObjects),
            request: request)
    }

    /// Reads chunks and hands out the events they complete, one at a time.
    public struct Iterator: AsyncIteratorProtocol {
        private var chunks: HTTPClientResponse.Body.AsyncIterator
        private var parser: WatchEventParser<Object>
        private let request: String
        private var finished = false

        init(chunks: HTTPClientResponse.Body.AsyncIterator, parser: WatchEventParser<Object>, request: String) {
            self.chunks = chunks
            self.parser = parser
            self.request = request
        }

        /// The next event, nil when the watch has ended; throws `KubeClientError` (or `CancellationError`).
        public mutating func next() async throws -> WatchEvent<Object>? {
            while !finished {
                do {
                    if let event = try parser.next() { return event }
                } catch {
                    finished = true
                    throw error
                }
                let chunk: ByteBuffer?
                do {
                    chunk = try await chunks.next()
                } catch {
                    finished = true
                    throw TransportFailure.error(error, request: request)
                }
                guard let chunk else {
                    finished = true
                    try parser.finish()
                    return nil
                }
                parser.append(chunk.readableBytesView)
            }
            return nil
        }
    }
}
