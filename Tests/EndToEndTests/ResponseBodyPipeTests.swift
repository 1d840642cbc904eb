import NIOCore
import Testing

@testable import daemonry

/// The bounded pipe an in-process watch body streams through.
@Suite struct ResponseBodyPipeTests {
    struct Failure: Error, Equatable {}

    @Test func deliversEveryChunkInOrderThroughASmallBuffer() async throws {
        let pipe = ResponseBodyPipe(capacity: 4)
        let chunks = pipe.chunks
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                let writer = pipe.writer
                for index in 0..<100 { try await writer.write(ByteBuffer(string: "\(index)\n")) }
                try await writer.finish(nil)
            }
            var received: [String] = []
            for try await chunk in chunks { received.append(String(buffer: chunk)) }
            #expect(received == (0..<100).map { "\($0)\n" })
            try await group.waitForAll()
        }
    }

    @Test func aWriterFailureReachesTheReaderAfterTheBufferedChunks() async throws {
        let pipe = ResponseBodyPipe(capacity: 4)
        let writer = pipe.writer
        try await writer.write(ByteBuffer(string: "a"))
        pipe.finish(throwing: Failure())
        var iterator = pipe.chunks.makeAsyncIterator()
        #expect(try await iterator.next().map { String(buffer: $0) } == "a")
        await #expect(throws: Failure.self) { try await iterator.next() }
    }

    @Test func aReaderGoingAwayFailsTheWaitingWriterAndSignalsIt() async throws {
        let pipe = ResponseBodyPipe(capacity: 2)
        try await withThrowingTaskGroup(of: Int.self) { group in
            group.addTask {
                let writer = pipe.writer
                var written = 0
                do {
                    while true {
                        try await writer.write(ByteBuffer(string: "x"))
                        written += 1
                    }
                } catch {
                    #expect(error is CancellationError)
                }
                return written
            }
            do {
                // Read one chunk, then drop the sequence and its iterator.
                var iterator = pipe.chunks.makeAsyncIterator()
                _ = try await iterator.next()
            }
            await pipe.readerGone()
            let written = try await group.next()
            #expect((written ?? 0) >= 1)
        }
    }

    @Test func cancellingTheReaderEndsTheBody() async throws {
        let pipe = ResponseBodyPipe()
        let chunks = pipe.chunks
        await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                for try await _ in chunks {}
            }
            group.cancelAll()
            await pipe.readerGone()
            await #expect(throws: CancellationError.self) { try await group.next() }
        }
        let writer = pipe.writer
        await #expect(throws: CancellationError.self) { try await writer.write(ByteBuffer(string: "late")) }
    }
}
