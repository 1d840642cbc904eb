/// The lexer and recursive-descent parser behind `LabelQuery(parsing:)`, following `labels.Parse` token for
/// token so that what it accepts, and every error message, match upstream (including its quirks, such as
/// `x in (` reporting "found '' expected: '('" without a comma).
struct LabelSelectorParser {
    enum Token: Equatable {
        case error, endOfString, closedPar, comma, doesNotExist, doubleEquals, equals, greaterThan, identifier
        case `in`, lessThan, notEquals, notIn, openPar
    }

    /// Whether `in`/`notin` are keywords (after a key) or plain identifiers (as keys and values).
    enum Context { case keyAndOperator, values }

    struct Item {
        var token: Token
        var literal: String
    }

    private let bytes: [UInt8]
    private var offset = 0
    private var items: [Item] = []
    private var position = 0

    /// `binaryOperators` in upstream's order, for "found 'x', expected: in, notin, =, ==, !=, gt, lt".
    private static let binaryOperatorList = "in, notin, =, ==, !=, gt, lt"

    init(_ selector: String) {
        bytes = Array(selector.utf8)
    }

    // MARK: Lexer

    /// The next byte, or 0 at the end (as upstream, a NUL byte also ends the input).
    private mutating func read() -> UInt8 {
        guard offset < bytes.count else { return 0 }
        defer { offset += 1 }
        return bytes[offset]
    }

