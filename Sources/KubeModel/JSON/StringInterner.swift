import Synchronization

/// One shared copy of the strings that repeat across decoded objects: label keys, owner UIDs and kinds,
/// condition types. Ten thousand pods of one DaemonSet then share one copy of each instead of holding ten
/// thousand, and comparing two of them (an owner UID with the DaemonSet's, a label key in a lookup) is a
/// pointer comparison instead of reading a separate heap buffer for each pod.
public enum StringInterner {
    /// Past this many strings new ones are no longer kept, so odd input cannot grow memory without bound.
    static let capacity = 16_384

    private static let strings = Mutex<Set<String>>([])

    /// The shared copy of `string` (kept from now on if there is room).
    public static func intern(_ string: String) -> String {
        // Up to 15 UTF-8 bytes a string is stored inline: there is no buffer to share.
        guard string.utf8.count > 15 else { return string }
        return strings.withLock { strings in
            if let index = strings.firstIndex(of: string) { return strings[index] }
            if strings.count < capacity { strings.insert(string) }
            return string
        }
    }

    /// `labels` with their keys interned (values vary too much to be worth it).
    public static func internKeys(_ labels: [String: String]) -> [String: String] {
        var interned: [String: String] = [:]
        interned.reserveCapacity(labels.count)
        for (key, value) in labels { interned[intern(key)] = value }
        return interned
    }
}
