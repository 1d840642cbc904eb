import Testing
@testable import KubeModel

// Expected strings follow k8s.io/apimachinery/pkg/labels (Parse, String) and validation/content messages.

private let keyPattern =
    "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character "
    + "(e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"
private let valuePattern =
    "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and "
    + "end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is "
    + "'(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"
private let subdomainPattern =
    "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and "
    + "end with an alphanumeric character (e.g. 'example.com', regex used for validation is "
    + "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"

@Test(arguments: [
    ("x=a,y=b,z=c", "x=a,y=b,z=c"),
    ("", ""),
    ("   ", ""),
    ("x!=a,y=b", "x!=a,y=b"),
    ("x=", "x="),
    ("x= ", "x="),
    ("x=,z= ", "x=,z="),
    ("!x", "!x"),
    ("x>1", "x>1"),
    ("x>1,z<5", "x>1,z<5"),
    ("x==y", "x==y"),
    ("z=1,a=2", "a=2,z=1"),
    ("x in (b,a,a)", "x in (a,b)"),
    ("x notin ()", "x notin ()"),
    ("x in (,a)", "x in (,a)"),
    ("x in (abc,)", "x in (,abc)"),
    ("x in (a,,b)", "x in (,a,b)"),
    ("foo  in\t (abc)", "foo in (abc)"),
    ("x notin\n (abc)", "x notin (abc)"),
    ("\rx", "x"),
    ("  a  ,  !b ", "a,!b"),
    ("notin=in", "notin=in"),
    ("in in (notin)", "in in (notin)"),
    ("example.com/app in (web, db)", "example.com/app in (db,web)"),
    ("0.1.2.domain/99 notin (10.10.100.1, tick.tack.clock)", "0.1.2.domain/99 notin (10.10.100.1,tick.tack.clock)"),
    ("x notin (abc,def),bar,z in (),w", "bar,w,x notin (abc,def),z in ()"),
])
func labelSelectorRoundTrips(input: String, rendered: String) throws {
    #expect(try LabelQuery(parsing: input).description == rendered)
}

