import Foundation

/// A `<Kind>List` (PodList, NodeList, ...): TypeMeta, ListMeta and the items.
public struct KubeList<Item: KubeObject>: APIModel {
    public var apiVersion: String = Item.apiVersion
    public var kind: String = Item.kind + "List"
    public var metadata = ListMeta()
    public var items: [Item] = []
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(items: [Item], resourceVersion: String = "") {
        self.items = items
        self.metadata.resourceVersion = resourceVersion
    }

    public static var schema: Schema<KubeList<Item>> {
        Schema([
            .omitEmpty("kind", \.kind),
            .omitEmpty("apiVersion", \.apiVersion),
            .field("metadata", \.metadata),
            .field("items", \.items),
        ])
    }
}
