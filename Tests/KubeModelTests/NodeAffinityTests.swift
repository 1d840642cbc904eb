import Foundation
import Testing
@testable import KubeModel

/// One row of the node selector table: terms, a node, and whether upstream's matcher selects it.
struct NodeSelectorCase: Sendable, CustomTestStringConvertible {
    let name: String
    let terms: [NodeSelectorTerm]
    let nodeName: String
    let labels: [String: String]
    let matches: Bool

    var testDescription: String { name }
}

private func expr(_ key: String, _ op: String, _ values: String...) -> NodeSelectorRequirement {
    NodeSelectorRequirement(key: key, operator: op, values: values)
}

private func labelsTerm(_ requirements: NodeSelectorRequirement...) -> NodeSelectorTerm {
    NodeSelectorTerm(matchExpressions: requirements)
}

private func fieldsTerm(_ requirements: NodeSelectorRequirement...) -> NodeSelectorTerm {
    NodeSelectorTerm(matchFields: requirements)
}

private let zone = ["zone": "a", "size": "6", "disk": "ssd"]

let nodeSelectorCases: [NodeSelectorCase] = [
    // In / NotIn
    .init(name: "In with a listed value", terms: [labelsTerm(expr("zone", "In", "a", "b"))], nodeName: "n1", labels: zone, matches: true),
    .init(name: "In with an unlisted value", terms: [labelsTerm(expr("zone", "In", "b", "c"))], nodeName: "n1", labels: zone, matches: false),
    .init(name: "In without the label", terms: [labelsTerm(expr("gpu", "In", "a"))], nodeName: "n1", labels: zone, matches: false),
    .init(name: "NotIn with a listed value", terms: [labelsTerm(expr("zone", "NotIn", "a"))], nodeName: "n1", labels: zone, matches: false),
    .init(name: "NotIn with an unlisted value", terms: [labelsTerm(expr("zone", "NotIn", "b"))], nodeName: "n1", labels: zone, matches: true),
    .init(name: "NotIn without the label", terms: [labelsTerm(expr("gpu", "NotIn", "a"))], nodeName: "n1", labels: zone, matches: true),
    .init(
        name: "In with many values (hash set)",
        terms: [labelsTerm(NodeSelectorRequirement(key: "zone", operator: "In", values: (0..<20).map { "z\($0)" } + ["a"]))],
        nodeName: "n1", labels: zone, matches: true),
    // Exists / DoesNotExist
    .init(name: "Exists with the label", terms: [labelsTerm(expr("disk", "Exists"))], nodeName: "n1", labels: zone, matches: true),
    .init(name: "Exists without the label", terms: [labelsTerm(expr("gpu", "Exists"))], nodeName: "n1", labels: zone, matches: false),
    .init(name: "DoesNotExist without the label", terms: [labelsTerm(expr("gpu", "DoesNotExist"))], nodeName: "n1", labels: zone, matches: true),
    .init(name: "DoesNotExist with the label", terms: [labelsTerm(expr("disk", "DoesNotExist"))], nodeName: "n1", labels: zone, matches: false),
    // Gt / Lt
    .init(name: "Gt below the label", terms: [labelsTerm(expr("size", "Gt", "5"))], nodeName: "n1", labels: zone, matches: true),
    .init(name: "Gt equal to the label", terms: [labelsTerm(expr("size", "Gt", "6"))], nodeName: "n1", labels: zone, matches: false),
    .init(name: "Lt above the label", terms: [labelsTerm(expr("size", "Lt", "7"))], nodeName: "n1", labels: zone, matches: true),
    .init(name: "Lt equal to the label", terms: [labelsTerm(expr("size", "Lt", "6"))], nodeName: "n1", labels: zone, matches: false),
    .init(name: "Gt on a non-integer label", terms: [labelsTerm(expr("zone", "Gt", "1"))], nodeName: "n1", labels: zone, matches: false),
    .init(name: "Gt without the label", terms: [labelsTerm(expr("gpu", "Gt", "1"))], nodeName: "n1", labels: zone, matches: false),
    .init(name: "Lt on a signed label value", terms: [labelsTerm(expr("size", "Lt", "1"))], nodeName: "n1", labels: ["size": "-3"], matches: true),
    .init(name: "Gt on an overflowing label value", terms: [labelsTerm(expr("size", "Gt", "1"))], nodeName: "n1", labels: ["size": "99999999999999999999"], matches: false),
    .init(name: "Gt with two values is invalid", terms: [labelsTerm(expr("size", "Gt", "1", "2"))], nodeName: "n1", labels: zone, matches: false),
    .init(name: "Gt with no value is invalid", terms: [labelsTerm(expr("size", "Gt"))], nodeName: "n1", labels: zone, matches: false),
    .init(name: "Gt with a non-integer value is invalid", terms: [labelsTerm(expr("size", "Gt", "five"))], nodeName: "n1", labels: zone, matches: false),
    .init(name: "Lt with a negative bound is not a label value", terms: [labelsTerm(expr("size", "Lt", "-1"))], nodeName: "n1", labels: ["size": "-5"], matches: false),
    // malformed requirements
    .init(name: "In with no values is invalid", terms: [labelsTerm(expr("zone", "In"))], nodeName: "n1", labels: zone, matches: false),
    .init(name: "NotIn with no values is invalid", terms: [labelsTerm(expr("gpu", "NotIn"))], nodeName: "n1", labels: zone, matches: false),
    .init(name: "Exists with values is invalid", terms: [labelsTerm(expr("zone", "Exists", "a"))], nodeName: "n1", labels: zone, matches: false),
    .init(name: "unknown operator", terms: [labelsTerm(expr("zone", "Equals", "a"))], nodeName: "n1", labels: zone, matches: false),
    .init(name: "lower-case operator", terms: [labelsTerm(expr("zone", "in", "a"))], nodeName: "n1", labels: zone, matches: false),
    .init(name: "invalid key", terms: [labelsTerm(expr("bad key", "DoesNotExist"))], nodeName: "n1", labels: zone, matches: false),
    .init(name: "invalid value", terms: [labelsTerm(expr("zone", "NotIn", "not a value"))], nodeName: "n1", labels: zone, matches: false),
    .init(name: "prefixed key", terms: [labelsTerm(expr("topology.kubernetes.io/zone", "In", "a"))], nodeName: "n1", labels: ["topology.kubernetes.io/zone": "a"], matches: true),
    .init(name: "upper-case prefix is invalid", terms: [labelsTerm(expr("Example.com/zone", "Exists"))], nodeName: "n1", labels: ["Example.com/zone": "a"], matches: false),
    .init(name: "a bad requirement spoils its whole term", terms: [labelsTerm(expr("zone", "In", "a"), expr("zone", "Foo"))], nodeName: "n1", labels: zone, matches: false),
    // terms
    .init(name: "requirements of a term are ANDed", terms: [labelsTerm(expr("zone", "In", "a"), expr("disk", "In", "hdd"))], nodeName: "n1", labels: zone, matches: false),
    .init(name: "terms are ORed", terms: [labelsTerm(expr("zone", "In", "b")), labelsTerm(expr("disk", "In", "ssd"))], nodeName: "n1", labels: zone, matches: true),
    .init(name: "no terms match nothing", terms: [], nodeName: "n1", labels: zone, matches: false),
    .init(name: "an empty term matches nothing", terms: [NodeSelectorTerm()], nodeName: "n1", labels: zone, matches: false),
    .init(name: "an empty term beside a matching one", terms: [NodeSelectorTerm(), labelsTerm(expr("zone", "In", "a"))], nodeName: "n1", labels: zone, matches: true),
    .init(name: "an invalid term beside a matching one", terms: [labelsTerm(expr("zone", "Foo", "a")), labelsTerm(expr("zone", "In", "a"))], nodeName: "n1", labels: zone, matches: true),
    .init(name: "an invalid term alone", terms: [labelsTerm(expr("zone", "Foo", "a"))], nodeName: "n1", labels: zone, matches: false),
    // matchFields
    .init(name: "metadata.name In the node", terms: [fieldsTerm(expr("metadata.name", "In", "n1"))], nodeName: "n1", labels: [:], matches: true),
    .init(name: "metadata.name In another node", terms: [fieldsTerm(expr("metadata.name", "In", "n2"))], nodeName: "n1", labels: [:], matches: false),
    .init(name: "metadata.name NotIn the node", terms: [fieldsTerm(expr("metadata.name", "NotIn", "n1"))], nodeName: "n1", labels: [:], matches: false),
    .init(name: "metadata.name NotIn another node", terms: [fieldsTerm(expr("metadata.name", "NotIn", "n2"))], nodeName: "n1", labels: [:], matches: true),
    .init(name: "matchFields with two values is invalid", terms: [fieldsTerm(expr("metadata.name", "In", "n1", "n2"))], nodeName: "n1", labels: [:], matches: false),
    .init(name: "matchFields with Exists is invalid", terms: [fieldsTerm(expr("metadata.name", "Exists"))], nodeName: "n1", labels: [:], matches: false),
    .init(name: "unknown field In reads as empty", terms: [fieldsTerm(expr("spec.unschedulable", "In", "n1"))], nodeName: "n1", labels: [:], matches: false),
    .init(name: "unknown field NotIn reads as empty", terms: [fieldsTerm(expr("spec.unschedulable", "NotIn", "n1"))], nodeName: "n1", labels: [:], matches: true),
    .init(name: "fields are ignored for a node without a name", terms: [fieldsTerm(expr("metadata.name", "In", "n2"))], nodeName: "", labels: [:], matches: true),
    .init(
        name: "labels and fields are ANDed",
        terms: [NodeSelectorTerm(matchExpressions: [expr("zone", "In", "a")], matchFields: [expr("metadata.name", "In", "n2")])],
        nodeName: "n1", labels: zone, matches: false),
    .init(
        name: "DaemonSet pinning term beside the user's term",
        terms: [
            NodeSelectorTerm(matchExpressions: [expr("zone", "In", "a")], matchFields: [expr("metadata.name", "In", "n1")]),
        ],
        nodeName: "n1", labels: zone, matches: true),
]

