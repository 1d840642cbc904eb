import Foundation

/// A node selector parsed once, with upstream's semantics (component-helpers `nodeaffinity.go`):
/// terms are ORed; a term's label and field requirements are ANDed; an empty term matches nothing; a term
/// that fails to parse matches nothing while the other terms are still evaluated.
struct CompiledNodeSelector: Sendable {
    let terms: [CompiledNodeSelectorTerm]
    /// Why terms were dropped, one line per problem, with field paths from `nodeSelectorTerms`.
    let parseErrors: [String]

    init(_ selector: NodeSelector) {
        var terms: [CompiledNodeSelectorTerm] = []
        var errors: [String] = []
        for (index, term) in selector.nodeSelectorTerms.enumerated() {
            // A nil or empty term selects no node.
            if term.matchExpressions.isEmpty && term.matchFields.isEmpty { continue }
            var termErrors: [String] = []
            let compiled = CompiledNodeSelectorTerm(term, path: "nodeSelectorTerms[\(index)]", errors: &termErrors)
            if termErrors.isEmpty {
                terms.append(compiled)
            } else {
                errors.append(contentsOf: termErrors)
            }
        }
        self.terms = terms
        self.parseErrors = errors
    }

    @inline(__always)
    func matches(nodeName: String, labels: [String: String]) -> Bool {
        for term in terms where term.matches(nodeName: nodeName, labels: labels) {
            return true
        }
        return false
    }
}

/// One parsed `NodeSelectorTerm`.
struct CompiledNodeSelectorTerm: Sendable {
    let labelRequirements: [CompiledLabelRequirement]
    let fieldRequirements: [CompiledFieldRequirement]

    init(_ term: NodeSelectorTerm, path: String, errors: inout [String]) {
        var labelRequirements: [CompiledLabelRequirement] = []
        for (index, requirement) in term.matchExpressions.enumerated() {
            let itemPath = "\(path).matchExpressions[\(index)]"
            if let compiled = CompiledLabelRequirement(requirement, path: itemPath, errors: &errors) {
                labelRequirements.append(compiled)
            }
        }
        var fieldRequirements: [CompiledFieldRequirement] = []
        for (index, requirement) in term.matchFields.enumerated() {
            let itemPath = "\(path).matchFields[\(index)]"
            if let compiled = CompiledFieldRequirement(requirement, path: itemPath, errors: &errors) {
                fieldRequirements.append(compiled)
            }
        }
        self.labelRequirements = labelRequirements
        self.fieldRequirements = fieldRequirements
    }

    @inline(__always)
    func matches(nodeName: String, labels: [String: String]) -> Bool {
        for requirement in labelRequirements where !requirement.matches(labels) {
            return false
        }
        // Upstream only consults field requirements when the node has fields, i.e. a non-empty name.
        if !nodeName.isEmpty {
            for requirement in fieldRequirements where !requirement.matches(nodeName: nodeName) {
                return false
            }
        }
        return true
    }
}

/// A set of requirement values: a short list compared in order, or a hash set when long.
enum CompiledValueSet: Sendable {
    case few([String])
    case many(Set<String>)

    init(_ values: [String]) {
        self = values.count <= 8 ? .few(values) : .many(Set(values))
    }

    @inline(__always)
    func contains(_ value: String) -> Bool {
        switch self {
        case .few(let values):
            for candidate in values where candidate == value { return true }
            return false
        case .many(let values):
            return values.contains(value)
        }
    }
}

/// One parsed label requirement (`labels.Requirement`).
struct CompiledLabelRequirement: Sendable {
    enum Operation: Sendable {
        case equals(String)
        case `in`(CompiledValueSet)
        case notIn(CompiledValueSet)
        case exists
        case doesNotExist
        case greaterThan(Int64)
        case lessThan(Int64)
    }

    let key: String
    let operation: Operation

    /// An exact match from a pod's `nodeSelector` map, unvalidated as upstream's `SelectorFromSet`.
    init(key: String, equals value: String) {
        self.key = key
        self.operation = .equals(value)
    }

