import KubeClient
import KubeModel
import Testing

/// The watch stream's line framing and event decoding, fed byte chunks as a socket would deliver them.
struct WatchEventParserTests {
    static func pod(_ name: String, resourceVersion: String) -> Pod {
        var pod = Pod()
        pod.metadata.name = name
        pod.metadata.namespace = "default"
        pod.metadata.resourceVersion = resourceVersion
        return pod
    }

    /// Three events as the server writes them: one JSON object per line.
    static let stream: [UInt8] = {
        var bytes: [UInt8] = []
        for event in [
            WatchEvent(type: "ADDED", object: pod("a", resourceVersion: "1")),
            WatchEvent(type: "MODIFIED", object: pod("a", resourceVersion: "2")),
            WatchEvent(type: "BOOKMARK", object: pod("", resourceVersion: "5")),
        ] {
            bytes += event.jsonBytes() + [UInt8(ascii: "\n")]
        }
        return bytes
    }()

    /// Feeds `chunks` in order, taking every event that completes, as `WatchStream` does.
    static func parse(_ chunks: [ArraySlice<UInt8>], maximum: Int = 1 << 20) throws(KubeClientError) -> [WatchEvent<Pod>] {
        var parser = WatchEventParser<Pod>(maximumEventBytes: maximum)
        var events: [WatchEvent<Pod>] = []
        for chunk in chunks {
            parser.append(chunk)
            while let event = try parser.next() { events.append(event) }
        }
        try parser.finish()
        return events
    }

    /// Splits the stream into chunks of `size` bytes.
    static func chunks(of size: Int) -> [ArraySlice<UInt8>] {
        stride(from: 0, to: stream.count, by: size).map { stream[$0..<min($0 + size, stream.count)] }
    }

    @Test(arguments: [1, 2, 7, 64, 100_000])
    func eventsSurviveAnyChunking(chunkSize: Int) throws {
        let events = try Self.parse(Self.chunks(of: chunkSize))
        #expect(events.map(\.type) == ["ADDED", "MODIFIED", "BOOKMARK"])
        #expect(events.map(\.object.metadata.resourceVersion) == ["1", "2", "5"])
        #expect(events[0].object.metadata.name == "a")
    }

    @Test func blankLinesAndCarriageReturnsAreTolerated() throws {
        let text = "\n" + String(decoding: Self.stream, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n\n")
        let events = try Self.parse([ArraySlice(text.utf8)])
        #expect(events.count == 3)
    }

    @Test func errorEventThrowsTheTypedStatusAfterTheEventsBeforeIt() throws {
        let expired = WatchEvent(
            type: "ERROR",
            object: Status(code: 410, reason: "Expired", message: "too old resource version: 1 (5)"))
        let bytes = Array(Self.stream.prefix(while: { $0 != UInt8(ascii: "\n") })) + [UInt8(ascii: "\n")]
            + expired.jsonBytes() + [UInt8(ascii: "\n")]
        var parser = WatchEventParser<Pod>()
        parser.append(bytes)
        #expect(try parser.next()?.type == "ADDED")
        do {
            let event = try parser.next()
            Issue.record("got \(String(describing: event))")
        } catch {
            #expect(error.code == .expired)
            #expect(error.isExpired)
            #expect(error.httpStatus == 410)
            #expect(error.message == "too old resource version: 1 (5)")
            #expect(error.status?.reason == "Expired")
        }
    }

    @Test(arguments: [
        ("{\"type\":\"ADDED\",\"object\":{\"metadata\":{\"name\":\"a\"}}}\n{not json}\n", KubeClientError.Code.decoding),
        ("{\"type\":\"ADDED\",\"object\":{\"metadata\":{\"name\":\"a\"}}}\n{\"type\":\"ADDED\"", .transport),
    ])
    func brokenStreamsFailWithACode(text: String, code: KubeClientError.Code) {
        do {
            let events = try Self.parse([ArraySlice(text.utf8)])
            Issue.record("parsed \(events)")
        } catch {
            #expect(error.code == code, "\(error)")
        }
    }

    @Test func anEndlessLineIsRefusedAtTheBound() {
        var parser = WatchEventParser<Pod>(maximumEventBytes: 64)
        parser.append(Array(repeating: UInt8(ascii: " "), count: 40))
        #expect(throws: Never.self) { try parser.next() }
        parser.append(Array(repeating: UInt8(ascii: " "), count: 40))
        #expect(throws: KubeClientError.self) { try parser.next() }
    }
}
