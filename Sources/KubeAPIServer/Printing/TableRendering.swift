import Foundation
import KubeModel

/// A GET, list or watch answered as a Table: the resource's convertor with the request's `includeObject`
/// policy and the `meta.k8s.io` version the Accept header named.
struct TableRendering: Sendable {
    let convertor: TableConvertor
    let includeObject: IncludeObjectPolicy
    let tableVersion: String

    /// The rendering a request negotiated, nil when it asked for plain objects. `includeObject` is read
    /// only for Tables, as upstream parses its `TableOptions` only when converting.
    init?(format: ResponseFormat, query: QueryParameters, resource: ResourceInfo) throws(APIError) {
        guard case .table(let version) = format else { return nil }
        convertor = TableConvertor(resource: resource)
        includeObject = try IncludeObjectPolicy(query: query["includeObject"])
        tableVersion = version
    }

    /// A list's Table.
    func table(
        objects: [Data], resourceVersion: Int64, continue continueToken: String?, remainingItemCount: Int64?,
        now: Date
    ) throws -> [UInt8] {
        try convertor.table(
            objects: objects, resourceVersion: String(resourceVersion), continue: continueToken,
            remainingItemCount: remainingItemCount, includeObject: includeObject, tableVersion: tableVersion,
            now: now)
    }

    /// One object's Table: a GET (with columns) or a watch event (columns on the first event only).
    func table(object: Data, includeColumns: Bool, now: Date) throws -> [UInt8] {
        try convertor.table(
            object: object, includeObject: includeObject, includeColumns: includeColumns,
            tableVersion: tableVersion, now: now)
    }
}
