import Foundation
import KubeModel
import Testing
@testable import KubeAPIServer

/// What a write other than an apply records in managedFields, without a server: the comparison and the update of
/// the entries. The end-to-end tests check the same through kubectl.
@Suite("managedFields of Update operations")
struct ManagedFieldsTests {
    private let time = Time(Date(timeIntervalSince1970: 1_767_225_600))  // 2026-01-01T00:00:00Z
    private let later = Time(Date(timeIntervalSince1970: 1_767_225_660))

    private var meta: PatchMeta {
        var meta = PatchSchema.standard.root(forKind: "DaemonSet")
        meta.matchesListMapKeys = true
        return meta
    }

    /// The DaemonSet a create compares with: Go's zero value, sections always written.
    private let zero = #"{"metadata":{"creationTimestamp":null},"spec":{"selector":null,"template":{"metadata":{"creationTimestamp":null},"spec":{"containers":null}},"updateStrategy":{}},"status":{"currentNumberScheduled":0,"numberMisscheduled":0,"desiredNumberScheduled":0,"numberReady":0}}"#

    private func daemonSet(image: String, labels: String = #"{"app":"agent"}"#, extra: String = "") -> String {
        #"{"metadata":{"name":"agent","labels":\#(labels)},"spec":{"selector":{"matchLabels":{"app":"agent"}},"template":{"metadata":{"labels":{"app":"agent"}},"spec":{"containers":[{"name":"agent","image":"\#(image)","ports":[{"containerPort":7946},{"containerPort":7946,"protocol":"UDP"}]}]\#(extra)}},"updateStrategy":{}},"status":{"currentNumberScheduled":0,"numberMisscheduled":0,"desiredNumberScheduled":0,"numberReady":0}}"#
    }

