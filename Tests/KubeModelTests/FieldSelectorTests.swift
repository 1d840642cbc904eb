import Testing
@testable import KubeModel

// k8s.io/apimachinery/pkg/fields: ParseSelector, String, Matches, EscapeValue/UnescapeValue.

@Test(arguments: [
    ("", ""),
    (",,", ""),
    ("=", ""),
    ("metadata.name=foo", "metadata.name=foo"),
    ("a==b", "a=b"),
    ("b!=x,a=y", "a=y,b!=x"),
    ("x=a,x=b", "x=a,x=b"),
    ("a=x\\,y\\=z\\\\w", "a=x\\,y\\=z\\\\w"),
    ("a=!b", "a=!b"),
    ("a!b=c", "a!b=c"),
    ("spec.nodeName=", "spec.nodeName="),
    ("=value", "=value"),
])
func fieldSelectorRoundTrips(input: String, rendered: String) throws {
    #expect(try FieldSelector(parsing: input).description == rendered)
}

@Test func fieldSelectorTerms() throws {
    let selector = try FieldSelector(parsing: "status.phase!=Failed,a=x\\,y\\=z\\\\w,spec.nodeName==n1")
    #expect(selector.requirements == [
        FieldRequirement(field: "a", operator: .equals, value: "x,y=z\\w"),
        FieldRequirement(field: "spec.nodeName", operator: .equals, value: "n1"),
        FieldRequirement(field: "status.phase", operator: .notEquals, value: "Failed"),
    ])
    #expect(selector.requiredValue(forField: "spec.nodeName") == "n1")
    #expect(selector.requiredValue(forField: "status.phase") == nil)
    #expect(selector.matches(fields: ["a": "x,y=z\\w", "spec.nodeName": "n1", "status.phase": "Running"]))
    #expect(!selector.matches(fields: ["a": "x,y=z\\w", "spec.nodeName": "n1", "status.phase": "Failed"]))
}

@Test(arguments: [
    ("abc", "invalid selector: 'abc'; can't understand 'abc'"),
    ("a=b,abc", "invalid selector: 'a=b,abc'; can't understand 'abc'"),
    ("a=b=c", "invalid field selector: unescaped character in value: 61"),
    ("a=b\\x", "invalid field selector: invalid escape sequence: \\x"),
    ("a=b\\", "invalid field selector: invalid escape sequence: \\"),
    ("a=b\\\u{e9}", "invalid field selector: invalid escape sequence: \\\u{e9}"),
])
func fieldSelectorErrorsMatchUpstream(input: String, message: String) {
    #expect(throws: SelectorError(.invalidFieldSelector, message)) { try FieldSelector(parsing: input) }
}

@Test(arguments: [
    ("spec.nodeName=", [String: String](), true),
    ("spec.nodeName!=", [:], false),
    ("spec.nodeName=n1", ["spec.nodeName": "n1"], true),
    ("spec.nodeName=n1", [:], false),
    ("spec.nodeName!=n1", [:], true),
    ("metadata.name=a,metadata.namespace=b", ["metadata.name": "a", "metadata.namespace": "b"], true),
    ("metadata.name=a,metadata.namespace=b", ["metadata.name": "a", "metadata.namespace": "c"], false),
    ("", ["x": "y"], true),
])
func fieldSelectorMatches(selector: String, fields: [String: String], expected: Bool) throws {
    #expect(try FieldSelector(parsing: selector).matches(fields: fields) == expected)
}

@Test func fieldEverythingNothingAndSets() throws {
    #expect(FieldSelector.everything.isEmpty)
    #expect(FieldSelector.everything.matches(fields: [:]))
    #expect(!FieldSelector.nothing.isEmpty)
    #expect(!FieldSelector.nothing.matches(fields: [:]))
    let fromSet = FieldSelector(matchingFields: ["spec.nodeName": "n,1", "metadata.name": "p"])
    #expect(fromSet.description == "metadata.name=p,spec.nodeName=n\\,1")
    #expect(try FieldSelector(parsing: fromSet.description) == fromSet)
}

@Test(arguments: ["", "plain", "a,b", "a=b", "a\\b", "\\,=\\\\", "caf\u{e9}=,"])
func escapingRoundTrips(value: String) throws {
    #expect(try FieldSelector.unescapeValue(FieldSelector.escapeValue(value)) == value)
}

/// A stand-in resource, so `FieldSelectable` can be tested before Pod, Node and Event exist.
private struct Widget: KubeObject, FieldSelectable {
    static let apiVersion = "example.com/v1"
    static let kind = "Widget"
    var apiVersion: String = "example.com/v1"
    var kind: String = "Widget"
    var metadata = ObjectMeta()
    var color = ""
    var unknownFields: JSONObject = [:]

    static let schema = Schema<Widget>([
        .omitEmpty("apiVersion", \.apiVersion),
        .omitEmpty("kind", \.kind),
        .field("metadata", \.metadata),
        .omitEmpty("color", \.color),
    ])

    var selectableFields: [String: String] {
        var fields = baseSelectableFields
        fields["spec.color"] = color
        return fields
    }
}

@Test func fakeObjectIsFieldSelectable() throws {
    var widget = Widget()
    widget.metadata = ObjectMeta(name: "w1", namespace: "ns")
    widget.color = "blue"
    #expect(widget.baseSelectableFields == ["metadata.name": "w1", "metadata.namespace": "ns"])
    #expect(widget.matches(try FieldSelector(parsing: "metadata.name=w1,spec.color=blue")))
    #expect(widget.matches(try FieldSelector(parsing: "metadata.namespace!=default")))
    #expect(!widget.matches(try FieldSelector(parsing: "spec.color=red")))
    #expect(!widget.matches(.nothing))
}

@Test func upstreamFieldSets() {
    let meta = ObjectMeta(name: "p", namespace: "ns")
    let pod = SelectableFields.pod(
        meta, nodeName: "n1", restartPolicy: "Always", schedulerName: "default-scheduler",
        serviceAccountName: "default", hostNetwork: false, phase: "Running", podIP: "10.0.0.1",
        nominatedNodeName: "")
    #expect(Set(pod.keys) == SelectableFields.podLabels)
    #expect(pod["spec.hostNetwork"] == "false")
    let node = SelectableFields.node(ObjectMeta(name: "n1"), unschedulable: true)
    #expect(node == ["metadata.name": "n1", "spec.unschedulable": "true"])
    #expect(Set(node.keys) == SelectableFields.nodeLabels)
    let event = SelectableFields.event(
        meta, involvedObject: .init(kind: "Pod", namespace: "ns", name: "p"), reason: "Scheduled",
        reportingController: "daemonset-controller", sourceComponent: "", type: "Normal")
    #expect(Set(event.keys) == SelectableFields.eventLabels)
    #expect(event["source"] == "daemonset-controller")
    #expect(event["reportingComponent"] == "daemonset-controller")
    #expect(event["involvedObject.uid"] == "")
}
