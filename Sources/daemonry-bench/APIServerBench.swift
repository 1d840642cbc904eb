import ArgumentParser
import Foundation
import KubeClient
import KubeModel
import KubeTestSupport

/// `daemonry-bench apiserver`: the embedded API server over HTTPS with the real client, on a fresh
/// SQLite store in a temporary directory. Client and server share the machine's cores, as they do on a
/// one-machine cluster.
struct APIServerBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apiserver",
        abstract: "Pod creates/s (1 and 16 clients), list of 10,000 pods, watch fan-out, latency at a fixed mixed rate.")

    @Option(help: "Pods created by the single client.")
    var serialCreates = 2_000

    @Option(help: "Pods created by the concurrent clients together (the list scenario lists them).")
    var concurrentCreates = 10_000

    @Option(help: "Concurrent clients, each with its own connection pool.")
    var clients = 16

    @Option(help: "Watchers for the fan-out scenario.")
    var watchers = 100

    @Option(help: "Writes each watcher must see in the fan-out scenario.")
    var watchedWrites = 100

    @Option(help: "Requests per second of the mixed scenario.")
    var rate = 1_000

    @Option(help: "Seconds the mixed scenario runs.")
    var seconds = 10

    @Option(help: "Scenarios to run: creates, list, watch, mixed (default: all; list needs creates).")
    var scenarios: [String] = ["creates", "list", "watch", "mixed"]

    func run() async throws {
        try await withTemporaryDirectory { directory in
            try await withCluster(dataDirectory: directory) { cluster in
                let config = try RESTConfig.load(kubeconfig: cluster.server.listening.kubeconfigPath)
                var configuration = KubeClient.Configuration()
                configuration.qps = 0
                let report = Report()
                print("daemonry-bench apiserver: HTTPS on 127.0.0.1, SQLite in a temporary directory, "
                    + "\(ProcessInfo.processInfo.activeProcessorCount) cores shared by client and server")
                try await KubeClient.withClient(config: config, configuration: configuration) { client in
                    let scenarios = APIServerScenarios(client: client, config: config, configuration: configuration)
                    try await scenarios.createNamespaces(["bench-serial", "bench-concurrent", "bench-watch", "bench-mixed"])
                    let selected = Set(self.scenarios)
                    if selected.contains("creates") {
                        report.add(try await scenarios.creates(count: serialCreates, clients: 1, namespace: "bench-serial"))
                        report.add(
                            try await scenarios.creates(count: concurrentCreates, clients: clients, namespace: "bench-concurrent"))
                    }
                    if selected.contains("list") {
                        report.add(try await scenarios.list(namespace: "bench-concurrent", expected: concurrentCreates))
                    }
                    if selected.contains("watch") {
                        report.add(
                            try await scenarios.watchFanOut(watchers: watchers, writes: watchedWrites, namespace: "bench-watch"))
                    }
                    if selected.contains("mixed") {
                        report.add(try await scenarios.mixed(rate: rate, seconds: seconds, namespace: "bench-mixed"))
                    }
                }
                report.print()
            }
        }
    }
}

/// One line of the benchmark's table.
struct BenchRow: Sendable {
    var scenario: String
    var result: String
    var latency: String
    var target: String
}

/// The rows measured so far, printed as one table at the end.
final class Report: @unchecked Sendable {
    private var rows: [BenchRow] = []

    func add(_ row: BenchRow) {
        rows.append(row)
        // Progress: each scenario's line as soon as it is measured.
        FileHandle.standardError.write(Data("  \(row.scenario): \(row.result)\n".utf8))
    }

    func print() {
        let widths = [44, 30, 34]
        Swift.print(pad("scenario", widths[0]) + pad("result", widths[1]) + pad("latency", widths[2]) + "target")
        for row in rows {
            Swift.print(pad(row.scenario, widths[0]) + pad(row.result, widths[1]) + pad(row.latency, widths[2]) + row.target)
        }
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}

/// Latencies in seconds, summarized.
struct Latencies: Sendable {
    var samples: [Double]

    func percentile(_ fraction: Double) -> Double {
        guard !samples.isEmpty else { return 0 }
        let sorted = samples.sorted()
        return sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]
    }

    var summary: String {
        String(format: "p50 %.1f ms, p99 %.1f ms", percentile(0.5) * 1000, percentile(0.99) * 1000)
    }
}

/// The scenarios, each returning its row.
struct APIServerScenarios: Sendable {
    let client: KubeClient
    let config: RESTConfig
    let configuration: KubeClient.Configuration