    private func changes(_ old: String, _ new: String) throws -> FieldChanges {
        FieldChanges(from: try #require(json(old).objectValue), to: try #require(json(new).objectValue), meta: meta)
            .excluding(ManagedFields.untracked)
    }

    private func fields(_ entry: ManagedFieldsEntry?) -> String {
        canonical(entry?.fieldsV1?.value ?? .null)
    }

    @Test func aCreateOwnsWhatItSetWithNodesItAddedMarked() throws {
        let entries = ManagedFields.update(
            [], with: try changes(zero, daemonSet(image: "agent:1")), manager: "kubectl-create", apiVersion: "apps/v1",
            subresource: "", time: time)
        let entry = try #require(entries.first)
        #expect(entries.count == 1)
        #expect(entry.manager == "kubectl-create")
        #expect(entry.operation == "Update")
        #expect(entry.apiVersion == "apps/v1")
        #expect(entry.fieldsType == "FieldsV1")
        #expect(entry.time == time)
        // Sections Go always writes (spec, template, containers: null) are not the creator's nodes; the labels
        // map, the container and its ports are, so they carry ".".
        let expected = try json(
            #"""
            {"f:metadata":{"f:labels":{".":{},"f:app":{}}},
             "f:spec":{"f:selector":{},"f:template":{"f:metadata":{"f:labels":{".":{},"f:app":{}}},
               "f:spec":{"f:containers":{"k:{\"name\":\"agent\"}":{".":{},"f:image":{},"f:name":{},
                 "f:ports":{".":{},
                   "k:{\"containerPort\":7946,\"protocol\":\"TCP\"}":{".":{},"f:containerPort":{}},
                   "k:{\"containerPort\":7946,\"protocol\":\"UDP\"}":{".":{},"f:containerPort":{},"f:protocol":{}}}}}}}}}
            """#)
        #expect(fields(entry) == canonical(expected))
    }

    /// The create fast path (`FieldChanges.createdFieldsV1`) gives what the comparison and the update give.
    @Test(arguments: [
        #"{"metadata":{"name":"agent","labels":{"app":"agent"}},"spec":{"selector":{"matchLabels":{"app":"agent"}},"template":{"metadata":{"labels":{"app":"agent"}},"spec":{"containers":[{"name":"agent","image":"agent:1","ports":[{"containerPort":7946},{"containerPort":7946,"protocol":"UDP"}]}]}},"updateStrategy":{}},"status":{"currentNumberScheduled":0,"numberMisscheduled":0,"desiredNumberScheduled":0,"numberReady":0}}"#,
        #"{"metadata":{"name":"agent","finalizers":["a","b"],"ownerReferences":[{"apiVersion":"v1","kind":"X","name":"x","uid":"u1"}],"annotations":{}},"spec":{"selector":null,"minReadySeconds":3,"template":{"metadata":{"creationTimestamp":null},"spec":{"containers":[{"name":"a","image":"i","env":[{"name":"E","value":"1"}]},{"name":"b","image":"j"}],"tolerations":[{"operator":"Exists"}],"volumes":[{"name":"v","hostPath":{"path":"/var/log"}}]}},"updateStrategy":{"type":"OnDelete"}},"status":{"currentNumberScheduled":1,"numberMisscheduled":0,"desiredNumberScheduled":0,"numberReady":0}}"#,
    ])
    func aCreatesFastPathAgreesWithTheComparison(created: String) throws {
        let simple = ManagedFields.update(
            [], with: try changes(zero, created), manager: "m", apiVersion: "apps/v1", subresource: "", time: time)
        let fast = FieldChanges.createdFieldsV1(
            zero: try #require(json(zero).objectValue), new: try #require(json(created).objectValue), meta: meta,
            excluded: ManagedFields.untracked)
        #expect(canonical(simple.first?.fieldsV1?.value ?? .object([:])) == canonical(.object(fast)))
        #expect(!fast.isEmpty)
    }

    @Test func anotherWriterTakesWhatItChangedAndTheCreatorKeepsTheRest() throws {
        let created = ManagedFields.update(
            [], with: try changes(zero, daemonSet(image: "agent:1")), manager: "kubectl-create", apiVersion: "apps/v1",
            subresource: "", time: time)
        let edited = ManagedFields.update(
            created, with: try changes(daemonSet(image: "agent:1"), daemonSet(image: "agent:2")), manager: "kubectl-set",
            apiVersion: "apps/v1", subresource: "", time: later)
        #expect(edited.map(\.manager) == ["kubectl-create", "kubectl-set"])
        #expect(
            fields(edited.last)
                == canonical(try json(#"{"f:spec":{"f:template":{"f:spec":{"f:containers":{"k:{\"name\":\"agent\"}":{"f:image":{}}}}}}}"#)))
        let creator = FieldSet(fieldsV1: edited.first?.fieldsV1?.value ?? .null)
        let image: FieldSet.Path = [
            .field("spec"), .field("template"), .field("spec"), .field("containers"), .key(#"{"name":"agent"}"#),
            .field("image"),
        ]
        #expect(!creator.members.contains(image))
        #expect(creator.members.contains(Array(image.dropLast()) + [.field("name")]))
        #expect(edited.first?.time == time, "the creator's time stays: it took nothing")
        #expect(edited.last?.time == later)
    }

    @Test func aWriterThatOwnsWhatItChangesOnlyMovesItsTime() throws {
        let first = ManagedFields.update(
            [], with: try changes(zero, daemonSet(image: "agent:1")), manager: "kubectl-create", apiVersion: "apps/v1",
            subresource: "", time: time)
        let second = ManagedFields.update(
            first, with: try changes(daemonSet(image: "agent:1"), daemonSet(image: "agent:2")),
            manager: "kubectl-create", apiVersion: "apps/v1", subresource: "", time: later)
        #expect(second.count == 1)
        #expect(second.first?.fieldsV1 == first.first?.fieldsV1)
        #expect(second.first?.time == later)
        // No change at all leaves the entries as they were, time included, so a no-op write stays a no-op.
        let again = ManagedFields.update(
            second, with: try changes(daemonSet(image: "agent:2"), daemonSet(image: "agent:2")),
            manager: "someone", apiVersion: "apps/v1", subresource: "", time: time)
        #expect(again == second)
    }

    @Test func removedFieldsLeaveEveryOwnerAndAnEmptyOwnerDisappears() throws {
        let created = ManagedFields.update(
            [], with: try changes(zero, daemonSet(image: "agent:1")), manager: "creator", apiVersion: "apps/v1",
            subresource: "", time: time)
        let labelled = ManagedFields.update(
            created,
            with: try changes(daemonSet(image: "agent:1"), daemonSet(image: "agent:1", labels: #"{"app":"agent","tier":"node"}"#)),
            manager: "labeller", apiVersion: "apps/v1", subresource: "", time: later)
        #expect(labelled.map(\.manager) == ["creator", "labeller"])
        let unlabelled = ManagedFields.update(
            labelled,
            with: try changes(daemonSet(image: "agent:1", labels: #"{"app":"agent","tier":"node"}"#), daemonSet(image: "agent:1")),
            manager: "creator", apiVersion: "apps/v1", subresource: "", time: later)
        #expect(unlabelled.map(\.manager) == ["creator"], "the labeller owned only the removed label")
    }

    @Test func aStatusWriteIsItsOwnEntryWithItsSubresource() throws {
        let created = ManagedFields.update(
            [], with: try changes(zero, daemonSet(image: "agent:1")), manager: "kubectl-create", apiVersion: "apps/v1",
            subresource: "", time: time)
        let withStatus = daemonSet(image: "agent:1").replacingOccurrences(of: #""numberReady":0"#, with: #""numberReady":3"#)
        let entries = ManagedFields.update(
            created, with: try changes(daemonSet(image: "agent:1"), withStatus), manager: "daemonry", apiVersion: "apps/v1",
            subresource: "status", time: later)
        #expect(entries.map(\.manager) == ["kubectl-create", "daemonry"])
        #expect(entries.last?.subresource == "status")
        #expect(fields(entries.last) == canonical(try json(#"{"f:status":{"f:numberReady":{}}}"#)))
    }

    @Test func entriesSortApplyFirstThenByTimeAndManager() {
        func entry(_ manager: String, _ operation: String, _ time: Time?) -> ManagedFieldsEntry {
            var entry = ManagedFieldsEntry()
            entry.manager = manager
            entry.operation = operation
            entry.time = time
            return entry
        }
        let sorted = ManagedFields.sorted([
            entry("b", "Update", later), entry("c", "Update", time), entry("z", "Apply", later), entry("a", "Update", later),
        ])
        #expect(sorted.map(\.manager) == ["z", "c", "a", "b"])
    }

    @Test func updateManagersPastTenMergeIntoAncientChanges() throws {
        var entries: [ManagedFieldsEntry] = []
        for index in 0..<12 {
            var entry = ManagedFieldsEntry()
            entry.manager = "writer-\(index)"
            entry.operation = "Update"
            entry.apiVersion = "apps/v1"
            entry.fieldsType = "FieldsV1"
            entry.time = Time(Date(timeIntervalSince1970: 1_767_225_600 + Double(index * 60)))
            entry.fieldsV1 = FieldsV1(try json(#"{"f:metadata":{"f:labels":{"f:l\#(index)":{}}}}"#))
            entries.append(entry)
        }
        let capped = ManagedFields.sorted(ManagedFields.capped(entries))
        #expect(capped.count == 10)
        let ancient = try #require(capped.first { $0.manager == ManagedFields.ancientChangesManager })
        // The three oldest are merged, stamped with the newest merged one's time.
        #expect(
            fields(ancient) == canonical(try json(#"{"f:metadata":{"f:labels":{"f:l0":{},"f:l1":{},"f:l2":{}}}}"#)))
        #expect(ancient.time == entries[2].time)
        #expect(!capped.contains { ["writer-0", "writer-1", "writer-2"].contains($0.manager) })
    }

    @Test func theManagerDefaultsToTheUserAgentsProduct() {
        #expect(ManagedFields.manager(fieldManager: "", userAgent: "kubectl/v1.32.0 (linux/amd64) kubernetes/abc") == "kubectl")
        #expect(ManagedFields.manager(fieldManager: "helm", userAgent: "Helm/3.14") == "helm")
        #expect(ManagedFields.manager(fieldManager: "", userAgent: nil) == "")
    }

    @Test func anEmptyListOrOneEmptyEntryAsksForAReset() throws {
        #expect(ManagedFields.isReset(try json("[]")))
        #expect(ManagedFields.isReset(try json("[{}]")))
        #expect(!ManagedFields.isReset(try json(#"[{"manager":"a"}]"#)))
        #expect(!ManagedFields.isReset(nil))
    }

    /// `daemonSet(image:)` stored with `entries` and, when given, client-side apply's annotation.
    private func live(image: String, entries: [ManagedFieldsEntry], lastApplied: String? = nil) throws -> String {
        guard case .object(var object) = try json(daemonSet(image: image)), case .object(var metadata)? = object["metadata"]
        else { throw CocoaError(.coderInvalidValue) }
        metadata["managedFields"] = .array(try entries.map { try JSONValue.parse($0.jsonData()) })
        if let lastApplied { metadata["annotations"] = ["kubectl.kubernetes.io/last-applied-configuration": .string(lastApplied)] }
        object["metadata"] = .object(metadata)
        return canonical(.object(object))
    }

    private func applied(_ image: String) -> String {
        """
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: agent}
        spec:
          template:
            spec:
              containers: [{name: agent, image: "\(image)"}]
        """
    }

    private func apply(_ image: String, onto live: String, manager: String) throws -> String {
        try patched(
            "application/apply-patch+yaml", applied(image), onto: live, kind: "DaemonSet",
            options: PatchApplier.Options(fieldManager: manager, apiVersion: "apps/v1", now: later.date))
    }

    @Test func anApplyConflictsWithTheUpdateManagerOfAField() throws {
        let entries = ManagedFields.update(
            [], with: try changes(zero, daemonSet(image: "agent:1")), manager: "kubectl-create", apiVersion: "apps/v1",
            subresource: "", time: time)
        let error = try #require(
            try patchError(
                "application/apply-patch+yaml", applied("agent:2"), onto: live(image: "agent:1", entries: entries),
                kind: "DaemonSet", options: PatchApplier.Options(fieldManager: "ops", apiVersion: "apps/v1", now: later.date)))
        #expect(error.status.code == 409)
        #expect(
            error.message
                == #"Apply failed with 1 conflict: conflict with "kubectl-create" using apps/v1: .spec.template.spec.containers[name="agent"].image"#)
        // The same value is shared ownership, not a conflict.
        let shared = try json(apply("agent:1", onto: live(image: "agent:1", entries: entries), manager: "ops"))
        #expect(shared["metadata"]?["managedFields"]?.arrayValue?.compactMap { $0["manager"]?.stringValue } == ["ops", "kubectl-create"])
    }

    @Test func kubectlsServerSideApplyTakesOverWhatClientSideApplySet() throws {
        let entries = ManagedFields.update(
            [], with: try changes(zero, daemonSet(image: "agent:1")), manager: ServerSideApply.clientSideApplyManager,
            apiVersion: "apps/v1", subresource: "", time: time)
        let lastApplied = #"{"apiVersion":"apps/v1","kind":"DaemonSet","metadata":{"name":"agent"},"spec":{"template":{"spec":{"containers":[{"name":"agent","image":"agent:1"}]}}}}"#
        let upgraded = try json(
            apply("agent:2", onto: live(image: "agent:1", entries: entries, lastApplied: lastApplied), manager: "kubectl"))
        #expect(upgraded["spec"]?["template"]?["spec"]?["containers"]?.arrayValue?.first?["image"] == "agent:2")
        // Any other manager still conflicts, and so does kubectl once the live value is not what was applied.
        #expect(
            try patchError(
                "application/apply-patch+yaml", applied("agent:2"),
                onto: live(image: "agent:1", entries: entries, lastApplied: lastApplied), kind: "DaemonSet",
                options: PatchApplier.Options(fieldManager: "ops", apiVersion: "apps/v1", now: later.date))?.status.code == 409)
        #expect(
            try patchError(
                "application/apply-patch+yaml", applied("agent:2"),
                onto: live(image: "agent:3", entries: entries, lastApplied: lastApplied), kind: "DaemonSet",
                options: PatchApplier.Options(fieldManager: "kubectl", apiVersion: "apps/v1", now: later.date))?.status.code == 409)
    }
}
