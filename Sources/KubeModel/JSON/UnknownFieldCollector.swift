import Foundation
import Synchronization

/// Collects the members a decode kept in `unknownFields`, named by their path (`spec.template.spec.containers[0].imagee`),
/// so the API server can honour `fieldValidation=Strict|Warn` while the model still round-trips them.
///
/// Put it in `JSONDecoder.userInfo[UnknownFieldCollector.userInfoKey]`; every `APIModel` decode reports to it.
public final class UnknownFieldCollector: Sendable {
    /// The `userInfo` key the decoder looks for.
    public static let userInfoKey = CodingUserInfoKey(rawValue: "daemonry.unknownFields")!

    private let paths = Mutex<[String]>([])

    /// An empty collector.
    public init() {}

    /// The unknown members' paths, in the order the decoder met them.
    public var unknownFields: [String] { paths.withLock { $0 } }

    /// Records one unknown member at `codingPath`.
    func record(_ codingPath: [any CodingKey]) {
        var path = ""
        for key in codingPath {
            if let index = key.intValue {
                path += "[\(index)]"
            } else {
                if !path.isEmpty { path += "." }
                path += key.stringValue
            }
        }
        paths.withLock { $0.append(path) }
    }
}

extension APIModel {
    /// Decodes a value from JSON and also returns the paths of the members the model does not know.
    public static func decodeReportingUnknownFields(json data: Data) throws -> (value: Self, unknownFields: [String]) {
        // The reader cannot name unknown members; a document that has some is decoded again with the collector.
        if let read = read(json: data), !read.sawUnknownField {
            return (read.value, [])
        }
        let collector = UnknownFieldCollector()
        let decoder = JSONDecoder()
        decoder.userInfo[UnknownFieldCollector.userInfoKey] = collector
        let value = try decoder.decode(Self.self, from: data)
        return (value, collector.unknownFields)
    }
}