@Test(arguments: nodeSelectorCases)
func nodeSelectorMatching(_ row: NodeSelectorCase) {
    let selector = NodeSelector(nodeSelectorTerms: row.terms)
    #expect(selector.matches(nodeName: row.nodeName, labels: row.labels) == row.matches)
    var spec = PodSpec()
    spec.affinity = Affinity(nodeAffinity: NodeAffinity(requiredDuringSchedulingIgnoredDuringExecution: selector))
    #expect(RequiredNodeAffinity(spec: spec).matches(nodeName: row.nodeName, labels: row.labels) == row.matches)
}

@Test func parseErrorsNameTheFieldPath() {
    let selector = NodeSelector(nodeSelectorTerms: [
        labelsTerm(expr("zone", "In", "a")),
        labelsTerm(expr("zone", "Foo", "a")),
        fieldsTerm(expr("metadata.name", "In", "a", "b")),
    ])
    #expect(selector.parseErrors.count == 2)
    #expect(selector.parseErrors[0].hasPrefix("nodeSelectorTerms[1].matchExpressions[0].operator: Unsupported value: \"Foo\""))
    #expect(selector.parseErrors[1].hasPrefix("nodeSelectorTerms[2].matchFields[0].values: Invalid value"))
    #expect(NodeSelector(nodeSelectorTerms: [labelsTerm(expr("zone", "In", "a"))]).parseErrors.isEmpty)
}

