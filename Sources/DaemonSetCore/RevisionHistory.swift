import Foundation
import KubeModel

/// ControllerRevision data, hashing and naming for DaemonSet templates (upstream `getPatch`, `Match`,
/// `ComputeHash`, `snapshot`).
public enum RevisionHistory {
    /// The revision data of a DaemonSet: `{"spec":{"template":{...,"$patch":"replace"}}}`, a strategic-merge
    /// patch that restores the template. Compared by value with stored revisions, which is what upstream's
    /// byte comparison of Go's sorted-key JSON amounts to.
    public static func patch(for daemonSet: DaemonSet) throws -> JSONValue {
        guard case .object(var template) = try daemonSet.spec.template.jsonValue() else {
            throw RevisionHistoryError(message: "pod template did not encode as an object")
        }
        template["$patch"] = "replace"
        return .object(["spec": .object(["template": .object(template)])])
    }

    /// `ComputeHash`: FNV-1a (32 bit) over the template's canonical JSON, then the collision count as
    /// eight bytes, written in upstream's safe alphabet so it can be a name suffix and label value.
    public static func hash(of template: PodTemplateSpec, collisionCount: Int32?) throws -> String {
        var bytes = try template.jsonValue().canonicalBytes
        if let count = collisionCount {
            let value = UInt32(bitPattern: count)
            bytes += [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24), 0, 0, 0, 0]
        }
        return safeEncode(String(fnv1a32(bytes)))
    }

    /// FNV-1a, 32 bit.
    static func fnv1a32(_ bytes: [UInt8]) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in bytes {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        return hash
    }

    /// `rand.SafeEncodeString`: maps each character into an alphabet without vowels or confusable digits.
    static func safeEncode(_ text: String) -> String {
        let alphabet = Array("bcdfghjklmnpqrstvwxz2456789")
        return String(text.utf8.map { alphabet[Int($0) % alphabet.count] })
    }

    /// The revision to create when no stored revision matches the template.
    public static func snapshot(
        of daemonSet: DaemonSet, revision: Int64, patch: JSONValue
    ) throws -> ControllerRevision {
        let hash = try hash(of: daemonSet.spec.template, collisionCount: daemonSet.status.collisionCount)
        var history = ControllerRevision()
        history.metadata.name = daemonSet.metadata.name + "-" + hash
        history.metadata.namespace = daemonSet.metadata.namespace
        history.metadata.labels = daemonSet.spec.template.metadata.labels
        history.metadata.labels[DaemonSetKeys.controllerRevisionHash] = hash
        history.metadata.annotations = daemonSet.metadata.annotations
        history.metadata.ownerReferences = [ControllerRef.of(daemonSet)]
        history.data = patch
        history.revision = revision
        return history
    }

    /// What to do when creating the snapshot found its name taken (`snapshot`'s AlreadyExists branch):
    /// the existing revision is ours if its data matches; otherwise it is a hash collision and
    /// `status.collisionCount` must be raised from the live DaemonSet's value before retrying.
    public static func resolveNameClash(
        existing: ControllerRevision, patch: JSONValue, liveCollisionCount: Int32?
    ) -> NameClashResolution {
        if existing.data == patch { return .useExisting(existing) }
        return .bumpCollisionCount(to: (liveCollisionCount ?? 0) &+ 1)
    }
}

/// The outcome of a revision name clash.
public enum NameClashResolution: Sendable, Hashable {
    /// The revision already there is the current one (we created it earlier).
    case useExisting(ControllerRevision)
    /// A different template owns the name: write this collision count to status and retry.
    case bumpCollisionCount(to: Int32)
}

/// A revision that could not be computed.
public struct RevisionHistoryError: Error, Sendable, Hashable {
    public var message: String
}
