import Foundation
internal import Yams

/// Converts one composed YAML document to a `JSONValue` with YAML 1.2 core-schema scalar resolution
/// (see `ManifestReader`), resolving `<<` merge keys.
struct YAMLToJSON {
    /// The document's position, for error messages.
    let documentIndex: Int

    private static let strTag = "tag:yaml.org,2002:str"
    private static let intTag = "tag:yaml.org,2002:int"
    private static let floatTag = "tag:yaml.org,2002:float"
    private static let boolTag = "tag:yaml.org,2002:bool"
    private static let nullTag = "tag:yaml.org,2002:null"

    func value(_ node: Yams.Node) throws(ManifestError) -> JSONValue {
        switch node {
        case .scalar(let scalar):
            return try scalarValue(scalar)
        case .sequence(let sequence):
            var items: [JSONValue] = []
            items.reserveCapacity(sequence.count)
            for item in sequence { items.append(try value(item)) }
            return .array(items)
        case .mapping(let mapping):
            return .object(try members(mapping))
        case .alias(let alias):
            throw failure(.unsupportedValue, node.mark, "unresolved alias \(alias)")
        }
    }

    /// The members of a mapping: explicit keys first, then `<<` merges filling keys not yet present
    /// (earlier merge sources win, as the YAML merge-key spec says).
    private func members(_ mapping: Yams.Node.Mapping) throws(ManifestError) -> JSONObject {
        var object: JSONObject = [:]
        var merges: [Yams.Node] = []
        for (key, value) in mapping {
            guard case .scalar(let keyScalar) = key else {
                throw failure(.unsupportedValue, key.mark, "mapping keys must be scalars, found a collection")
            }
            if keyScalar.string == "<<" && keyScalar.style == .plain && isImplicit(keyScalar.tag) {
                merges.append(value)
                continue
            }
            object[keyScalar.string] = try self.value(value)
        }
        for merge in merges {
            let sources: [Yams.Node]
            switch merge {
            case .mapping: sources = [merge]
            case .sequence(let sequence): sources = Array(sequence)
            default: throw failure(.unsupportedValue, merge.mark, "a << merge needs a mapping or a list of mappings")
            }
            for source in sources {
                guard case .mapping(let sourceMapping) = source else {
                    throw failure(.unsupportedValue, source.mark, "a << merge needs a mapping or a list of mappings")
                }
                for (key, value) in try members(sourceMapping) where object[key] == nil {
                    object[key] = value
                }
            }
        }
        return object
    }

    private func isImplicit(_ tag: Tag) -> Bool {
        // `Resolver.basic` may already have resolved an implicit tag to `str` (e.g. while checking duplicate keys).
        let name = tag.description
        return name.isEmpty || name == Self.strTag
    }

    private func scalarValue(_ scalar: Yams.Node.Scalar) throws(ManifestError) -> JSONValue {
        let text = scalar.string
        let tag = scalar.tag.description
        switch tag {
        case Self.strTag, "!":
            // An explicit `!!str` or `!`. (Yams resolves tags in place only for mapping keys, when checking
            // duplicates, and keys are read as text anyway.)
            return .string(text)
        case Self.intTag:
            guard let number = Self.integer(text) else {
                throw failure(.unsupportedValue, scalar.mark, "cannot read \(GoText.quote(text)) as !!int")
            }
            return number
        case Self.floatTag:
            guard let number = Self.float(text) else {
                throw failure(.unsupportedValue, scalar.mark, "cannot read \(GoText.quote(text)) as !!float")
            }
            return try finite(number, scalar.mark)
        case Self.boolTag:
            guard let bool = Self.boolean(text) else {
                throw failure(.unsupportedValue, scalar.mark, "cannot read \(GoText.quote(text)) as !!bool")
            }
            return .bool(bool)
        case Self.nullTag:
            return .null
        default:
            if scalar.style != .plain && scalar.style != .any { return .string(text) }
            return try plain(text, scalar.mark)
        }
    }

    /// Core-schema resolution of a plain scalar.
    private func plain(_ text: String, _ mark: Mark?) throws(ManifestError) -> JSONValue {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        default: break
        }
        if let bool = Self.boolean(text) { return .bool(bool) }
        if let number = Self.integer(text) ?? Self.float(text) { return try finite(number, mark) }
        return .string(text)
    }

    private func finite(_ value: JSONValue, _ mark: Mark?) throws(ManifestError) -> JSONValue {
        if case .double(let number) = value, !number.isFinite {
            throw failure(.unsupportedValue, mark, "\(number) cannot be represented in JSON")
        }
        return value
    }

    static func boolean(_ text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE": true
        case "false", "False", "FALSE": false
        default: nil
        }
    }

    /// `[-+]?[0-9]+`, `0o[0-7]+`, `0x[0-9a-fA-F]+`; a decimal too large for Int64 becomes a double.
    static func integer(_ text: String) -> JSONValue? {
        var digits = Substring(text)
        var negative = false
        if let sign = digits.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            digits = digits.dropFirst()
        }
        if digits.hasPrefix("0x") || digits.hasPrefix("0o") {
            let radix = digits.hasPrefix("0x") ? 16 : 8
            let body = digits.dropFirst(2)
            guard !body.isEmpty, let magnitude = UInt64(body, radix: radix) else { return nil }
            if negative {
                return magnitude <= UInt64(Int64.max) + 1 ? .int(Int64(truncatingIfNeeded: 0 &- magnitude)) : nil
            }
            return magnitude <= UInt64(Int64.max) ? .int(Int64(magnitude)) : nil
        }
        guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            return nil
        }
        if let number = Int64(text) { return .int(number) }
        return Double(text).map(JSONValue.double)
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, `[-+]?.inf`, `.nan` (the last two are rejected later).
    static func float(_ text: String) -> JSONValue? {
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .double(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .double(-.infinity)
        case ".nan", ".NaN", ".NAN": return .double(.nan)
        default: break
        }
        var bytes = Substring(text).utf8[...]
        if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
        let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        let integerDigits = bytes.prefix(while: isDigit).count
        bytes = bytes.dropFirst(integerDigits)
        var fractionDigits = 0
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            fractionDigits = bytes.prefix(while: isDigit).count
            bytes = bytes.dropFirst(fractionDigits)
        }
        guard integerDigits > 0 || fractionDigits > 0 else { return nil }
        if let marker = bytes.first, marker == UInt8(ascii: "e") || marker == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
            let exponentDigits = bytes.prefix(while: isDigit).count
            guard exponentDigits > 0 else { return nil }
            bytes = bytes.dropFirst(exponentDigits)
        }
        guard bytes.isEmpty, let number = Double(text.hasPrefix("+") ? String(text.dropFirst()) : text) else {
            return nil
        }
        return .double(number)
    }

    private func failure(_ code: ManifestError.Code, _ mark: Mark?, _ problem: String) -> ManifestError {
        let location = mark.map { "line \($0.line), column \($0.column): " } ?? ""
        return ManifestError(code, documentIndex: documentIndex, location + problem)
    }
}
