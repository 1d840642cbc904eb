/// Who a request comes from, as upstream's `user.Info`: the name and groups that authorization (and
/// audit, and `managedFields` managers) will see.
public struct UserInfo: Sendable, Hashable, CustomStringConvertible {
    /// Upstream's group of every authenticated user, added by its authenticator to each identity.
    public static let authenticatedGroup = "system:authenticated"

    /// The user name (a client certificate's CN).
    public var name: String
    /// The groups (a client certificate's O attributes).
    public var groups: [String]

    /// An identity with these name and groups.
    public init(name: String, groups: [String] = []) {
        self.name = name
        self.groups = groups
    }

    /// `name` and the groups in brackets, for logs.
    public var description: String { groups.isEmpty ? name : "\(name) \(groups)" }

    /// The same identity with `system:authenticated` appended once, as upstream's authenticator does.
    public func authenticated() -> UserInfo {
        var copy = self
        if !copy.groups.contains(Self.authenticatedGroup) { copy.groups.append(Self.authenticatedGroup) }
        return copy
    }
}
