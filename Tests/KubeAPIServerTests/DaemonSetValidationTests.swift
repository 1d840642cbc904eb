import Foundation
import KubeModel
import Testing
@testable import KubeAPIServer

/// One mutation of a valid, defaulted DaemonSet and the causes upstream reports for it.
struct DaemonSetCase: Sendable, CustomStringConvertible {
    let description: String
    let mutate: @Sendable (inout DaemonSet) -> Void
    let expected: [String]
}

let subdomainMessage =
    "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start "
    + "and end with an alphanumeric character (e.g. 'example.com', regex used for validation is "
    + "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"
let labelMessage =
    "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end "
    + "with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is "
    + "'[a-z0-9]([-a-z0-9]*[a-z0-9])?')"
let percentMessage =
    "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used "
    + "for validation is '[0-9]+%')"
let mismatch = #"spec.template.metadata.labels: Invalid value: map[string]string{"app":"agent"}: `selector` does not match template `labels`"#

let daemonSetCases: [DaemonSetCase] = [
    DaemonSetCase(description: "valid", mutate: { _ in }, expected: []),
    DaemonSetCase(description: "no selector matches nothing", mutate: { $0.spec.selector = nil }, expected: [mismatch]),
    DaemonSetCase(
        description: "selector does not match the template",
        mutate: { $0.spec.selector = LabelSelector(matchLabels: ["app": "other"]) }, expected: [mismatch]),
    DaemonSetCase(
        description: "template without labels",
        mutate: {
            $0.spec.template.metadata.labels = [:]
        },
        expected: [
            "spec.template.metadata.labels: Invalid value: map[string]string(nil): `selector` does not match template `labels`"
        ]),
    DaemonSetCase(
        description: "empty selector", mutate: { $0.spec.selector = LabelSelector() },
        expected: [
            "spec.selector: Invalid value: &LabelSelector{MatchLabels:map[string]string{},MatchExpressions:[]LabelSelectorRequirement{},}: empty selector is invalid for daemonset"
        ]),
    DaemonSetCase(
        description: "unknown selector operator",
        mutate: {
            $0.spec.selector = LabelSelector(
                matchLabels: [:], matchExpressions: [LabelSelectorRequirement(key: "app", operator: "Foo")])
        },
        expected: [#"spec.selector.matchExpressions[0].operator: Invalid value: "Foo": not a valid selector operator"#]),
    DaemonSetCase(
        description: "In without values",
        mutate: {
            $0.spec.selector = LabelSelector(
                matchLabels: ["app": "agent"], matchExpressions: [LabelSelectorRequirement(key: "tier", operator: "In")])
        },
        expected: [
            "spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'"
        ]),
    DaemonSetCase(
        description: "restartPolicy Never",
        mutate: { $0.spec.template.spec.restartPolicy = "Never" },
        expected: [#"spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always""#]),
    DaemonSetCase(
        description: "unknown restartPolicy fails both checks",
        mutate: { $0.spec.template.spec.restartPolicy = "Sometimes" },
        expected: [
            #"spec.template.spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never""#,
            #"spec.template.spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always""#,
        ]),
    DaemonSetCase(
        description: "activeDeadlineSeconds",
        mutate: { $0.spec.template.spec.activeDeadlineSeconds = 30 },
        expected: ["spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in DaemonSet is not Supported"]),
    DaemonSetCase(
        description: "negative minReadySeconds", mutate: { $0.spec.minReadySeconds = -1 },
        expected: ["spec.minReadySeconds: Invalid value: -1: must be greater than or equal to 0"]),
    DaemonSetCase(
        description: "negative revisionHistoryLimit", mutate: { $0.spec.revisionHistoryLimit = -1 },
        expected: ["spec.revisionHistoryLimit: Invalid value: -1: must be greater than or equal to 0"]),
    DaemonSetCase(description: "revisionHistoryLimit 0", mutate: { $0.spec.revisionHistoryLimit = 0 }, expected: []),
    DaemonSetCase(
        description: "unknown update strategy",
        mutate: { $0.spec.updateStrategy = DaemonSetUpdateStrategy(type: "Foo") },
        expected: [#"spec.updateStrategy.type: Unsupported value: "Foo": supported values: "OnDelete", "RollingUpdate""#]),
    DaemonSetCase(
        description: "OnDelete ignores a leftover rollingUpdate",
        mutate: {
            $0.spec.updateStrategy = DaemonSetUpdateStrategy(
                type: "OnDelete", rollingUpdate: RollingUpdateDaemonSet(maxUnavailable: 0, maxSurge: 0))
        }, expected: []),
    DaemonSetCase(
        description: "RollingUpdate without rollingUpdate",
        mutate: { $0.spec.updateStrategy = DaemonSetUpdateStrategy(type: "RollingUpdate") },
        expected: ["spec.updateStrategy.rollingUpdate: Required value"]),
    DaemonSetCase(
        description: "both budgets non-zero",
        mutate: { $0.spec.updateStrategy.rollingUpdate = RollingUpdateDaemonSet(maxUnavailable: 1, maxSurge: 1) },
        expected: ["spec.updateStrategy.rollingUpdate.maxSurge: Invalid value: 1: may not be set when maxUnavailable is non-zero"]),
    DaemonSetCase(
        description: "both budgets zero",
        mutate: { $0.spec.updateStrategy.rollingUpdate = RollingUpdateDaemonSet(maxUnavailable: 0, maxSurge: 0) },
        expected: ["spec.updateStrategy.rollingUpdate.maxUnavailable: Required value: cannot be 0 when maxSurge is 0"]),
    DaemonSetCase(
        description: "0% counts as zero",
        mutate: { $0.spec.updateStrategy.rollingUpdate = RollingUpdateDaemonSet(maxUnavailable: "0%", maxSurge: 0) },
        expected: ["spec.updateStrategy.rollingUpdate.maxUnavailable: Required value: cannot be 0 when maxSurge is 0"]),
    DaemonSetCase(
        description: "surge only",
        mutate: { $0.spec.updateStrategy.rollingUpdate = RollingUpdateDaemonSet(maxUnavailable: 0, maxSurge: "10%") },
        expected: []),
    DaemonSetCase(
        description: "more than 100%",
        mutate: { $0.spec.updateStrategy.rollingUpdate = RollingUpdateDaemonSet(maxUnavailable: "110%", maxSurge: 0) },
        expected: ["spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value: 110%: must not be greater than 100%"]),
    DaemonSetCase(
        description: "negative budget",
        mutate: { $0.spec.updateStrategy.rollingUpdate = RollingUpdateDaemonSet(maxUnavailable: -1, maxSurge: 0) },
        expected: ["spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value: -1: must be greater than or equal to 0"]),
    DaemonSetCase(
        description: "budget neither int nor percentage",
        mutate: { $0.spec.updateStrategy.rollingUpdate = RollingUpdateDaemonSet(maxUnavailable: "abc", maxSurge: 0) },
        expected: [
            "spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value: abc: " + percentMessage,
            "spec.updateStrategy.rollingUpdate.maxUnavailable: Required value: cannot be 0 when maxSurge is 0",
        ]),
    DaemonSetCase(
        description: "bad name", mutate: { $0.metadata.name = "Bad_Name" },
        expected: [#"metadata.name: Invalid value: "Bad_Name": "# + subdomainMessage]),
    DaemonSetCase(
        description: "generateName stands in for the name",
        mutate: {
            $0.metadata.name = ""
            $0.metadata.generateName = "agent-"
        }, expected: []),
    DaemonSetCase(
        description: "no name", mutate: { $0.metadata.name = "" },
        expected: ["metadata.name: Required value: name or generateName is required"]),
    DaemonSetCase(
        description: "no namespace", mutate: { $0.metadata.namespace = "" },
        expected: ["metadata.namespace: Required value"]),
    DaemonSetCase(
        description: "no containers", mutate: { $0.spec.template.spec.containers = [] },
        expected: ["spec.template.spec.containers: Required value"]),
    DaemonSetCase(
        description: "bad template label is reported under spec.template.labels",
        mutate: {
            $0.spec.template.metadata.labels["bad key"] = "x"
        },
        expected: [
            #"spec.template.labels: Invalid value: "bad key": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"#
        ]),
]

@Test(arguments: daemonSetCases)
func daemonSetCreateValidation(_ testCase: DaemonSetCase) {
    var daemonSet = ValidationFixtures.daemonSet()
    testCase.mutate(&daemonSet)
    #expect(ValidationFixtures.lines(DaemonSetValidation.validate(daemonSet)) == testCase.expected)
}

@Test func daemonSetCausesCarryReasons() {
    var daemonSet = ValidationFixtures.daemonSet()
    daemonSet.spec.template.spec.restartPolicy = "Never"
    daemonSet.spec.minReadySeconds = -1
    daemonSet.spec.template.spec.activeDeadlineSeconds = 1
    daemonSet.spec.updateStrategy.rollingUpdate = RollingUpdateDaemonSet(maxUnavailable: 0, maxSurge: 0)
    let reasons = DaemonSetValidation.validate(daemonSet).map(\.reason)
    #expect(reasons == ["FieldValueNotSupported", "FieldValueForbidden", "FieldValueInvalid", "FieldValueRequired"])
}

@Test func daemonSetInvalidThrowsUpstream422() {
    var daemonSet = ValidationFixtures.daemonSet()
    daemonSet.spec.template.spec.restartPolicy = "Never"
    do {
        try APIError.throwIfInvalid(DaemonSetValidation.validate(daemonSet), kind: "DaemonSet", group: "apps", name: "agent")
        Issue.record("expected a 422")
    } catch {
        #expect(error.status.code == 422)
        #expect(
            error.message
                == #"DaemonSet.apps "agent" is invalid: spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always""#)
        #expect(error.status.details?.causes.count == 1)
    }
    #expect(throws: Never.self) {
        try APIError.throwIfInvalid(DaemonSetValidation.validate(ValidationFixtures.daemonSet()), kind: "DaemonSet", group: "apps", name: "agent")
    }
}

@Test func daemonSetSelectorIsImmutable() {
    let old = ValidationFixtures.storedDaemonSet()
    var updated = old
    updated.spec.selector = LabelSelector(matchLabels: ["app": "other"])
    updated.spec.template.metadata.labels = ["app": "other"]
    DaemonSetStrategy.prepareForUpdate(&updated, old: old)
    #expect(
        ValidationFixtures.lines(DaemonSetValidation.validateUpdate(updated, old: old)) == [
            "spec.selector: Invalid value: &LabelSelector{MatchLabels:map[string]string{app: other,},MatchExpressions:[]LabelSelectorRequirement{},}: field is immutable"
        ])
    var relabelled = old
    relabelled.metadata.labels = ["team": "infra"]
    DaemonSetStrategy.prepareForUpdate(&relabelled, old: old)
    #expect(DaemonSetValidation.validateUpdate(relabelled, old: old).isEmpty)
}

@Test func daemonSetUpdateChecksMetadataIdentity() {
    let old = ValidationFixtures.storedDaemonSet()
    var updated = old
    updated.metadata.uid = "other"
    #expect(
        ValidationFixtures.lines(DaemonSetValidation.validateUpdate(updated, old: old)) == [
            #"metadata.uid: Invalid value: "other": field is immutable"#
        ])
}

/// A status written through `/status` and the causes upstream reports for it.
struct StatusCase: Sendable, CustomStringConvertible {
    let description: String
    let oldCollisions: Int32?
    let mutate: @Sendable (inout DaemonSetStatus) -> Void
    let expected: [String]
}

let statusCases: [StatusCase] = [
    StatusCase(description: "counters", oldCollisions: nil, mutate: { $0.numberReady = 3; $0.collisionCount = 1 }, expected: []),
    StatusCase(
        description: "negative counter", oldCollisions: nil, mutate: { $0.numberReady = -1 },
        expected: ["status.numberReady: Invalid value: -1: must be greater than or equal to 0"]),
    StatusCase(
        description: "negative observedGeneration", oldCollisions: nil, mutate: { $0.observedGeneration = -2 },
        expected: ["status.observedGeneration: Invalid value: -2: must be greater than or equal to 0"]),
    StatusCase(
        description: "collisionCount decreased", oldCollisions: 2, mutate: { $0.collisionCount = 1 },
        expected: ["status.collisionCount: Invalid value: 1: cannot be decremented"]),
    StatusCase(
        description: "collisionCount dropped counts as 0", oldCollisions: 2, mutate: { $0.collisionCount = nil },
        expected: ["status.collisionCount: Invalid value: 0: cannot be decremented"]),
    StatusCase(
        description: "negative collisionCount", oldCollisions: nil, mutate: { $0.collisionCount = -1 },
        expected: [
            "status.collisionCount: Invalid value: -1: must be greater than or equal to 0",
            "status.collisionCount: Invalid value: -1: cannot be decremented",
        ]),
]

@Test(arguments: statusCases)
func daemonSetStatusValidation(_ testCase: StatusCase) {
    var old = ValidationFixtures.storedDaemonSet()
    old.status.collisionCount = testCase.oldCollisions
    var updated = old
    testCase.mutate(&updated.status)
    DaemonSetStrategy.prepareForStatusUpdate(&updated, old: old)
    #expect(ValidationFixtures.lines(DaemonSetValidation.validateStatusUpdate(updated, old: old)) == testCase.expected)
}