@Test(arguments: [
    ("x=a||y=b", "unable to parse requirement: values[0][x]: Invalid value: \"a||y\": " + valuePattern),
    ("x==a==b", "found '==', expected: ',' or 'end of string'"),
    ("!x=a", "found '=', expected: ',' or 'end of string'"),
    ("x<a", "unable to parse requirement: values[0]: Invalid value: \"a\": for 'Gt', 'Lt' operators, the value must be an integer"),
    ("a b", "unable to parse requirement: found 'b', expected: in, notin, =, ==, !=, gt, lt"),
    (",", "found ',', expected: !, identifier, or 'end of string'"),
    ("=a", "found '=', expected: !, identifier, or 'end of string'"),
    ("a,", "found '', expected: identifier after ','"),
    ("a,,b", "found ',', expected: identifier after ','"),
    ("x in (a", "unable to parse requirement: found '', expected: ',' or ')'"),
    ("x in (a b)", "unable to parse requirement: found 'b', expected: ',' or ')'"),
    ("x in a", "unable to parse requirement: found 'a' expected: '('"),
    ("x in", "unable to parse requirement: found '' expected: '('"),
    ("x in (=)", "unable to parse requirement: found '=', expected: ',', ')' or identifier"),
    ("x in (,=)", "unable to parse requirement: found '=', expected: ',', or identifier"),
    ("x=(", "unable to parse requirement: found '(', expected: identifier"),
    ("!", "unable to parse requirement: found '', expected: identifier"),
    ("!!x", "unable to parse requirement: found '!', expected: identifier"),
    ("-bad", "unable to parse requirement: <nil>: Invalid value: \"-bad\": name part " + keyPattern),
    ("a/", "unable to parse requirement: <nil>: Invalid value: \"a/\": name part must be non-empty; name part " + keyPattern),
    ("/a", "unable to parse requirement: <nil>: Invalid value: \"/a\": prefix part must be non-empty"),
    ("Example.com/abc", "unable to parse requirement: <nil>: Invalid value: \"Example.com/abc\": prefix part " + subdomainPattern),
    (String(repeating: "a", count: 64),
     "unable to parse requirement: <nil>: Invalid value: \"\(String(repeating: "a", count: 64))\": name part must be no more than 63 bytes"),
    ("a/b/c",
     "unable to parse requirement: <nil>: Invalid value: \"a/b/c\": a valid label key " + keyPattern
        + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"),
    ("x=\(String(repeating: "v", count: 64))",
     "unable to parse requirement: values[0][x]: Invalid value: \"\(String(repeating: "v", count: 64))\": must be no more than 63 bytes"),
    ("x>-5", "unable to parse requirement: values[0][x]: Invalid value: \"-5\": " + valuePattern),
    ("k\u{e9}y", "unable to parse requirement: <nil>: Invalid value: \"k\u{e9}y\": name part " + keyPattern),
])
func labelSelectorErrorsMatchUpstream(input: String, message: String) {
    #expect(throws: SelectorError(.invalidLabelSelector, message)) { try LabelQuery(parsing: input) }
}

@Test(arguments: [
    ("", ["x": "y"], true),
    ("x=y", ["x": "y"], true),
    ("x=y,z=w", ["x": "y", "z": "w"], true),
    ("x!=y,z!=w", ["x": "z", "z": "a"], true),
    ("notin=in", ["notin": "in"], true),
    ("x", ["x": "z"], true),
    ("!x", ["y": "z"], true),
    ("x>1", ["x": "2"], true),
    ("x<1", ["x": "0"], true),
    ("x<10", ["x": "-4"], true),
    ("x=z", [:], false),
    ("x=y", ["x": "z"], false),
    ("x=y,z=w", ["x": "w", "z": "w"], false),
    ("x!=y,z!=w", ["x": "z", "z": "w"], false),
    ("x", ["y": "z"], false),
    ("!x", ["x": "z"], false),
    ("x>1", ["x": "0"], false),
    ("x<1", ["x": "2"], false),
    ("x>1", ["x": "v2"], false),
    ("x>1", [:], false),
    ("x in (a,b)", ["x": "b"], true),
    ("x in (a,b)", [:], false),
    ("x notin (a,b)", [:], true),
    ("x notin (a,b)", ["x": "a"], false),
    ("x notin ()", ["y": ""], true),
    ("x in ()", ["x": ""], true),
    ("x=", ["x": ""], true),
    ("x!=", [:], true),
    ("foo=bar,foobar=bar,baz=blah", ["foo": "bar", "baz": "blah"], false),
])
func labelSelectorMatches(selector: String, labels: [String: String], expected: Bool) throws {
    #expect(try LabelQuery(parsing: selector).matches(labels: labels) == expected)
}

@Test func everythingNothingAndSets() throws {
    #expect(LabelQuery.everything.matches(labels: ["a": "b"]))
    #expect(LabelQuery.everything.isEmpty)
    #expect(!LabelQuery.nothing.matches(labels: [:]))
    #expect(!LabelQuery.nothing.isEmpty)
    #expect(LabelQuery.nothing.description == "")
    #expect(try LabelQuery(parsing: "") == .everything)
    let fromSet = LabelQuery(matchingLabels: ["b": "2", "a": "1"])
    #expect(fromSet.description == "a=1,b=2")
    #expect(fromSet.matches(labels: ["a": "1", "b": "2", "c": "3"]))
    #expect(!fromSet.matches(labels: ["a": "1"]))
    #expect(LabelQuery(matchingLabels: [:]).isEmpty)
    #expect(try LabelQuery(parsing: "x=a,a=x") == LabelQuery(parsing: "a=x,x=a"))
}

@Test func requiredValueAndAdding() throws {
    let query = try LabelQuery(parsing: "app=web,tier in (db),env in (a,b),x!=y")
    #expect(query.requiredValue(forLabel: "app") == "web")
    #expect(query.requiredValue(forLabel: "tier") == "db")
    #expect(query.requiredValue(forLabel: "env") == nil)
    #expect(query.requiredValue(forLabel: "x") == nil)
    #expect(query.requiredValue(forLabel: "missing") == nil)
    let more = query.adding([try LabelRequirement(key: "b", operator: .exists)])
    #expect(more.description == "app=web,b,env in (a,b),tier in (db),x!=y")
    #expect(LabelQuery.nothing.adding([try LabelRequirement(key: "b", operator: .exists)]) == .nothing)
}

@Test(arguments: [
    ("x", LabelRequirement.Operator.in, [String](), "values: Invalid value: null: for 'in', 'notin' operators, values set can't be empty"),
    ("x", .notIn, [], "values: Invalid value: null: for 'in', 'notin' operators, values set can't be empty"),
    ("x", .equals, ["a", "b"], "values: Invalid value: [\"a\",\"b\"]: exact-match compatibility requires one single value"),
    ("x", .exists, ["a"], "values: Invalid value: [\"a\"]: values set must be empty for exists and does not exist"),
    ("x", .greaterThan, ["1", "2"], "values: Invalid value: [\"1\",\"2\"]: for 'Gt', 'Lt' operators, exactly one value is required"),
    ("foo", .greaterThan, ["bar"], "values[0]: Invalid value: \"bar\": for 'Gt', 'Lt' operators, the value must be an integer"),
    ("-x", .in, [],
     "[key: Invalid value: \"-x\": name part " + keyPattern
        + ", values: Invalid value: null: for 'in', 'notin' operators, values set can't be empty]"),
    ("x", .in, ["<a>"], "values[0][x]: Invalid value: \"<a>\": " + valuePattern),
    ("x", .in, ["<a>", "ok", "b\"c"],
     "[values[0][x]: Invalid value: \"<a>\": " + valuePattern + ", values[2][x]: Invalid value: \"b\\\"c\": " + valuePattern + "]"),
    (String(repeating: "a", count: 254), .exists, [],
     "key: Invalid value: \"\(String(repeating: "a", count: 254))\": name part must be no more than 63 bytes"),
])
func requirementValidationMatchesNewRequirement(
    key: String, op: LabelRequirement.Operator, values: [String], message: String
) {
    #expect(throws: SelectorError(.invalidLabelRequirement, message)) {
        try LabelRequirement(key: key, operator: op, values: values)
    }
}