    private mutating func unread() { offset -= 1 }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
            || byte == UInt8(ascii: "\n")
    }

    private static func isSpecialSymbol(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "="), UInt8(ascii: "!"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ","),
            UInt8(ascii: ">"), UInt8(ascii: "<"):
            return true
        default:
            return false
        }
    }

    private static func symbolToken(_ literal: [UInt8]) -> Token? {
        switch literal {
        case [UInt8(ascii: ")")]: .closedPar
        case [UInt8(ascii: ",")]: .comma
        case [UInt8(ascii: "!")]: .doesNotExist
        case [UInt8(ascii: "="), UInt8(ascii: "=")]: .doubleEquals
        case [UInt8(ascii: "=")]: .equals
        case [UInt8(ascii: ">")]: .greaterThan
        case [UInt8(ascii: "<")]: .lessThan
        case [UInt8(ascii: "!"), UInt8(ascii: "=")]: .notEquals
        case [UInt8(ascii: "(")]: .openPar
        default: nil
        }
    }

    private mutating func scanIdentifierOrKeyword() -> Item {
        var buffer: [UInt8] = []
        while true {
            let byte = read()
            if byte == 0 { break }
            if Self.isSpecialSymbol(byte) || Self.isWhitespace(byte) {
                unread()
                break
            }
            buffer.append(byte)
        }
        let literal = String(decoding: buffer, as: UTF8.self)
        switch literal {
        case "in": return Item(token: .in, literal: literal)
        case "notin": return Item(token: .notIn, literal: literal)
        default: return Item(token: .identifier, literal: literal)
        }
    }

    /// The longest operator made of special symbols: `!=` rather than `!`, `==` rather than `=`.
    private mutating func scanSpecialSymbol() -> Item {
        var buffer: [UInt8] = []
        var last: Item?
        while true {
            let byte = read()
            if byte == 0 { break }
            guard Self.isSpecialSymbol(byte) else {
                unread()
                break
            }
            buffer.append(byte)
            if let token = Self.symbolToken(buffer) {
                last = Item(token: token, literal: String(decoding: buffer, as: UTF8.self))
            } else if last != nil {
                unread()
                break
            }
        }
        return last
            ?? Item(token: .error, literal: "error expected: keyword found '\(String(decoding: buffer, as: UTF8.self))'")
    }

    private mutating func lex() -> Item {
        var byte = read()
        while Self.isWhitespace(byte) { byte = read() }
        if byte == 0 { return Item(token: .endOfString, literal: "") }
        unread()
        return Self.isSpecialSymbol(byte) ? scanSpecialSymbol() : scanIdentifierOrKeyword()
    }

    // MARK: Parser

    private func item(at index: Int, _ context: Context) -> Item {
        guard index < items.count else { return Item(token: .endOfString, literal: "") }
        var item = items[index]
        if context == .values && (item.token == .in || item.token == .notIn) { item.token = .identifier }
        return item
    }

    private func lookahead(_ context: Context) -> Item { item(at: position, context) }

    private mutating func consume(_ context: Context) -> Item {
        defer { position += 1 }
        return item(at: position, context)
    }

    private static func syntax(_ message: String) -> SelectorError {
        SelectorError(.invalidLabelSelector, message)
    }

    /// The requirements in input order (the caller sorts them by key).
    mutating func parse() throws(SelectorError) -> [LabelRequirement] {
        while true {
            let item = lex()
            items.append(item)
            if item.token == .endOfString { break }
        }
        var requirements: [LabelRequirement] = []
        while true {
            let next = lookahead(.values)
            switch next.token {
            case .identifier, .doesNotExist:
                do {
                    requirements.append(try parseRequirement())
                } catch {
                    throw Self.syntax("unable to parse requirement: " + error.message)
                }
                let separator = consume(.values)
                switch separator.token {
                case .endOfString:
                    return requirements
                case .comma:
                    let following = lookahead(.values)
                    if following.token != .identifier && following.token != .doesNotExist {
                        throw Self.syntax("found '\(following.literal)', expected: identifier after ','")
                    }
                default:
                    throw Self.syntax("found '\(separator.literal)', expected: ',' or 'end of string'")
                }
            case .endOfString:
                return requirements
            default:
                throw Self.syntax("found '\(next.literal)', expected: !, identifier, or 'end of string'")
            }
        }
    }

    private mutating func parseRequirement() throws(SelectorError) -> LabelRequirement {
        let (key, inferred) = try parseKeyAndInferOperator()
        if let inferred {
            return try LabelRequirement(key: key, operator: inferred, values: [])
        }
        let op = try parseOperator()
        let values: [String]
        switch op {
        case .in, .notIn: values = try parseValues()
        default: values = try parseExactValue()
        }
        return try LabelRequirement(key: key, operator: op, values: values)
    }

    /// The key, and `exists`/`doesNotExist` when no binary operator follows.
    private mutating func parseKeyAndInferOperator() throws(SelectorError) -> (String, LabelRequirement.Operator?) {
        var op: LabelRequirement.Operator?
        var item = consume(.values)
        if item.token == .doesNotExist {
            op = .doesNotExist
            item = consume(.values)
        }
        guard item.token == .identifier else {
            throw Self.syntax("found '\(item.literal)', expected: identifier")
        }
        let keyErrors = LabelValidation.qualifiedNameErrors(item.literal)
        if !keyErrors.isEmpty {
            // Upstream validates against a nil field path here, hence "<nil>".
            throw Self.syntax(GoText.invalid("<nil>", GoText.quote(item.literal), keyErrors.joined(separator: "; ")))
        }
        let next = lookahead(.values).token
        if (next == .endOfString || next == .comma) && op != .doesNotExist {
            op = .exists
        }
        return (item.literal, op)
    }

    private mutating func parseOperator() throws(SelectorError) -> LabelRequirement.Operator {
        let item = consume(.keyAndOperator)
        switch item.token {
        case .in: return .in
        case .equals: return .equals
        case .doubleEquals: return .doubleEquals
        case .greaterThan: return .greaterThan
        case .lessThan: return .lessThan
        case .notIn: return .notIn
        case .notEquals: return .notEquals
        default: throw Self.syntax("found '\(item.literal)', expected: \(Self.binaryOperatorList)")
        }
    }

    /// `(a,b,c)`: sorted and de-duplicated, as upstream's `sets.String`; `()` is the one empty value.
    private mutating func parseValues() throws(SelectorError) -> [String] {
        let open = consume(.values)
        guard open.token == .openPar else {
            throw Self.syntax("found '\(open.literal)' expected: '('")
        }
        let first = lookahead(.values)
        switch first.token {
        case .identifier, .comma:
            let values = try parseIdentifierList()
            if consume(.values).token != .closedPar {
                // Upstream reports the first token inside the parentheses here.
                throw Self.syntax("found '\(first.literal)', expected: ')'")
            }
            return values
        case .closedPar:
            _ = consume(.values)
            return [""]
        default:
            throw Self.syntax("found '\(first.literal)', expected: ',', ')' or identifier")
        }
    }

    /// A possibly empty list of possibly empty values: `a,,b`, `,a`, `a,`.
    private mutating func parseIdentifierList() throws(SelectorError) -> [String] {
        var values = Set<String>()
        while true {
            let item = consume(.values)
            switch item.token {
            case .identifier:
                values.insert(item.literal)
                let next = lookahead(.values)
                switch next.token {
                case .comma: continue
                case .closedPar: return values.sorted(by: GoText.precedes)
                default: throw Self.syntax("found '\(next.literal)', expected: ',' or ')'")
                }
            case .comma:
                if values.isEmpty { values.insert("") }
                let next = lookahead(.values).token
                if next == .closedPar {
                    values.insert("")
                    return values.sorted(by: GoText.precedes)
                }
                if next == .comma {
                    _ = consume(.values)
                    values.insert("")
                }
            default:
                throw Self.syntax("found '\(item.literal)', expected: ',', or identifier")
            }
        }
    }

    /// The single value after `=`, `==`, `!=`, `>` or `<`; empty when the requirement ends there.
    private mutating func parseExactValue() throws(SelectorError) -> [String] {
        let next = lookahead(.values).token
        if next == .endOfString || next == .comma { return [""] }
        let item = consume(.values)
        guard item.token == .identifier else {
            throw Self.syntax("found '\(item.literal)', expected: identifier")
        }
        return [item.literal]
    }
}
