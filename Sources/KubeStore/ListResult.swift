/// One page of a list: the items, the snapshot's resourceVersion and how to get the rest.
public struct ListResult: Sendable {
    /// The matching objects, ordered by namespace then name.
    public var items: [StoredObject]
    /// The resourceVersion of the snapshot every page of this list comes from (`ListMeta.resourceVersion`).
    public var resourceVersion: Int64
    /// The token for the next page (`ListMeta.continue`); nil on the last page.
    public var continueToken: String?
    /// How many objects the later pages hold (`ListMeta.remainingItemCount`); only without a restrictive
    /// filter, as upstream, since with one it would cost a full scan.
    public var remainingItemCount: Int64?

    /// A page; built by the store.
    public init(items: [StoredObject], resourceVersion: Int64, continueToken: String?, remainingItemCount: Int64?) {
        self.items = items
        self.resourceVersion = resourceVersion
        self.continueToken = continueToken
        self.remainingItemCount = remainingItemCount
    }
}
