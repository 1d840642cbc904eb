import KubeModel

/// `ValidateObjectMeta` / `ValidateObjectMetaUpdate` (apimachinery plus core's extra finalizer rule) as causes
/// under `metadata.`: the rules every kind shares, parameterised by scope and name rule.
public enum ObjectMetaValidation {
    /// The finalizers Kubernetes itself defines, accepted without a domain prefix.
    public static let standardFinalizers: Set<String> = ["kubernetes", "orphan", "foregroundDeletion"]

    /// The error text upstream uses for any field that may not change.
    public static let immutableMessage = "field is immutable"

    /// Metadata on create. `namespaced` says whether the kind lives in a namespace (required) or not
    /// (forbidden). An empty name is accepted while `generateName` is set, since the name is generated from it.
    public static func validate(
        _ meta: ObjectMeta, namespaced: Bool, nameRule: NameValidation.NameRule, path: FieldPath = "metadata"
    ) -> [StatusCause] {
        var causes: [StatusCause] = []
        if !meta.generateName.isEmpty {
            causes += NameValidation.nameErrors(meta.generateName, rule: nameRule, prefix: true).map {
                .invalid(path.child("generateName"), .string(meta.generateName), $0)
            }
        }
        if meta.name.isEmpty {
            if meta.generateName.isEmpty {
                causes.append(.required(path.child("name"), "name or generateName is required"))
            }
        } else {
            causes += NameValidation.nameErrors(meta.name, rule: nameRule, prefix: false).map {
                .invalid(path.child("name"), .string(meta.name), $0)
            }
        }
        if namespaced {
            if meta.namespace.isEmpty {
                causes.append(.required(path.child("namespace")))
            } else {
                causes += NameValidation.nameErrors(meta.namespace, rule: .dnsLabel, prefix: false).map {
                    .invalid(path.child("namespace"), .string(meta.namespace), $0)
                }
            }
        } else if !meta.namespace.isEmpty {
            causes.append(.forbidden(path.child("namespace"), "not allowed on this type"))
        }
        causes += nonNegative(meta.generation, path: path.child("generation"))
        return causes + mutableFields(meta, path: path)
    }

    /// Metadata on update: immutable identity, no decreasing generation, no new finalizers once deleting,
    /// and the same label/annotation/owner/finalizer rules as on create.
    ///
    /// `resourceVersion` is not required here: DaemonSets, pods, nodes and namespaces allow unconditional
    /// updates, and the store fills in the current version before it validates.
    public static func validateUpdate(_ meta: ObjectMeta, old: ObjectMeta, path: FieldPath = "metadata")
        -> [StatusCause]
    {
        var causes: [StatusCause] = []
        if old.deletionTimestamp != nil {
            let added = Set(meta.finalizers).subtracting(old.finalizers).sorted(by: GoValue.precedes)
            if !added.isEmpty {
                causes.append(
                    .forbidden(
                        path.child("finalizers"),
                        "no new finalizers can be added if the object is being deleted, found new finalizers "
                            + GoValue.stringList(added).text))
            }
        }
        if meta.generation < old.generation {
            causes.append(.invalid(path.child("generation"), .int(meta.generation), "must not be decremented"))
        }
        if meta.name != old.name {
            causes.append(.invalid(path.child("name"), .string(meta.name), immutableMessage))
        }
        if meta.namespace != old.namespace {
            causes.append(.invalid(path.child("namespace"), .string(meta.namespace), immutableMessage))
        }
        if meta.uid != old.uid {
            causes.append(.invalid(path.child("uid"), .string(meta.uid), immutableMessage))
        }
        return causes + mutableFields(meta, path: path)
    }

    /// Labels, annotations, owner references and finalizers: checked on create and on every update.
    static func mutableFields(_ meta: ObjectMeta, path: FieldPath) -> [StatusCause] {
        var causes = LabelSelectorValidation.labels(meta.labels, path: path.child("labels"))
        causes += LabelSelectorValidation.annotations(meta.annotations, path: path.child("annotations"))
        causes += ownerReferences(meta.ownerReferences, path: path.child("ownerReferences"))
        causes += finalizers(meta.finalizers, path: path.child("finalizers"))
        return causes
    }

