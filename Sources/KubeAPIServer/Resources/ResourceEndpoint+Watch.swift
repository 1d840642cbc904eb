import Foundation
import Hummingbird
import KubeModel
import KubeStore
import ServiceLifecycle

extension ResourceEndpoint {
    /// `?watch=true`: a chunked stream of newline-terminated `WatchEvent`s, flushed one by one.
    ///
    /// The stream ends when `timeoutSeconds` pass (absent: 30 to 60 minutes at random, upstream's
    /// `minRequestTimeout` jitter, to spread re-watches), when the client goes away, when the server shuts
    /// down, or when the watcher falls behind by more than its buffer (the client resumes from the last
    /// version it saw). A start version older than the retained history gets one `ERROR` event with the 410
    /// `Expired` status, which makes informers relist. With a Table `rendering` (`kubectl get -w`) each
    /// object is sent as a one-row Table, the first carrying the column definitions. An `inProcess` request
    /// has no connection to watch for closing: its caller cancels the body's writing when its client goes.
    func watch(
        _ request: Request, inProcess: Bool, namespace: String?, options: ListOptions, rendering: TableRendering?
    ) throws -> Response {
        let stream: WatchStream
        do {
            stream = try storage.watch(namespace: namespace, options: options)
        } catch {
            // Not `catch where`: with typed throws that form hangs the 6.3 compiler's AllocBoxToStack pass.
            guard error.code == .gone else { throw error }
            let event = WatchEventEncoder.eventLine(type: "ERROR", object: error.status.jsonBytes())
            return Response(
                status: .ok, headers: Self.watchHeaders, body: ResponseBody(byteBuffer: ByteBuffer(bytes: event)))
        }
        var seconds: Int64 = 1800 + Int64.random(in: 0..<1800)
        if let requested = options.timeoutSeconds, requested > 0 { seconds = requested }
        let timeout = Duration.seconds(seconds)
        let strategy = storage.strategy
        let encoder = WatchEventEncoder(info: info, rendering: rendering, now: storage.now, served: strategy.servedBytes)
        let body = ResponseBody { (writer: inout any ResponseBodyWriter) async throws -> Void in
            let output = WatchOutput(writer)
            await Self.pump(
                request, inProcess: inProcess, stream: stream, output: output, encoder: encoder, timeout: timeout)
            try? await output.writer.finish(nil)
        }
        return Response(status: .ok, headers: Self.watchHeaders, body: body)
    }

    /// Streams until the client goes away (its connection closes; in process, the caller cancels), the server
    /// shuts down, the timeout passes, or the store ends the watcher (too slow for its buffer, or closing).
    /// Whatever ends it, the response just ends: the client re-watches from the last version it saw.
    private static func pump(
        _ request: Request, inProcess: Bool, stream: WatchStream, output: WatchOutput, encoder: WatchEventEncoder,
        timeout: Duration
    ) async {
        let operation: @Sendable () async throws -> Void = {
            try await Self.stream(stream, to: output, encoder: encoder, timeout: timeout)
        }
        do {
            if inProcess {
                let _: Void = try await cancelWhenGracefulShutdown(operation)
                return
            }
            let _: Void = try await request.body.consumeWithCancellationOnInboundClose { (_: RequestBody) async throws -> Void in
                let _: Void = try await cancelWhenGracefulShutdown(operation)
            }
        } catch {
            return
        }
    }

    /// Writes events straight from the store's bounded stream (so a slow client slows its own watcher, which
    /// the store ends once its buffer is full) until the stream ends or `timeout` passes.
    private static func stream(
        _ stream: WatchStream, to output: WatchOutput, encoder: WatchEventEncoder, timeout: Duration
    ) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { () async throws -> Void in
                var encoder = encoder
                for try await event in stream {
                    let line: [UInt8] = try encoder.line(for: event)
                    try await output.writer.write(ByteBuffer(bytes: line))
                }
            }
            group.addTask { () async throws -> Void in
                try await Task.sleep(for: timeout)
            }
            _ = try await group.next()
            group.cancelAll()
        }
    }

    static var watchHeaders: HTTPFields {
        [.contentType: "application/json", .cacheControl: "no-cache, private"]
    }
}

/// The response writer of one watch, handed to the task that streams events.
///
/// `@unchecked Sendable`: exactly one task uses `writer` at a time — the streaming child task while it runs,
/// then the response body closure after that task has ended.
final class WatchOutput: @unchecked Sendable {
    var writer: any ResponseBodyWriter

    init(_ writer: any ResponseBodyWriter) {
        self.writer = writer
    }
}
