import Foundation
import KubeModel
import KubeTestSupport
import Testing

/// Core `v1` and `events.k8s.io/v1` events are one stored object in two shapes, as upstream keeps them.
@Suite("Events in both groups")
struct EventGroupsTests {
    static let newer = """
        apiVersion: events.k8s.io/v1
        kind: Event
        metadata: {name: probe.1, namespace: default}
        eventTime: "2026-12-07T21:00:00.000000Z"
        reportingController: example.net/prober
        reportingInstance: prober-1
        action: Probe
        reason: Unhealthy
        note: probe failed on node-0
        type: Warning
        regarding: {kind: Node, name: node-0, apiVersion: v1}
        """

    static let core = """
        apiVersion: v1
        kind: Event
        metadata: {name: web.1, namespace: default}
        involvedObject: {kind: Pod, name: web, namespace: default}
        reason: Started
        message: Started container web
        type: Normal
        count: 3
        source: {component: kubelet, host: node-1}
        """

    @Test func eitherGroupSeesWhatTheOtherWrites() async throws {
        try await withTemporaryDirectory { directory in
            try await withCluster(dataDirectory: directory) { cluster in
                let createdNewer = try await cluster.kubectl(["create", "-f", "-"], manifest: Self.newer)
                #expect(createdNewer.status == 0, "\(createdNewer)")
                let createdCore = try await cluster.kubectl(["create", "-f", "-"], manifest: Self.core)
                #expect(createdCore.status == 0, "\(createdCore)")

                // The newer event in the core shape.
                let asCore = try await cluster.kubectl([
                    "get", "events", "probe.1", "-o",
                    "jsonpath={.apiVersion} {.message} {.involvedObject.name} {.reportingComponent} {.action}",
                ])
                #expect(asCore.stdout == "v1 probe failed on node-0 node-0 example.net/prober Probe", "\(asCore)")
                // The core event in the newer shape: the deprecated fields carry what has no other place.
                let (status, body) = try await cluster.curl("/apis/events.k8s.io/v1/namespaces/default/events/web.1")
                #expect(status == 200, "\(body)")
                let event = try JSONValue.parse(Data(body.utf8))
                #expect(event["apiVersion"] == "events.k8s.io/v1")
                #expect(event["note"] == "Started container web" && event["regarding"]?["name"] == "web")
                #expect(event["deprecatedCount"] == 3 && event["deprecatedSource"]?["host"] == "node-1")

                // Both lists hold both, and kubectl events (core) shows them.
                let (_, newerList) = try await cluster.curl("/apis/events.k8s.io/v1/events")
                let names = try JSONValue.parse(Data(newerList.utf8))["items"]?.arrayValue?.compactMap { $0["metadata"]?["name"]?.stringValue }
                #expect(Set(names ?? []).isSuperset(of: ["probe.1", "web.1"]), "\(newerList)")
                let shown = try await cluster.kubectl(["events", "-n", "default"])
                #expect(shown.stdout.contains("probe failed on node-0") && shown.stdout.contains("Started container web"), "\(shown)")

                // A field selector on the core fields works in the newer group too.
                let (_, selected) = try await cluster.curl(
                    "/apis/events.k8s.io/v1/namespaces/default/events?fieldSelector=involvedObject.name%3Dweb")
                let selectedNames = try JSONValue.parse(Data(selected.utf8))["items"]?.arrayValue?.compactMap { $0["metadata"]?["name"]?.stringValue }
                #expect(selectedNames == ["web.1"], "\(selected)")

                // Deleted through one group, gone from both.
                let deleted = try await cluster.kubectl(["delete", "events.v1.events.k8s.io", "probe.1"])
                #expect(deleted.status == 0, "\(deleted)")
                let gone = try await cluster.kubectl(["get", "events", "probe.1"])
                #expect(gone.stderr.contains(#"events "probe.1" not found"#), "\(gone)")
            }
        }
    }
}