    /// `ValidateOwnerReferences`: apiVersion (with a version), kind, name and uid set; at most one controller.
    /// As upstream, the causes name the list, not the entry.
    public static func ownerReferences(_ references: [OwnerReference], path: FieldPath) -> [StatusCause] {
        var causes: [StatusCause] = []
        var firstController: String?
        for reference in references {
            if version(of: reference.apiVersion).isEmpty {
                causes.append(.invalid(path.child("apiVersion"), .string(reference.apiVersion), "version must not be empty"))
            }
            if reference.kind.isEmpty {
                causes.append(.invalid(path.child("kind"), .string(reference.kind), "must not be empty"))
            }
            if reference.name.isEmpty {
                causes.append(.invalid(path.child("name"), .string(reference.name), "must not be empty"))
            }
            if reference.uid.isEmpty {
                causes.append(.invalid(path.child("uid"), .string(reference.uid), "must not be empty"))
            }
            if reference.apiVersion == "v1" && reference.kind == "Event" {
                causes.append(
                    .invalid(path, .rendered(render(reference)), "/v1, Kind=Event is disallowed from being an owner"))
            }
            if reference.controller == true {
                let name = reference.kind + "/" + reference.name
                if let firstController {
                    causes.append(
                        .invalid(
                            path, .rendered("[]v1.OwnerReference{" + references.map(render).joined(separator: ", ") + "}"),
                            "Only one reference can have Controller set to true. Found \"true\" in references for "
                                + firstController + " and " + name))
                } else {
                    firstController = name
                }
            }
        }
        return causes
    }

    /// `ValidateFinalizers` plus core's `validateKubeFinalizerName`: qualified names; a name without a domain
    /// must be a standard finalizer; `orphan` and `foregroundDeletion` exclude each other.
    public static func finalizers(_ finalizers: [String], path: FieldPath) -> [StatusCause] {
        var causes: [StatusCause] = []
        for finalizer in finalizers {
            causes += LabelValidation.qualifiedNameErrors(finalizer).map { .invalid(path, .string(finalizer), $0) }
        }
        if finalizers.contains("orphan") && finalizers.contains("foregroundDeletion") {
            causes.append(
                .invalid(path, .stringList(finalizers), "finalizer orphan and foregroundDeletion cannot be both set"))
        }
        for (position, finalizer) in finalizers.enumerated()
        where !finalizer.contains("/") && !standardFinalizers.contains(finalizer) {
            causes.append(
                .invalid(
                    path.index(position), .string(finalizer),
                    "name is neither a standard finalizer name nor is it fully qualified"))
        }
        return causes
    }

    /// `ValidateNonnegativeField`.
    public static func nonNegative(_ value: Int64, path: FieldPath) -> [StatusCause] {
        value < 0 ? [.invalid(path, .int(value), "must be greater than or equal to 0")] : []
    }

    /// The version of an `apiVersion` as `schema.ParseGroupVersion` reads it ("" when it does not parse).
    static func version(of apiVersion: String) -> String {
        let parts = apiVersion.split(separator: "/", omittingEmptySubsequences: false)
        switch parts.count {
        case 1: return String(parts[0])
        case 2: return String(parts[1])
        default: return ""
        }
    }

    /// A `v1.OwnerReference` roughly as `%#v` prints it (pointers shown by value, since addresses mean nothing).
    static func render(_ reference: OwnerReference) -> String {
        func flag(_ value: Bool?) -> String { value.map { "&" + String($0) } ?? "(*bool)(nil)" }
        return "v1.OwnerReference{APIVersion:" + GoText.quote(reference.apiVersion) + ", Kind:"
            + GoText.quote(reference.kind) + ", Name:" + GoText.quote(reference.name) + ", UID:"
            + GoText.quote(reference.uid) + ", Controller:" + flag(reference.controller) + ", BlockOwnerDeletion:"
            + flag(reference.blockOwnerDeletion) + "}"
    }
}
