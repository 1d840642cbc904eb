import Foundation
import KubeModel
import Testing
@testable import KubeAPIServer

/// A widget's schema in the shape real CRDs use: required fields, bounds, an enum, a pattern, defaults, a
/// list keyed by two fields, a free-form member and an embedded object.
private let widgetSchema: JSONValue = [
    "type": "object",
    "properties": [
        "spec": [
            "type": "object", "required": ["size"],
            "properties": [
                "size": ["type": "integer", "minimum": 1, "maximum": 10],
                "color": ["type": "string", "enum": ["red", "blue"], "default": "red"],
                "name": ["type": "string", "maxLength": 5, "pattern": "^[a-z]+$"],
                "port": ["x-kubernetes-int-or-string": true],
                "note": ["type": "string", "nullable": true],
                "owner": ["type": "string"],
                "ports": [
                    "type": "array", "x-kubernetes-list-type": "map", "x-kubernetes-list-map-keys": ["port", "protocol"],
                    "items": [
                        "type": "object",
                        "properties": [
                            "port": ["type": "integer"], "protocol": ["type": "string", "default": "TCP"],
                        ],
                    ],
                ],
                "tags": ["type": "array", "maxItems": 2, "items": ["type": "string"]],
                "labels": ["type": "object", "additionalProperties": ["type": "string"]],
                "free": ["type": "object", "x-kubernetes-preserve-unknown-fields": true],
                "template": [
                    "type": "object", "x-kubernetes-embedded-resource": true,
                    "properties": ["spec": ["type": "object", "properties": ["image": ["type": "string"]]]],
                ],
            ],
        ],
        "status": ["type": "object", "properties": ["ready": ["type": "boolean"]]],
    ],
]

private let schema = StructuralSchema(widgetSchema)

/// The members after upstream's decoding steps: pruned, nulls dropped, defaulted.
private func normalized(_ members: JSONObject) -> (JSONObject, [String]) {
    var members = members
    let pruned = schema.prune(&members)
    schema.dropDisallowedNulls(&members)
    schema.applyDefaults(&members)
    return (members, pruned)
}

private func messages(_ members: JSONObject) -> [String] {
    schema.validate(members).map { "\($0.field): \($0.message)" }
}

@Test func pruningRemovesWhatNoSchemaDeclaresAndReportsSortedPaths() {
    let (members, pruned) = normalized([
        "spec": [
            "size": 2, "zeta": 1, "alpha": true,
            "ports": [["port": 80, "extra": "x"]],
            "free": ["anything": ["goes": 1]],
            "labels": ["a": "b"],
            "template": ["apiVersion": "v1", "kind": "Pod", "metadata": ["name": "p"], "spec": ["image": "i", "junk": 1]],
        ],
        "bogus": 1,
    ])
    #expect(pruned == ["bogus", "spec.alpha", "spec.ports[0].extra", "spec.template.spec.junk", "spec.zeta"])
    #expect(members["bogus"] == nil)
    #expect(members["spec"]?["free"] == ["anything": ["goes": 1]])
    // An embedded resource keeps its own type and object metadata.
    #expect(members["spec"]?["template"]?["kind"] == "Pod")
    #expect(members["spec"]?["template"]?["metadata"]?["name"] == "p")
}

@Test func defaultsFillMissingMembersAndNonNullableNullsAtEveryDepth() {
    let (members, _) = normalized([
        "spec": ["size": 2, "ports": [["port": 53], ["port": 53, "protocol": "UDP"]], "owner": nil, "note": nil]
    ])
    #expect(members["spec"]?["color"] == "red")
    #expect(members["spec"]?["ports"] == [["port": 53, "protocol": "TCP"], ["port": 53, "protocol": "UDP"]])
    // A null the schema does not allow (and cannot default) is dropped; an allowed one stays.
    #expect(members["spec"]?["owner"] == nil)
    #expect(members["spec"]?["note"] == .null)
    // A value given is kept.
    #expect(normalized(["spec": ["size": 2, "color": "blue"]]).0["spec"]?["color"] == "blue")
}

