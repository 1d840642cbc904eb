import Testing
@testable import KubeModel

// metav1.LabelSelectorAsSelector and the allocation-free LabelSelector.matches.

@Test func nilSelectsNothingAndEmptySelectsEverything() throws {
    #expect(try LabelQuery(nil as LabelSelector?) == .nothing)
    #expect(try LabelQuery(LabelSelector()) == .everything)
    #expect(LabelSelector().matches(["any": "thing"]))
}

@Test func conversionBuildsSortedRequirements() throws {
    let selector = LabelSelector(
        matchLabels: ["tier": "web", "app": "shop"],
        matchExpressions: [
            LabelSelectorRequirement(key: "env", operator: "In", values: ["prod", "canary"]),
            LabelSelectorRequirement(key: "zone", operator: "NotIn", values: ["b"]),
            LabelSelectorRequirement(key: "gpu", operator: "Exists"),
            LabelSelectorRequirement(key: "old", operator: "DoesNotExist"),
        ])
    let query = try selector.asLabelQuery()
    #expect(query.description == "app=shop,env in (canary,prod),gpu,!old,tier=web,zone notin (b)")
    let labels = ["app": "shop", "tier": "web", "env": "prod", "gpu": "1"]
    #expect(query.matches(labels: labels))
    #expect(selector.matches(labels))
    var other = labels
    other["old"] = "yes"
    #expect(!query.matches(labels: other))
    #expect(!selector.matches(other))
}

@Test(arguments: [
    (LabelSelector(matchLabels: [:], matchExpressions: [LabelSelectorRequirement(key: "a", operator: "Foo")]),
     "\"Foo\" is not a valid label selector operator"),
    (LabelSelector(matchLabels: [:], matchExpressions: [LabelSelectorRequirement(key: "a", operator: "in", values: ["x"])]),
     "\"in\" is not a valid label selector operator"),
    (LabelSelector(matchLabels: [:], matchExpressions: [LabelSelectorRequirement(key: "a", operator: "In")]),
     "values: Invalid value: null: for 'in', 'notin' operators, values set can't be empty"),
    (LabelSelector(matchLabels: [:], matchExpressions: [LabelSelectorRequirement(key: "a", operator: "Exists", values: ["x"])]),
     "values: Invalid value: [\"x\"]: values set must be empty for exists and does not exist"),
    (LabelSelector(matchLabels: [:], matchExpressions: [LabelSelectorRequirement(key: "a", operator: "DoesNotExist", values: ["x", "y"])]),
     "values: Invalid value: [\"x\",\"y\"]: values set must be empty for exists and does not exist"),
    (LabelSelector(matchLabels: ["b": "ok", "a": "b c"]),
     "values[0][a]: Invalid value: \"b c\": a valid label must be an empty string or consist of alphanumeric characters, "
        + "'-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or "
        + "'12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"),
])
func conversionErrorsMatchUpstream(selector: LabelSelector, message: String) {
    #expect(throws: SelectorError(.invalidLabelRequirement, message)) { try selector.asLabelQuery() }
    #expect(!selector.matches([:]))
    #expect(!selector.matches(["a": "x", "b": "ok"]))
}

/// The fast path must agree with converting first, for valid and invalid selectors alike.
@Test(arguments: [
    LabelSelector(matchLabels: ["app": "web"]),
    LabelSelector(matchLabels: ["app": "web", "tier": ""]),
    LabelSelector(matchLabels: ["bad key": "web"]),
    LabelSelector(matchLabels: [:], matchExpressions: [LabelSelectorRequirement(key: "app", operator: "In", values: ["web", "db"])]),
    LabelSelector(matchLabels: [:], matchExpressions: [LabelSelectorRequirement(key: "app", operator: "NotIn", values: ["web"])]),
    LabelSelector(matchLabels: [:], matchExpressions: [LabelSelectorRequirement(key: "app", operator: "Exists")]),
    LabelSelector(matchLabels: [:], matchExpressions: [LabelSelectorRequirement(key: "app", operator: "DoesNotExist")]),
    LabelSelector(matchLabels: [:], matchExpressions: [LabelSelectorRequirement(key: "app", operator: "In", values: ["-x"])]),
    LabelSelector(matchLabels: [:], matchExpressions: [LabelSelectorRequirement(key: "app", operator: "Gt", values: ["1"])]),
])
func fastMatchAgreesWithConversion(selector: LabelSelector) {
    let labelSets: [[String: String]] = [[:], ["app": "web"], ["app": "db"], ["app": "web", "tier": ""], ["tier": "x"]]
    for labels in labelSets {
        let converted = (try? selector.asLabelQuery())?.matches(labels: labels) ?? false
        #expect(selector.matches(labels) == converted, "\(labels)")
    }
}

@Test func matchingTenThousandPodsIsCheap() throws {
    let selector = LabelSelector(
        matchLabels: ["app": "agent"],
        matchExpressions: [LabelSelectorRequirement(key: "tier", operator: "In", values: ["node", "infra"])])
    let query = try selector.asLabelQuery()
    let pods = (0..<10_000).map { index in
        ["app": index.isMultiple(of: 2) ? "agent" : "other", "tier": "node", "pod-template-hash": "\(index)"]
    }
    var matched = 0
    var fastMatched = 0
    for labels in pods {
        if query.matches(labels: labels) { matched += 1 }
        if selector.matches(labels) { fastMatched += 1 }
    }
    #expect(matched == 5_000)
    #expect(fastMatched == 5_000)
}
