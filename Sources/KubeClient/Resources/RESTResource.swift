import Foundation
import KubeModel

/// A kind the client can address: its plural resource name and scope, the client's own small
/// description of what the server's resource catalog says (the client never imports the server).
///
/// Group and version come from the kind's `apiVersion` (`apps/v1` → `apps`, `v1`). Conform other kinds
/// with two lines:
/// ```swift
/// extension MyKind: RESTResource {
///     public static let resource = "mykinds"
///     public static let isNamespaced = true
/// }
/// ```
public protocol RESTResource: KubeObject {
    /// The plural, lower-case name in paths (`daemonsets`).
    static var resource: String { get }
    /// Whether objects live in a namespace.
    static var isNamespaced: Bool { get }
}

extension RESTResource {
    /// The API group, "" for the core group.
    public static var group: String {
        guard let slash = apiVersion.firstIndex(of: "/") else { return "" }
        return String(apiVersion[..<slash])
    }

    /// The resource name qualified by its group as error messages and RBAC write it (`daemonsets.apps`).
    public static var qualifiedResource: String {
        group.isEmpty ? resource : resource + "." + group
    }

    /// The path of the collection (`/apis/apps/v1/namespaces/NS/daemonsets`), across all namespaces
    /// when `namespace` is nil (or the kind is cluster-scoped).
    public static func collectionPath(namespace: String?) -> String {
        var path = group.isEmpty ? "/api/" + apiVersion : "/apis/" + apiVersion
        if isNamespaced, let namespace { path += "/namespaces/" + escaped(namespace) }
        return path + "/" + resource
    }

    /// The path of one object, or of its `subresource` (`status`, `binding`, `eviction`).
    public static func objectPath(name: String, namespace: String?, subresource: String? = nil) -> String {
        var path = collectionPath(namespace: namespace) + "/" + escaped(name)
        if let subresource { path += "/" + subresource }
        return path
    }

    /// A path segment with everything but unreserved characters percent-encoded, so a name can never
    /// change the path's shape.
    private static func escaped(_ segment: String) -> String {
        URLQuery.escape(segment)
    }
}