@Test func valuesAreValidatedWithUpstreamsMessages() {
    #expect(
        messages(["spec": ["size": "big"]]) == [
            #"spec.size: Invalid value: "string": spec.size in body must be of type integer: "string""#
        ])
    #expect(messages(["spec": [:]]) == ["spec.size: Required value"])
    #expect(
        messages(["spec": ["size": 11, "color": "pink"]]) == [
            #"spec.color: Unsupported value: "pink": supported values: "red", "blue""#,
            "spec.size: Invalid value: 11: spec.size in body should be less than or equal to 10",
        ])
    #expect(messages(["spec": ["size": 0]]) == ["spec.size: Invalid value: 0: spec.size in body should be greater than or equal to 1"])
    // Only the first failing string rule is reported.
    #expect(messages(["spec": ["size": 1, "name": "TOOLONG"]]) == ["spec.name: Too long: may not be more than 5 bytes"])
    #expect(
        messages(["spec": ["size": 1, "name": "AB"]]) == [
            "spec.name: Invalid value: \"AB\": spec.name in body should match '^[a-z]+$'"
        ])
    #expect(messages(["spec": ["size": 1, "tags": ["a", "b", "c"]]]) == ["spec.tags: Too many: 3: must have at most 2 items"])
    #expect(
        messages(["spec": ["size": 1, "port": true]]) == [
            #"spec.port: Invalid value: "boolean": spec.port in body must be of type integer,string: "boolean""#
        ])
    #expect(messages(["spec": ["size": 1, "port": "http"]]).isEmpty)
    #expect(
        messages(["spec": ["size": 1, "labels": ["team": 7]]]) == [
            #"spec.labels.team: Invalid value: "integer": spec.labels.team in body must be of type string: "integer""#
        ])
    // A whole number written as 2.0 is an integer, as kube-openapi reads it.
    #expect(messages(["spec": ["size": 2.0]]).isEmpty)
}

@Test func listMapKeysMustNotRepeat() {
    let duplicate = messages(["spec": ["size": 1, "ports": [["port": 53, "protocol": "UDP"], ["port": 53, "protocol": "UDP"]]]])
    #expect(duplicate == [#"spec.ports[1]: Duplicate value: map[string]interface {}{"port":53, "protocol":"UDP"}"#])
    #expect(messages(["spec": ["size": 1, "ports": [["port": 53, "protocol": "TCP"], ["port": 53, "protocol": "UDP"]]]]).isEmpty)
}

@Test func theObjectsOwnMembersAreNeverPrunedOrValidatedByTheSchema() {
    var members: JSONObject = ["apiVersion": "example.com/v1", "kind": "Widget", "metadata": ["name": "w"], "spec": ["size": 1]]
    #expect(schema.prune(&members).isEmpty)
    #expect(members["metadata"]?["name"] == "w")
    #expect(schema.validate(members).isEmpty)
}

@Test func printerColumnsEvaluateTheirJSONPathAsUpstreamsTableDoes() throws {
    var object = UnstructuredObject()
    object.metadata.name = "w"
    object.metadata.creationTimestamp = Time(Date(timeIntervalSince1970: 1_000_000))
    object.unknownFields = [
        "spec": ["size": 3, "ratio": 2.7, "hosts": ["a", "b"], "dotted.key": "yes"],
        "status": ["conditions": [["type": "Synced", "status": "False"], ["type": "Ready", "status": "True"]]],
    ]
    let now = Date(timeIntervalSince1970: 1_000_000 + 300)
    func cell(_ path: String, _ type: String) -> JSONValue { JSONPathCell.cell(path, type: type, in: object, now: now) }
    #expect(cell(".spec.size", "integer") == 3)
    #expect(cell(".spec.ratio", "integer") == 2)
    #expect(cell(".spec.size", "number") == .double(3))
    #expect(cell(#".status.conditions[?(@.type=="Ready")].status"#, "string") == "True")
    #expect(cell(".status.conditions[0].type", "string") == "Synced")
    // Several matches: the first is shown.
    #expect(cell(".spec.hosts[*]", "string") == "a")
    #expect(cell(".spec['dotted.key']", "string") == "yes")
    #expect(cell(".spec.size", "string") == "3")
    #expect(cell(".metadata.creationTimestamp", "date") == "5m")
    #expect(cell(".spec.missing", "string") == .null)
    #expect(cell(".spec.size", "boolean") == .null)
}

/// A CRD object with `spec` and the given name.
private func definition(name: String = "widgets.example.com", _ spec: JSONValue) -> UnstructuredObject {
    var object = UnstructuredObject()
    object.metadata.name = name
    object.unknownFields = ["spec": spec]
    return object
}

private let validSpec: JSONValue = [
    "group": "example.com", "scope": "Namespaced",
    "names": ["plural": "widgets", "singular": "widget", "kind": "Widget", "listKind": "WidgetList"],
    "versions": [["name": "v1", "served": true, "storage": true, "schema": ["openAPIV3Schema": ["type": "object"]]]],
]

private func definitionErrors(_ object: UnstructuredObject) -> [String] {
    CustomResourceDefinitionValidation.causes(object, builtinGroups: ["apps", "storage.k8s.io"]).map { "\($0.field): \($0.message)" }
}

