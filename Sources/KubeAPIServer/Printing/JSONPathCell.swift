import Foundation
import KubeModel

/// The cell of a CRD's printer column: its JSONPath evaluated on the object, the result shown as the column's
/// type says. The paths CRDs use are covered: `.a.b`, `['a.b']`, `[0]`, `[*]`, `.*` and filters
/// `[?(@.type=="Ready")]` (with `==` or `!=` against a string, number or boolean), optionally in `{...}`.
enum JSONPathCell {
    static func cell(_ path: String, type: String, in object: UnstructuredObject, now: Date) -> JSONValue {
        guard let document = try? object.jsonValue(), let steps = parse(path) else { return .null }
        // Only the first value counts when the path matches several, as upstream.
        guard let first = evaluate(steps, on: [document]).first else { return .null }
        switch (type, first) {
        case ("integer", .int), ("number", .double), ("boolean", .bool):
            return first
        case ("integer", .double(let number)):
            return Int64(exactly: number.rounded(.towardZero)).map(JSONValue.int) ?? .null
        case ("number", .int(let number)):
            return .double(Double(number))
        case ("date", .string(let timestamp)):
            guard let date = Time(rfc3339: timestamp)?.date else { return "<invalid>" }
            return .string(HumanDuration.since(date, now: now))
        case ("string", _):
            return .string(text(first))
        default:
            return .null
        }
    }

    /// A value as kubectl's JSONPath prints it: strings bare, the rest as JSON.
    private static func text(_ value: JSONValue) -> String {
        if case .string(let string) = value { return string }
        return String(decoding: value.canonicalBytes, as: UTF8.self)
    }

    enum Step: Equatable {
        case member(String)
        case index(Int)
        case all
        case filter(path: [String], equal: Bool, value: JSONValue)
    }

    /// The steps of `path`, or nil when it is not one this evaluator reads.
    static func parse(_ path: String) -> [Step]? {
        var text = Substring(path.trimmingCharacters(in: .whitespaces))
        if text.hasPrefix("{") && text.hasSuffix("}") { text = text.dropFirst().dropLast() }
        var steps: [Step] = []
        while let head = text.first {
            if head == "." {
                text = text.dropFirst()
                if text.first == "*" {
                    text = text.dropFirst()
                    steps.append(.all)
                    continue
                }
                let name = text.prefix { $0 != "." && $0 != "[" }
                if name.isEmpty { continue }
                steps.append(.member(String(name)))
                text = text.dropFirst(name.count)
            } else if head == "[" {
                guard let close = closingBracket(text) else { return nil }
                let inner = text[text.index(after: text.startIndex)..<close].trimmingCharacters(in: .whitespaces)
                text = text[text.index(after: close)...]
                guard let step = bracket(inner) else { return nil }
                steps.append(step)
            } else if head == "@" || head == "$" {
                text = text.dropFirst()
            } else {
                return nil
            }
        }
        return steps
    }

    /// The `]` closing the bracket `text` opens, skipping quoted text.
    private static func closingBracket(_ text: Substring) -> Substring.Index? {
        var quote: Character?
        var index = text.index(after: text.startIndex)
        while index < text.endIndex {
            let character = text[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "'" || character == "\"" {
                quote = character
            } else if character == "]" {
                return index
            }
            index = text.index(after: index)
        }
        return nil
    }

    private static func bracket(_ inner: String) -> Step? {
        if inner == "*" { return .all }
        if let number = Int(inner) { return .index(number) }
        if let name = unquoted(inner) { return .member(name) }
        guard inner.hasPrefix("?(") && inner.hasSuffix(")") else { return nil }
        let condition = inner.dropFirst(2).dropLast()
        let equal = condition.contains("==")
        let parts = condition.components(separatedBy: equal ? "==" : "!=")
        guard parts.count == 2 else { return nil }
        let left = parts[0].trimmingCharacters(in: .whitespaces)
        let right = parts[1].trimmingCharacters(in: .whitespaces)
        guard left.hasPrefix("@.") else { return nil }
        let path = left.dropFirst(2).split(separator: ".").map(String.init)
        let value: JSONValue
        if let text = unquoted(right) {
            value = .string(text)
        } else if let number = Int64(right) {
            value = .int(number)
        } else if right == "true" || right == "false" {
            value = .bool(right == "true")
        } else {
            return nil
        }
        return .filter(path: path, equal: equal, value: value)
    }

    private static func unquoted(_ text: String) -> String? {
        guard text.count >= 2, let first = text.first, first == "'" || first == "\"", text.last == first else { return nil }
        return String(text.dropFirst().dropLast())
    }

    static func evaluate(_ steps: [Step], on values: [JSONValue]) -> [JSONValue] {
        var current = values
        for step in steps {
            var next: [JSONValue] = []
            for value in current {
                switch step {
                case .member(let name):
                    if let member = value[name] { next.append(member) }
                case .index(let position):
                    guard case .array(let items) = value else { continue }
                    let resolved = position < 0 ? items.count + position : position
                    if items.indices.contains(resolved) { next.append(items[resolved]) }
                case .all:
                    switch value {
                    case .array(let items): next += items
                    case .object(let members): next += members.keys.sorted().compactMap { members[$0] }
                    default: break
                    }
                case .filter(let path, let equal, let expected):
                    guard case .array(let items) = value else { continue }
                    next += items.filter { item in
                        let found = path.reduce(Optional(item)) { $0?[$1] }
                        return (found == expected) == equal
                    }
                }
            }
            current = next
        }
        return current
    }
}
