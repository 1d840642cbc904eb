import Foundation
import KubeModel
import KubeTestSupport
import Testing

/// managedFields through real kubectl: creates, updates and patches record `Update` entries, and an apply by
/// another manager conflicts with them as against a real cluster.
@Suite("field ownership")
struct FieldOwnershipTests {
    private func settings(_ level: String) -> String {
        """
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: settings, namespace: default}
        data: {level: \(level)}
        """
    }

    private func managedFields(_ cluster: RunningCluster) async throws -> [JSONValue] {
        let got = try await cluster.kubectl(["get", "cm", "settings", "-o", "json", "--show-managed-fields"])
        #expect(got.status == 0, "\(got)")
        return try JSONValue.parse(Data(got.stdout.utf8))["metadata"]?["managedFields"].flatMap {
            if case .array(let items) = $0 { return items }
            return nil
        } ?? []
    }

    @Test func aCreateOwnsItsFieldsAndAnotherManagersApplyConflictsUntilForced() async throws {
        try await withTemporaryDirectory { directory in
            try await withCluster(dataDirectory: directory) { cluster in
                #expect(try await cluster.kubectl(["create", "-f", "-"], manifest: settings("info")).status == 0)
                let created = try await managedFields(cluster)
                #expect(created.count == 1)
                #expect(created.first?["manager"] == "kubectl-create")
                #expect(created.first?["operation"] == "Update")
                #expect(created.first?["apiVersion"] == "v1")
                #expect(created.first?["fieldsV1"] == ["f:data": [".": [:], "f:level": [:]]])

                let refused = try await cluster.kubectl(
                    ["apply", "--server-side", "--field-manager=ops", "-f", "-"], manifest: settings("debug"))
                #expect(refused.status != 0)
                #expect(
                    refused.stderr.contains(#"Apply failed with 1 conflict: conflict with "kubectl-create" using v1: .data.level"#),
                    "\(refused)")
                #expect(try await cluster.kubectl(["get", "cm", "settings", "-o", "jsonpath={.data.level}"]).stdout == "info")

                let forced = try await cluster.kubectl(
                    ["apply", "--server-side", "--field-manager=ops", "--force-conflicts", "-f", "-"], manifest: settings("debug"))
                #expect(forced.status == 0, "\(forced)")
                let after = try await managedFields(cluster)
                #expect(after.map { $0["manager"] } == ["ops", "kubectl-create"])
                #expect(after.first?["fieldsV1"] == ["f:data": ["f:level": [:]]])
                // The creator keeps the map it added, and loses the field it was forced off.
                #expect(after.last?["fieldsV1"] == ["f:data": [:]])

                // A patch is an Update by its manager, which now conflicts with the applier.
                let labelled = try await cluster.kubectl(["label", "cm", "settings", "tier=node"])
                #expect(labelled.status == 0, "\(labelled)")
                let managers = try await managedFields(cluster).map { $0["manager"] }
                #expect(managers == ["ops", "kubectl-create", "kubectl-label"])
            }
        }
    }

    @Test func kubectlsFirstServerSideApplyTakesOverFromClientSideApply() async throws {
        try await withTemporaryDirectory { directory in
            try await withCluster(dataDirectory: directory) { cluster in
                #expect(try await cluster.kubectl(["apply", "-f", "-"], manifest: settings("info")).status == 0)
                #expect(try await managedFields(cluster).first?["manager"] == "kubectl-client-side-apply")
                // Changing a field client-side apply set is no conflict for kubectl's own server-side apply.
                let upgraded = try await cluster.kubectl(["apply", "--server-side", "-f", "-"], manifest: settings("debug"))
                #expect(upgraded.status == 0, "\(upgraded)")
                #expect(try await cluster.kubectl(["get", "cm", "settings", "-o", "jsonpath={.data.level}"]).stdout == "debug")
                // The client-side record follows, so a later client-side apply starts from what was applied.
                let record = try await cluster.kubectl(
                    ["get", "cm", "settings", "-o", #"jsonpath={.metadata.annotations.kubectl\.kubernetes\.io/last-applied-configuration}"#])
                #expect(record.stdout.contains(#""data":{"level":"debug"}"#), "\(record)")
                // Another manager conflicts with kubectl's apply.
                let refused = try await cluster.kubectl(
                    ["apply", "--server-side", "--field-manager=ops", "-f", "-"], manifest: settings("trace"))
                #expect(refused.stderr.contains(#"conflict with "kubectl": .data.level"#), "\(refused)")
            }
        }
    }

    @Test func oneEmptyEntryClearsManagedFields() async throws {
        try await withTemporaryDirectory { directory in
            try await withCluster(dataDirectory: directory) { cluster in
                #expect(try await cluster.kubectl(["create", "-f", "-"], manifest: settings("info")).status == 0)
                let cleared = try await cluster.kubectl(
                    ["patch", "cm", "settings", "--type=merge", "-p", #"{"metadata":{"managedFields":[{}]}}"#])
                #expect(cleared.status == 0, "\(cleared)")
                #expect(try await managedFields(cluster).isEmpty)
                // A replace that leaves them out keeps what is stored: here, a new entry for what it changed.
                let replaced = try await cluster.kubectl(["replace", "-f", "-"], manifest: settings("debug"))
                #expect(replaced.status == 0, "\(replaced)")
                let entries = try await managedFields(cluster)
                #expect(entries.map { $0["manager"] } == ["kubectl-replace"])
                #expect(entries.first?["fieldsV1"] == ["f:data": ["f:level": [:]]])
            }
        }
    }
}
