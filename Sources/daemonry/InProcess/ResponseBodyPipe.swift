import HTTPTypes
import Hummingbird
import NIOCore
import Synchronization

/// One response body on its way from the handler writing it (a watch) to the in-process client reading it.
///
/// Bounded, as a socket is: at most `capacity` chunks wait, a write beyond that suspends until the reader has
/// taken half of them. A reader that falls behind thus slows its watch handler down, and the store ends that
/// watcher once its own buffer is full, exactly as over HTTPS (the client then resumes or relists). The
/// reader going away (its task cancelled, its iterator and sequence dropped) fails the pending and later
/// writes and ends `readerGone()`, which is how the handler learns to stop.
final class ResponseBodyPipe: Sendable {
    /// Chunks buffered before a write waits: 64, a few socket buffers' worth of watch events, enough for a
    /// writer to run ahead of the reader without a context switch per event.
    static let defaultCapacity = 64

    private struct State {
        var chunks: [ByteBuffer] = []
        /// The reader waiting for a chunk.
        var reader: CheckedContinuation<ByteBuffer?, any Error>?
        /// The writer waiting for room.
        var writer: CheckedContinuation<Void, any Error>?
        /// How the writer ended: nil while it writes, then success or its error.
        var end: Result<Void, any Error>?
        var readerGone = false
    }

    private let capacity: Int
    private let state = Mutex(State())
    private let gone: AsyncStream<Void>
    private let goneContinuation: AsyncStream<Void>.Continuation

    /// An empty pipe.
    init(capacity: Int = ResponseBodyPipe.defaultCapacity) {
        self.capacity = max(2, capacity)
        (gone, goneContinuation) = AsyncStream<Void>.makeStream()
    }

    /// The writer side, for `ResponseBody.write`.
    var writer: Writer { Writer(pipe: self) }

    /// The reader side, for `HTTPClientResponse.Body.stream`: one iteration, as a response body.
    var chunks: Chunks { Chunks(reader: Reader(pipe: self)) }

    /// Returns once the reader has gone away, or when the calling task is cancelled.
    func readerGone() async {
        for await _ in gone {}
    }

    /// Ends the body after the buffered chunks: the reader gets them, then nil (or `error`). Only the first
    /// call counts.
    func finish(throwing error: (any Error)? = nil) {
        let reader = state.withLock { state -> CheckedContinuation<ByteBuffer?, any Error>? in
            guard state.end == nil else { return nil }
            state.end = error.map { .failure($0) } ?? .success(())
            defer { state.reader = nil }
            return state.reader
        }
        // A waiting reader means nothing is buffered.
        if let error {
            reader?.resume(throwing: error)
        } else {
            reader?.resume(returning: nil)
        }
    }

    // MARK: Writing

    private enum WriteOutcome {
        case handedOver(CheckedContinuation<ByteBuffer?, any Error>)
        case buffered
        case full
        case readerGone
    }

    fileprivate func write(_ chunk: ByteBuffer) async throws {
        let outcome = state.withLock { state -> WriteOutcome in
            if state.readerGone { return .readerGone }
            if let reader = state.reader {
                state.reader = nil
                return .handedOver(reader)
            }
            state.chunks.append(chunk)
            return state.chunks.count < capacity ? .buffered : .full
        }
        switch outcome {
        case .handedOver(let reader): reader.resume(returning: chunk)
        case .buffered: return
        case .full: try await waitForRoom()
        case .readerGone: throw CancellationError()
        }
    }

    private func waitForRoom() async throws {
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                // Checked under the lock: a cancellation seen here was flagged before `onCancel` could look
                // for the continuation; one not seen yet will find it stored.
                let ready: Result<Void, any Error>? = state.withLock { state in
                    if state.readerGone || Task.isCancelled { return .failure(CancellationError()) }
                    if state.chunks.count < capacity { return .success(()) }
                    state.writer = continuation
                    return nil
                }
                if let ready { continuation.resume(with: ready) }
            }
        } onCancel: {
            let writer = state.withLock { state in
                defer { state.writer = nil }
                return state.writer
            }
            writer?.resume(throwing: CancellationError())
        }
    }

    // MARK: Reading

    private enum ReadOutcome {
        case chunk(ByteBuffer, room: CheckedContinuation<Void, any Error>?)
        case end(Result<Void, any Error>)
        case readerGone
        case wait
    }

    fileprivate func next() async throws -> ByteBuffer? {
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<ByteBuffer?, any Error>) in
                let outcome = state.withLock { state -> ReadOutcome in
                    if state.readerGone { return .readerGone }
                    if !state.chunks.isEmpty {
                        let chunk = state.chunks.removeFirst()
                        // Wake a waiting writer only once half the room is free, not for every chunk.
                        guard state.chunks.count <= capacity / 2, let writer = state.writer else {
                            return .chunk(chunk, room: nil)
                        }
                        state.writer = nil
                        return .chunk(chunk, room: writer)
                    }
                    if let end = state.end { return .end(end) }
                    state.reader = continuation
                    return .wait
                }
                switch outcome {
                case .chunk(let chunk, let room):
                    room?.resume()
                    continuation.resume(returning: chunk)
                case .end(.success): continuation.resume(returning: nil)
                case .end(.failure(let error)): continuation.resume(throwing: error)
                case .readerGone: continuation.resume(throwing: CancellationError())
                case .wait: return
                }
            }
        } onCancel: {
            closeReader()
        }
    }

    /// The reader is gone for good: fail whoever waits, drop the buffer, tell `readerGone()`.
    fileprivate func closeReader() {
        let (reader, writer) = state.withLock { state in
            defer {
                state.readerGone = true
                state.reader = nil
                state.writer = nil
                state.chunks = []
            }
            return (state.reader, state.writer)
        }
        reader?.resume(throwing: CancellationError())
        writer?.resume(throwing: CancellationError())
        goneContinuation.finish()
    }

    /// Writes into the pipe; `finish` ends the body.
    struct Writer: ResponseBodyWriter {
        fileprivate let pipe: ResponseBodyPipe

        func write(_ buffer: ByteBuffer) async throws {
            try await pipe.write(buffer)
        }

        consuming func finish(_ trailingHeaders: HTTPFields?) async throws {
            pipe.finish()
        }
    }

    /// The reading end's lifetime: when the sequence and every iterator are gone, so is the reader.
    fileprivate final class Reader: Sendable {
        let pipe: ResponseBodyPipe

        init(pipe: ResponseBodyPipe) {
            self.pipe = pipe
        }

        deinit {
            pipe.closeReader()
        }
    }

    /// The body's chunks as the client reads them.
    struct Chunks: AsyncSequence, Sendable {
        typealias Element = ByteBuffer

        fileprivate let reader: Reader

        func makeAsyncIterator() -> Iterator {
            Iterator(reader: reader)
        }

        /// Takes the next chunk, waiting for the writer; nil once the body has ended.
        struct Iterator: AsyncIteratorProtocol {
            fileprivate let reader: Reader

            func next() async throws -> ByteBuffer? {
                try await reader.pipe.next()
            }
        }
    }
}
