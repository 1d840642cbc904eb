import KubeModel

/// `ValidateControllerRevision` / `ValidateControllerRevisionUpdate` from `pkg/apis/apps/validation`: a
/// namespaced DNS-subdomain name, `data` present and never changed, `revision` non-negative.
public enum ControllerRevisionValidation {
    /// A revision on create.
    public static func validate(_ revision: ControllerRevision) -> [StatusCause] {
        var causes = ObjectMetaValidation.validate(revision.metadata, namespaced: true, nameRule: .dnsSubdomain)
        if revision.data == .null {
            causes.append(.required("data", "data is mandatory"))
        }
        causes += ObjectMetaValidation.nonNegative(revision.revision, path: "revision")
        return causes
    }

    /// A revision on update: metadata update rules, the create rules, and `data` unchanged.
    public static func validateUpdate(_ revision: ControllerRevision, old: ControllerRevision) -> [StatusCause] {
        var causes = ObjectMetaValidation.validateUpdate(revision.metadata, old: old.metadata)
        causes += validate(revision)
        if revision.data != old.data {
            let raw = String(decoding: revision.data.canonicalBytes, as: UTF8.self)
            causes.append(.invalid("data", .rendered("runtime.RawExtension{Raw:" + raw + "}"), ObjectMetaValidation.immutableMessage))
        }
        return causes
    }
}
