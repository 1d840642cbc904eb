/// The part of `parsers.ParseImageName` (the docker reference grammar) that decides `imagePullPolicy`: whether
/// an image names the `latest` tag, explicitly or by naming no tag and no digest.
public enum ImageReference {
    /// `Always` for `:latest` or an untagged, undigested image; `IfNotPresent` otherwise, including for a
    /// digest and for a reference that does not parse (upstream ignores the parse error there).
    public static func defaultPullPolicy(for image: String) -> String {
        tag(of: image) == "latest" ? "Always" : "IfNotPresent"
    }

    /// The tag the reference resolves to: its tag, `latest` when it has neither tag nor digest, nil when it
    /// has only a digest or does not parse.
    public static func tag(of image: String) -> String? {
        var name = Substring(image)
        var hasDigest = false
        if let at = name.firstIndex(of: "@") {
            let digest = name[name.index(after: at)...]
            guard isDigest(digest) else { return nil }
            hasDigest = true
            name = name[..<at]
        }
        var tag: Substring?
        let lastSlash = name.lastIndex(of: "/")
        if let colon = name.lastIndex(of: ":"), lastSlash.map({ colon > $0 }) ?? true {
            tag = name[name.index(after: colon)...]
            name = name[..<colon]
        }
        guard isName(name) else { return nil }
        if let tag {
            guard isTag(tag) else { return nil }
            return String(tag)
        }
        return hasDigest ? nil : "latest"
    }

    /// `[\w][\w.-]{0,127}`.
    static func isTag(_ tag: Substring) -> Bool {
        guard let first = tag.utf8.first, tag.utf8.count <= 128, isWord(first) else { return false }
        return tag.utf8.allSatisfy { isWord($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") }
    }

    /// `algorithm:hex` with at least 32 hex digits.
    static func isDigest(_ digest: Substring) -> Bool {
        guard let colon = digest.firstIndex(of: ":") else { return false }
        let algorithm = digest[..<colon]
        let hex = digest[digest.index(after: colon)...]
        return !algorithm.isEmpty && hex.utf8.count >= 32
            && hex.utf8.allSatisfy { ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "f")) }
    }

    /// An optional registry host (it has a `.` or `:`, or is `localhost`; any case) and lowercase path
    /// components of `[a-z0-9]` joined by `.`, `_`, `__` or dashes. Works on bytes: it runs for every
    /// container of every pod written.
    static func isName(_ name: Substring) -> Bool {
        guard !name.isEmpty else { return false }
        var components = name.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        if components.count > 1, let first = components.first,
            first.contains(UInt8(ascii: ".")) || first.contains(UInt8(ascii: ":")) || first.elementsEqual("localhost".utf8)
                || first.contains(where: { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") })
        {
            guard first.allSatisfy({ isWord($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "]") }) else {
                return false
            }
            components.removeFirst()
        }
        return components.allSatisfy(isPathComponent)
    }

    /// `[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*`.
    static func isPathComponent(_ bytes: Substring.UTF8View) -> Bool {
        guard let first = bytes.first, let last = bytes.last, isLowerAlphanumeric(first), isLowerAlphanumeric(last) else {
            return false
        }
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if isLowerAlphanumeric(bytes[index]) {
                bytes.formIndex(after: &index)
                continue
            }
            var end = index
            while end < bytes.endIndex && !isLowerAlphanumeric(bytes[end]) { bytes.formIndex(after: &end) }
            let separator = bytes[index..<end]
            let valid = separator.elementsEqual(".".utf8) || separator.elementsEqual("_".utf8)
                || separator.elementsEqual("__".utf8) || separator.allSatisfy { $0 == UInt8(ascii: "-") }
            guard valid else { return false }
            index = end
        }
        return true
    }

    static func isWord(_ byte: UInt8) -> Bool {
        isLowerAlphanumeric(byte) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || byte == UInt8(ascii: "_")
    }

    static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }
}
