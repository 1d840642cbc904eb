import Foundation

/// A query string built from name/value pairs, each percent-encoded but for unreserved characters, so a
/// selector such as `app in (a,b)` or `spec.nodeName=n1` arrives intact.
struct URLQuery: Sendable, Hashable {
    /// RFC 3986 unreserved characters: letters, digits, `-._~`.
    static let unreserved = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")

    /// The pairs, in order.
    private(set) var items: [(name: String, value: String)] = []

    static func == (lhs: URLQuery, rhs: URLQuery) -> Bool {
        lhs.items.elementsEqual(rhs.items) { $0 == $1 }
    }

    func hash(into hasher: inout Hasher) {
        for (name, value) in items {
            hasher.combine(name)
            hasher.combine(value)
        }
    }

    /// Adds `name=value` when `value` is non-nil and non-empty.
    mutating func add(_ name: String, _ value: String?) {
        guard let value, !value.isEmpty else { return }
        items.append((name, value))
    }

    /// `?a=1&b=2`, or "" when empty.
    var encoded: String {
        guard !items.isEmpty else { return "" }
        return "?" + items.map { Self.escape($0.name) + "=" + Self.escape($0.value) }.joined(separator: "&")
    }

    private static func escape(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }
}