    /// Parses a `matchExpressions` entry as `nodeSelectorRequirementsAsSelector` and `labels.NewRequirement` do;
    /// nil (with the reasons appended to `errors`) when it is malformed.
    init?(_ requirement: NodeSelectorRequirement, path: String, errors: inout [String]) {
        let before = errors.count
        let values = requirement.values
        let operation: Operation
        switch requirement.operator {
        case "In", "NotIn":
            if values.isEmpty {
                errors.append("\(path).values: Invalid value: []: for 'in', 'notin' operators, values set can't be empty")
            }
            operation = requirement.operator == "In" ? .in(CompiledValueSet(values)) : .notIn(CompiledValueSet(values))
        case "Exists", "DoesNotExist":
            if !values.isEmpty {
                errors.append(
                    "\(path).values: Invalid value: \(Self.quoted(values)): "
                        + "values set must be empty for exists and does not exist")
            }
            operation = requirement.operator == "Exists" ? .exists : .doesNotExist
        case "Gt", "Lt":
            var bound: Int64 = 0
            if values.count != 1 {
                errors.append(
                    "\(path).values: Invalid value: \(Self.quoted(values)): "
                        + "for 'Gt', 'Lt' operators, exactly one value is required")
            } else if let parsed = NodeSelectorSyntax.parseInt64(values[0]) {
                bound = parsed
            } else {
                errors.append(
                    "\(path).values[0]: Invalid value: \"\(values[0])\": "
                        + "for 'Gt', 'Lt' operators, the value must be an integer")
            }
            operation = requirement.operator == "Gt" ? .greaterThan(bound) : .lessThan(bound)
        default:
            errors.append("\(path).operator: Unsupported value: \"\(requirement.operator)\"")
            return nil
        }
        if !NodeSelectorSyntax.isQualifiedName(requirement.key) {
            errors.append("\(path).key: Invalid value: \"\(requirement.key)\": must be a qualified name")
        }
        for (index, value) in values.enumerated() where !NodeSelectorSyntax.isValidLabelValue(value) {
            errors.append("\(path).values[\(index)]: Invalid value: \"\(value)\": must be a valid label value")
        }
        if errors.count != before { return nil }
        self.key = requirement.key
        self.operation = operation
    }

    /// `Requirement.Matches`: In needs the label, NotIn accepts its absence, Gt/Lt need an integer label value.
    @inline(__always)
    func matches(_ labels: [String: String]) -> Bool {
        let value = labels[key]
        switch operation {
        case .equals(let expected):
            return value == expected
        case .in(let set):
            guard let value else { return false }
            return set.contains(value)
        case .notIn(let set):
            guard let value else { return true }
            return !set.contains(value)
        case .exists:
            return value != nil
        case .doesNotExist:
            return value == nil
        case .greaterThan(let bound):
            guard let value, let number = NodeSelectorSyntax.parseInt64(value) else { return false }
            return number > bound
        case .lessThan(let bound):
            guard let value, let number = NodeSelectorSyntax.parseInt64(value) else { return false }
            return number < bound
        }
    }

    private static func quoted(_ values: [String]) -> String {
        "[" + values.map { "\"\($0)\"" }.joined(separator: ",") + "]"
    }
}

/// One parsed field requirement: `field == value` (In) or `field != value` (NotIn) with exactly one value.
///
/// Nodes have a single selectable field, `metadata.name`; like upstream's `fields.Set`, any other key reads
/// as the empty string, so `In` on it never matches a non-empty value and `NotIn` does.
struct CompiledFieldRequirement: Sendable {
    let isNodeName: Bool
    let value: String
    let equal: Bool

    init?(_ requirement: NodeSelectorRequirement, path: String, errors: inout [String]) {
        switch requirement.operator {
        case "In", "NotIn":
            guard requirement.values.count == 1 else {
                errors.append(
                    "\(path).values: Invalid value: \(requirement.values.count) values: must have one element")
                return nil
            }
            self.isNodeName = requirement.key == "metadata.name"
            self.value = requirement.values[0]
            self.equal = requirement.operator == "In"
        default:
            errors.append(
                "\(path).operator: Unsupported value: \"\(requirement.operator)\": supported values: \"In\", \"NotIn\"")
            return nil
        }
    }

    @inline(__always)
    func matches(nodeName: String) -> Bool {
        let actual = isNodeName ? nodeName : ""
        return (actual == value) == equal
    }
}