    static func pod(_ name: String, namespace: String) -> Pod {
        var pod = Pod()
        pod.metadata.name = name
        pod.metadata.namespace = namespace
        pod.metadata.labels = ["app": "bench"]
        var container = Container()
        container.name = "c"
        container.image = "registry.k8s.io/pause:3.10"
        pod.spec.containers = [container]
        return pod
    }

    func createNamespaces(_ names: [String]) async throws {
        for name in names {
            var namespace = Namespace()
            namespace.metadata.name = name
            _ = try await client.create(namespace)
        }
    }

    /// A pod's JSON body, encoded up front so the clients spend no time on JSON: what is measured is the
    /// server (and TLS and HTTP on both ends), as with a load generator.
    static func podBody(_ name: String, namespace: String) -> [UInt8] {
        pod(name, namespace: namespace).jsonBytes()
    }

    /// `count` pods created by `clients` clients in parallel, each with its own client (connection pool),
    /// sending pre-encoded bodies and not decoding the answers.
    func creates(count: Int, clients: Int, namespace: String) async throws -> BenchRow {
        let perClient = count / clients
        let bodiesByClient = (0..<clients).map { index in
            (0..<perClient).map { Self.podBody("p-\(index)-\($0)", namespace: namespace) }
        }
        let start = ContinuousClock.now
        let latencies = try await withThrowingTaskGroup(of: [Double].self) { group in
            for bodies in bodiesByClient {
                group.addTask {
                    try await KubeClient.withClient(config: config, configuration: configuration) { client in
                        let path = "/api/v1/namespaces/\(namespace)/pods"
                        var samples: [Double] = []
                        samples.reserveCapacity(perClient)
                        for body in bodies {
                            let began = ContinuousClock.now
                            _ = try await client.request(method: .POST, path: path, body: body)
                            samples.append((ContinuousClock.now - began).seconds)
                        }
                        return samples
                    }
                }
            }
            var all: [Double] = []
            for try await samples in group { all += samples }
            return all
        }
        let elapsed = (ContinuousClock.now - start).seconds
        let rate = Double(perClient * clients) / elapsed
        return BenchRow(
            scenario: "pod creates, \(clients) client\(clients == 1 ? "" : "s") (\(perClient * clients) pods)",
            result: String(format: "%.0f creates/s", rate),
            latency: Latencies(samples: latencies).summary,
            target: clients > 1 ? "≥ 2,000 creates/s, p99 < 50 ms" + (rate >= 2_000 ? " (met)" : " (not met)") : "")
    }

    /// One list of every pod in `namespace`: the raw response (server work and transfer), then the typed
    /// list a client decodes.
    func list(namespace: String, expected: Int) async throws -> BenchRow {
        var raw: [Double] = []
        var typed: [Double] = []
        var count = 0
        for _ in 0..<3 {
            let began = ContinuousClock.now
            let bytes = try await client.request(method: .GET, path: "/api/v1/namespaces/\(namespace)/pods")
            raw.append((ContinuousClock.now - began).seconds)
            let list = try KubeList<Pod>.decode(json: Data(bytes))
            typed.append((ContinuousClock.now - began).seconds)
            count = list.items.count
        }
        guard count == expected else { throw ValidationError("listed \(count) pods, expected \(expected)") }
        return BenchRow(
            scenario: "list \(count) pods (best of 3)",
            result: String(format: "%.0f ms", (raw.min() ?? 0) * 1000),
            latency: String(format: "with client decode %.0f ms", (typed.min() ?? 0) * 1000),
            target: "")
    }

    /// `watchers` watches on one namespace, then `writes` pod creates: the time from the first write until
    /// every watcher has seen every event (`watchers` × `writes` deliveries).
    func watchFanOut(watchers: Int, writes: Int, namespace: String) async throws -> BenchRow {
        let version = try await client.list(Pod.self, namespace: namespace, options: ListOptions(limit: 1)).metadata.resourceVersion
        // Each HTTP/1.1 watch holds a connection: the watchers get a pool of their own, the writes the shared one.
        var watchConfiguration = configuration
        watchConfiguration.maximumConnectionsPerHost = watchers
        let delivered = try await KubeClient.withClient(config: config, configuration: watchConfiguration) { watchClient in
            try await fanOut(watchClient, watchers: watchers, writes: writes, namespace: namespace, from: version)
        }
        return BenchRow(
            scenario: "\(watchers) watchers × \(writes) writes (\(watchers * writes) events)",
            result: String(format: "%.0f ms to deliver all", delivered.last * 1000),
            latency: String(
                format: "%.0f events/s (writes took %.0f ms)", Double(watchers * writes) / delivered.last,
                delivered.writes * 1000),
            target: "")
    }