@Test func aValidDefinitionHasNoErrorsAndServesOneKindPerServedVersion() {
    #expect(definitionErrors(definition(validSpec)).isEmpty)
    let kinds = CustomResourceDefinitionFacts(definition(validSpec)).kinds
    #expect(kinds.map(\.definitionName) == ["com.example.v1.Widget"])
    #expect(kinds.first?.info.namespaced == true)
    // No printer columns: one Age column, as upstream.
    #expect(kinds.first?.info.printerColumns.map(\.name) == ["Age"])
}

@Test func definitionsAreCheckedWithUpstreamsMessages() throws {
    #expect(
        definitionErrors(definition(name: "gadgets.example.com", validSpec)) == [
            #"metadata.name: Invalid value: "gadgets.example.com": must be spec.names.plural+"."+spec.group"#
        ])
    var spec = try #require(validSpec.objectValue)
    spec["group"] = "example"
    #expect(
        definitionErrors(definition(name: "widgets.example", .object(spec))) == [
            #"spec.group: Invalid value: "example": should be a domain with at least one dot"#
        ])
    spec = try #require(validSpec.objectValue)
    spec["scope"] = "Global"
    #expect(
        definitionErrors(definition(.object(spec))) == [
            #"spec.scope: Unsupported value: "Global": supported values: "Cluster", "Namespaced""#
        ])
    spec = try #require(validSpec.objectValue)
    spec["versions"] = [
        ["name": "v1", "served": true, "storage": true, "schema": ["openAPIV3Schema": ["type": "object"]]],
        ["name": "v2", "served": true, "storage": true, "schema": ["openAPIV3Schema": ["type": "object"]]],
    ]
    #expect(
        definitionErrors(definition(.object(spec))) == [
            #"spec.versions: Invalid value: []apiextensions.CustomResourceDefinitionVersion{"v1", "v2"}: must have exactly one version marked as storage version"#
        ])
    spec["versions"] = [["name": "v1", "served": true, "storage": true]]
    #expect(definitionErrors(definition(.object(spec))) == ["spec.versions[0].schema.openAPIV3Schema: Required value: schemas are required"])
    // One schema for every version is checked where upstream hoists it.
    spec["versions"] = [["name": "v1", "served": true, "storage": true, "schema": ["openAPIV3Schema": ["type": "array"]]]]
    #expect(
        definitionErrors(definition(.object(spec))) == [
            #"spec.validation.openAPIV3Schema.type: Invalid value: "array": must be object at the root"#
        ])
    spec = try #require(validSpec.objectValue)
    spec["group"] = "storage.k8s.io"
    #expect(
        definitionErrors(definition(name: "widgets.storage.k8s.io", .object(spec))) == [
            "spec.group: Forbidden: the built-in group storage.k8s.io cannot hold custom resources"
        ])
}

@Test func everyVersionKeepsItsObjectsAtTheStorageVersionAndShowsThemAtItsOwn() throws {
    var spec = try #require(validSpec.objectValue)
    let schema: JSONValue = ["openAPIV3Schema": ["type": "object", "x-kubernetes-preserve-unknown-fields": true]]
    spec["versions"] = [
        ["name": "v1beta1", "served": true, "storage": false, "schema": schema],
        ["name": "v1", "served": true, "storage": true, "schema": schema],
    ]
    let kinds = CustomResourceDefinitionFacts(definition(.object(spec))).kinds
    let beta = SchemaStrategy(try #require(kinds.first), definitions: [:])
    var object = UnstructuredObject()
    object.apiVersion = "example.com/v1beta1"
    object.kind = "Widget"
    object.metadata.name = "w"
    beta.prepareForCreate(&object)
    #expect(object.apiVersion == "example.com/v1")
    let stored = object.jsonData()
    let served = try JSONValue.parse(beta.servedBytes(stored))
    #expect(served["apiVersion"] == "example.com/v1beta1")
    #expect(served["metadata"]?["name"] == "w")
    let storage = SchemaStrategy(try #require(kinds.last), definitions: [:])
    #expect(storage.servedBytes(stored) == stored)
}

@Test func discoveryPrefersVersionsAsUpstreamRanksThem() {
    let resources = ["v1alpha1", "v1beta1", "v1", "v2beta1", "v1beta2", "v2"].map { version in
        ResourceInfo(group: "toys.example.com", version: version, resource: "widgets", singular: "widget", kind: "Widget", namespaced: true)
    }
    #expect(DiscoveryDocuments.versions(of: "toys.example.com", resources) == ["v2", "v1", "v2beta1", "v1beta2", "v1beta1", "v1alpha1"])
}