@Test(arguments: [
    ("x", LabelRequirement.Operator.in, ["foo"]),
    ("x", .notIn, ["foo"]),
    ("x", .exists, []),
    ("x", .doesNotExist, []),
    ("1foo", .in, ["bar"]),
    ("1234", .in, ["bar"]),
    ("y", .greaterThan, ["1"]),
    ("z", .lessThan, ["6"]),
    ("example.com/Uppercase_Is_OK_123", .equals, [""]),
    (String(repeating: "a", count: 253) + "/" + String(repeating: "b", count: 63), .exists, []),
])
func validRequirements(key: String, op: LabelRequirement.Operator, values: [String]) throws {
    _ = try LabelRequirement(key: key, operator: op, values: values)
}

@Test(arguments: [
    "simple", "now-with-dashes", "1-starts-with-num", "1234", "simple/simple", "now-with-dashes/simple",
    "now.with.dots/simple", "1-num.2-num/3-num", "1.2.3.4/5678", "Uppercase_Is_OK_123", "requests.storage-foo",
    String(repeating: "a", count: 63),
    "nospecialchars%^=@", "cantendwithadash-", "-cantstartwithadash-", "only/one/slash", "Example.com/abc",
    "example_com/abc", "example.com/", "/simple", String(repeating: "a", count: 64),
    String(repeating: "a", count: 254) + "/abc", "", "a..b/c", "a-.b/c", "-a/b", "a-/b",
])
func fastKeyCheckAgreesWithMessages(key: String) {
    #expect(LabelValidation.isQualifiedName(key) == LabelValidation.qualifiedNameErrors(key).isEmpty)
}

@Test(arguments: [
    "simple", "now-with-dashes", "1-starts-with-num", "end-with-num-1", "1234", String(repeating: "a", count: 63), "",
    "nospecialchars%^=@", "Tama-nui-te-r\u{101}.is.M\u{101}ori.sun", "\\backslashes\\are\\bad", "-starts-with-dash",
    "ends-with-dash-", ".starts.with.dot", "ends.with.dot.", String(repeating: "a", count: 64),
])
func fastValueCheckAgreesWithMessages(value: String) {
    #expect(LabelValidation.isLabelValue(value) == LabelValidation.labelValueErrors(value).isEmpty)
}

@Test func requirementRendering() throws {
    #expect(try LabelRequirement(key: "x", operator: .in, values: ["def", "abc"]).description == "x in (abc,def)")
    #expect(try LabelRequirement(key: "x", operator: .notIn, values: [""]).description == "x notin ()")
    #expect(try LabelRequirement(key: "y", operator: .notEquals, values: ["jkl"]).description == "y!=jkl")
    #expect(try LabelRequirement(key: "z", operator: .doesNotExist).description == "!z")
    #expect(try LabelRequirement(key: "x", operator: .greaterThan, values: ["2"]).description == "x>2")
    #expect(try LabelRequirement(key: "y", operator: .lessThan, values: ["8"]).description == "y<8")
}
