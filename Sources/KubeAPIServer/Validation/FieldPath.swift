/// A path to a field, written as upstream's `field.Path` writes it (`spec.containers[0].ports[1].name`,
/// `metadata.labels[app]`), because clients show the cause's `field` verbatim and tests compare it.
public struct FieldPath: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The rendered path.
    public private(set) var description: String

    /// A root path (`metadata`, `spec`, `status`, `data`).
    public init(_ root: String) { description = root }

    /// A root path from a literal, so call sites read `"spec"` rather than `FieldPath("spec")`.
    public init(stringLiteral value: String) { description = value }

    /// The path of a member, or of nested members (`child("template", "spec")`).
    public func child(_ names: String...) -> FieldPath {
        var path = self
        for name in names {
            path.description += path.description.isEmpty ? name : "." + name
        }
        return path
    }

    /// The path of a list element (`containers[0]`).
    public func index(_ position: Int) -> FieldPath {
        var path = self
        path.description += "[\(position)]"
        return path
    }

    /// The path of a map entry (`labels[app]`), unquoted as upstream's `Key` writes it.
    public func key(_ key: String) -> FieldPath {
        var path = self
        path.description += "[" + key + "]"
        return path
    }
}