    /// Opens the watches, writes once all are open, and returns when the writes ended and when the last
    /// watcher saw its last event, in seconds from the first write.
    private func fanOut(
        _ watchClient: KubeClient, watchers: Int, writes: Int, namespace: String, from version: String?
    ) async throws -> (writes: Double, last: Double) {
        let ready = Counter()
        let start = StartInstant()
        return try await withThrowingTaskGroup(of: Double.self) { group in
            for _ in 0..<watchers {
                group.addTask {
                    let stream = try await watchClient.watch(
                        Pod.self, namespace: namespace, options: ListOptions(resourceVersion: version, timeoutSeconds: 300))
                    ready.increment()
                    var seen = 0
                    for try await event in stream where event.type == WatchEventType.added.rawValue {
                        seen += 1
                        if seen == writes { break }
                    }
                    return start.elapsed
                }
            }
            while ready.value < watchers { try await Task.sleep(for: .milliseconds(10)) }
            start.begin()
            for index in 0..<writes {
                _ = try await client.create(Self.pod("w-\(index)", namespace: namespace))
            }
            let writesDone = start.elapsed
            var last = 0.0
            for try await finished in group { last = max(last, finished) }
            return (writesDone, last)
        }
    }

    /// An open-loop load of `rate` requests per second for `seconds`: 50 % get, 20 % list (limit 50),
    /// 20 % create, 10 % label patch (merge patch). Latency counts from each request's scheduled start, so a server that
    /// falls behind shows it (no coordinated omission).
    func mixed(rate: Int, seconds: Int, namespace: String) async throws -> BenchRow {
        for index in 0..<100 {
            _ = try await client.create(Self.pod("seed-\(index)", namespace: namespace))
        }
        let total = rate * seconds
        let tick = 10
        let perTick = max(1, rate * tick / 1000)
        let start = ContinuousClock.now
        let failures = Counter()
        let latencies = try await withThrowingTaskGroup(of: Double.self) { group in
            var issued = 0
            var tickIndex = 0
            while issued < total {
                let scheduled = start + .milliseconds(tickIndex * tick)
                try await Task.sleep(until: scheduled, clock: .continuous)
                for _ in 0..<perTick where issued < total {
                    let number = issued
                    issued += 1
                    group.addTask {
                        do {
                            try await mixedRequest(number, namespace: namespace)
                        } catch {
                            failures.increment()
                        }
                        return (ContinuousClock.now - scheduled).seconds
                    }
                }
                tickIndex += 1
            }
            var samples: [Double] = []
            for try await sample in group { samples.append(sample) }
            return samples
        }
        let elapsed = (ContinuousClock.now - start).seconds
        let p99 = Latencies(samples: latencies).percentile(0.99)
        return BenchRow(
            scenario: "mixed load at \(rate) req/s for \(seconds) s",
            result: String(format: "%.0f req/s achieved, %d failed", Double(total) / elapsed, failures.value),
            latency: Latencies(samples: latencies).summary,
            target: "p99 < 50 ms" + (p99 < 0.05 ? " (met)" : " (not met)"))
    }

    /// One request of the mix, sent raw and not decoded: the load generator must not be the bottleneck.
    private func mixedRequest(_ number: Int, namespace: String) async throws {
        let pods = "/api/v1/namespaces/\(namespace)/pods"
        switch number % 10 {
        case 0..<5:
            _ = try await client.request(method: .GET, path: pods + "/seed-\(number % 100)")
        case 5, 6:
            _ = try await client.request(method: .GET, path: pods, query: [("limit", "50")])
        case 7, 8:
            _ = try await client.request(method: .POST, path: pods, body: Self.podBody("m-\(number)", namespace: namespace))
        default:
            _ = try await client.request(
                method: .PATCH, path: pods + "/seed-\(number % 100)",
                body: Array(#"{"metadata":{"labels":{"round":"r\#(number)"}}}"#.utf8),
                contentType: "application/merge-patch+json")
        }
    }
}

/// A thread-safe counter for progress between tasks.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func increment() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}

/// A start instant set once, read by many tasks.
final class StartInstant: @unchecked Sendable {
    private let lock = NSLock()
    private var started = ContinuousClock.now

    func begin() { lock.withLock { started = ContinuousClock.now } }
    var elapsed: Double { lock.withLock { (ContinuousClock.now - started).seconds } }
}
