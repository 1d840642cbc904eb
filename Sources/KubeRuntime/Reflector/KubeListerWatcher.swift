import KubeClient
import KubeModel

/// Lists and watches one resource through a `KubeClient`, optionally narrowed to a namespace and selectors.
public struct KubeListerWatcher<Object: RESTResource>: ListerWatcher {
    /// The client.
    public let client: KubeClient
    /// The namespace, nil for all namespaces (and for cluster-scoped kinds).
    public var namespace: String?
    /// A label selector, nil for every object.
    public var labelSelector: String?
    /// A field selector (`spec.nodeName=node-1`), nil for every object.
    public var fieldSelector: String?
    /// Objects per page of a list: 500, client-go's pager default; nil lists in one response. Lists at a
    /// specific resourceVersion are never paged, as client-go's reflector, so the server can answer them from
    /// its cache.
    public var pageSize: Int? = 500

    /// A lister-watcher of `Object` through `client`.
    public init(
        client: KubeClient, namespace: String? = nil, labelSelector: String? = nil, fieldSelector: String? = nil,
        pageSize: Int? = 500
    ) {
        self.client = client
        self.namespace = namespace
        self.labelSelector = labelSelector
        self.fieldSelector = fieldSelector
        self.pageSize = pageSize
    }

    /// Lists every page; a `continue` token that expired mid-way falls back to one unpaged list, as client-go's
    /// pager (`FullListIfExpired`).
    public func list(resourceVersion: String) async throws -> ListResult<Object> {
        var options = ListOptions(
            labelSelector: labelSelector, fieldSelector: fieldSelector,
            resourceVersion: resourceVersion.isEmpty ? nil : resourceVersion)
        guard let pageSize, resourceVersion.isEmpty || resourceVersion == "0" else {
            let list = try await client.list(Object.self, namespace: namespace, options: options)
            return ListResult(items: list.items, resourceVersion: list.metadata.resourceVersion)
        }
        options.limit = pageSize
        var page = try await client.list(Object.self, namespace: namespace, options: options)
        var items = page.items
        while !page.metadata.continue.isEmpty {
            var next = options
            next.continue = page.metadata.continue
            // A continued list is served at the first page's snapshot; it must not name a version itself.
            next.resourceVersion = nil
            do {
                page = try await client.list(Object.self, namespace: namespace, options: next)
            } catch let error as KubeClientError where error.isExpired {
                options.limit = nil
                let full = try await client.list(Object.self, namespace: namespace, options: options)
                return ListResult(items: full.items, resourceVersion: full.metadata.resourceVersion)
            }
            items += page.items
        }
        return ListResult(items: items, resourceVersion: page.metadata.resourceVersion)
    }

    /// Starts a watch (a refused one, e.g. 410, throws here).
    public func watch(
        resourceVersion: String, timeoutSeconds: Int, allowWatchBookmarks: Bool
    ) async throws -> WatchStream<Object> {
        let options = ListOptions(
            labelSelector: labelSelector, fieldSelector: fieldSelector, resourceVersion: resourceVersion,
            timeoutSeconds: timeoutSeconds, allowWatchBookmarks: allowWatchBookmarks)
        return try await client.watch(Object.self, namespace: namespace, options: options)
    }
}