@Test func requirementAndTermHelpers() {
    #expect(expr("zone", "In", "a").matches(labels: zone))
    #expect(!expr("zone", "Bogus", "a").matches(labels: zone))
    #expect(expr("metadata.name", "In", "n1").matches(nodeName: "n1"))
    #expect(!expr("metadata.name", "NotIn", "n1").matches(nodeName: "n1"))
    #expect(labelsTerm(expr("size", "Gt", "2")).matches(nodeName: "n1", labels: zone))
    #expect(!NodeSelectorTerm().matches(nodeName: "n1", labels: zone))
}

/// A row for the pod-level constraint: the `nodeSelector` map, an optional required affinity, and the answer.
struct RequiredAffinityCase: Sendable, CustomTestStringConvertible {
    let name: String
    let nodeSelector: [String: String]
    let required: NodeSelector?
    let matches: Bool

    var testDescription: String { name }
}

let requiredAffinityCases: [RequiredAffinityCase] = [
    .init(name: "no constraints", nodeSelector: [:], required: nil, matches: true),
    .init(name: "nodeSelector satisfied", nodeSelector: ["zone": "a", "disk": "ssd"], required: nil, matches: true),
    .init(name: "nodeSelector value differs", nodeSelector: ["zone": "b"], required: nil, matches: false),
    .init(name: "nodeSelector label missing", nodeSelector: ["gpu": "true"], required: nil, matches: false),
    .init(name: "nodeSelector empty value needs the label", nodeSelector: ["gpu": ""], required: nil, matches: false),
    .init(
        name: "nodeSelector and affinity both hold", nodeSelector: ["zone": "a"],
        required: NodeSelector(nodeSelectorTerms: [fieldsTerm(expr("metadata.name", "In", "n1"))]), matches: true),
    .init(
        name: "nodeSelector holds, affinity does not", nodeSelector: ["zone": "a"],
        required: NodeSelector(nodeSelectorTerms: [fieldsTerm(expr("metadata.name", "In", "n2"))]), matches: false),
    .init(
        name: "affinity holds, nodeSelector does not", nodeSelector: ["zone": "b"],
        required: NodeSelector(nodeSelectorTerms: [fieldsTerm(expr("metadata.name", "In", "n1"))]), matches: false),
    .init(name: "required affinity with no terms", nodeSelector: [:], required: NodeSelector(), matches: false),
]

