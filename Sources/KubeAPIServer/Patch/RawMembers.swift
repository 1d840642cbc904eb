import Foundation
import KubeModel

/// The members of a JSON object as their undecoded bytes, so two versions of an object are compared member by
/// member and only the members whose bytes differ are parsed: a status write parses its status, not the spec.
enum RawMembers {
    /// The members of the object `data` holds, nil when it is not one (or the reader declines it).
    static func of(_ data: Data) -> [String: Data]? {
        try? JSONReader.read(data) { reader in
            var members: [String: Data] = [:]
            var cursor = try reader.beginObject()
            while let key = try reader.nextKey(&cursor) {
                let range = try reader.skipValueRange()
                guard members.updateValue(data[data.startIndex + range.lowerBound..<data.startIndex + range.upperBound], forKey: key) == nil
                else { throw JSONReader.Declined() }
            }
            return members
        }.value
    }

    /// The members of `old` and `new` whose bytes differ, parsed; `metadata` compared member by member and
    /// without `managedFields`. Nil when either is not an object this reads.
    static func differing(_ old: Data, _ new: Data) -> (old: JSONObject, new: JSONObject)? {
        guard let before = of(old), let after = of(new) else { return nil }
        var oldObject: JSONObject = [:]
        var newObject: JSONObject = [:]
        for name in Set(before.keys).union(after.keys) where before[name] != after[name] {
            if name == "metadata", let oldMetadata = before[name].flatMap(of), let newMetadata = after[name].flatMap(of) {
                guard let (oldMembers, newMembers) = parsed(oldMetadata, newMetadata, except: "managedFields") else { return nil }
                if !oldMembers.isEmpty || !newMembers.isEmpty {
                    oldObject[name] = .object(oldMembers)
                    newObject[name] = .object(newMembers)
                }
                continue
            }
            guard let (oldValue, newValue) = parsed(before[name], after[name]) else { return nil }
            oldObject[name] = oldValue
            newObject[name] = newValue
        }
        return (oldObject, newObject)
    }

    private static func parsed(_ old: [String: Data], _ new: [String: Data], except skipped: String)
        -> (JSONObject, JSONObject)?
    {
        var oldObject: JSONObject = [:]
        var newObject: JSONObject = [:]
        for name in Set(old.keys).union(new.keys) where name != skipped && old[name] != new[name] {
            guard let (oldValue, newValue) = parsed(old[name], new[name]) else { return nil }
            oldObject[name] = oldValue
            newObject[name] = newValue
        }
        return (oldObject, newObject)
    }

    private static func parsed(_ old: Data?, _ new: Data?) -> (JSONValue?, JSONValue?)? {
        do {
            return (try old.map(JSONValue.parse), try new.map(JSONValue.parse))
        } catch {
            return nil
        }
    }
}