@Test(arguments: requiredAffinityCases)
func requiredNodeAffinity(_ row: RequiredAffinityCase) {
    var spec = PodSpec()
    spec.nodeSelector = row.nodeSelector
    if let required = row.required {
        spec.affinity = Affinity(nodeAffinity: NodeAffinity(requiredDuringSchedulingIgnoredDuringExecution: required))
    }
    let pod = Pod(metadata: ObjectMeta(name: "p"), spec: spec)
    #expect(RequiredNodeAffinity(pod: pod).matches(nodeName: "n1", labels: zone) == row.matches)
}

@Test func requiredNodeAffinityOverTenThousandNodes() {
    var spec = PodSpec()
    spec.nodeSelector = ["kubernetes.io/os": "linux"]
    spec.affinity = Affinity(
        nodeAffinity: NodeAffinity(
            requiredDuringSchedulingIgnoredDuringExecution: NodeSelector(nodeSelectorTerms: [
                labelsTerm(expr("pool", "In", "general", "batch"), expr("cores", "Gt", "3")),
                labelsTerm(expr("node-role.kubernetes.io/edge", "Exists")),
            ])))
    let affinity = RequiredNodeAffinity(spec: spec)
    #expect(affinity.parseErrors.isEmpty)
    let nodes: [(String, [String: String])] = (0..<10_000).map { index in
        var labels = [
            "kubernetes.io/os": index % 10 == 0 ? "windows" : "linux",
            "kubernetes.io/hostname": "node-\(index)",
            "pool": ["general", "batch", "gpu"][index % 3],
            "cores": String(index % 8),
        ]
        if index % 7 == 0 { labels["node-role.kubernetes.io/edge"] = "" }
        return ("node-\(index)", labels)
    }
    let expected = nodes.indices.filter { index in
        index % 10 != 0 && ((index % 3 != 2 && index % 8 > 3) || index % 7 == 0)
    }.count
    var count = 0
    for (name, labels) in nodes where affinity.matches(nodeName: name, labels: labels) {
        count += 1
    }
    #expect(count == expected)
}

@Test(arguments: [
    ("0", Int64(0)), ("+7", 7), ("-7", -7), ("9223372036854775807", Int64.max), ("-9223372036854775808", Int64.min),
])
func integerLabelValuesParseAsGo(text: String, value: Int64) {
    #expect(NodeSelectorSyntax.parseInt64(text) == value)
}

@Test(arguments: ["", "+", "-", "1.5", " 1", "1 ", "0x10", "1_000", "9223372036854775808", "-9223372036854775809"])
func malformedIntegerLabelValuesAreRejected(text: String) {
    #expect(NodeSelectorSyntax.parseInt64(text) == nil)
}

@Test(arguments: [
    ("zone", true), ("topology.kubernetes.io/zone", true), ("a", true), ("a-b_c.d", true), ("", false), ("-a", false),
    ("a-", false), ("a/b/c", false), ("/a", false), ("a/", false), ("Ex.com/a", false), ("ex-.com/a", false),
    (String(repeating: "a", count: 63), true), (String(repeating: "a", count: 64), false),
])
func labelKeysAreQualifiedNames(key: String, valid: Bool) {
    #expect(NodeSelectorSyntax.isQualifiedName(key) == valid)
}
