import Foundation
internal import Yams

/// Reads manifests as `kubectl apply -f` accepts them: one or many YAML documents separated by `---`, or JSON
/// (one object, or several concatenated), with `kind: List` flattened into its items.
///
/// YAML scalars are resolved with the YAML 1.2 core schema rather than Yams' YAML 1.1 defaults, so a manifest
/// means the same as JSON would: integers stay `.int`, `yes`/`no`/`on`/`off` stay strings (kubectl's go-yaml v2
/// would read them as booleans; quote them to be portable), timestamps stay strings, `1.5` is `.double`,
/// `~`/`null`/empty is `.null`, `0x1F`/`0o17` are integers. Quoted scalars and `!!str` are always strings.
/// Anchors, aliases and `<<` merge keys are resolved.
public enum ManifestReader {
    /// The objects in `text`, in order; empty and `null` documents are skipped.
    public static func documents(from text: String) throws(ManifestError) -> [JSONValue] {
        var documents: [JSONValue] = []
        for (index, document) in try rawDocuments(text).enumerated() {
            switch document {
            case .null:
                continue
            case .object:
                try flatten(document, index: index, into: &documents)
            default:
                throw ManifestError(
                    .notAnObject, documentIndex: index, "expected an object, found \(describe(document))")
            }
        }
        return documents
    }

    /// The objects in UTF-8 `data` (a file's contents).
    public static func documents(from data: Data) throws(ManifestError) -> [JSONValue] {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw ManifestError(.syntax, documentIndex: 0, "input is not valid UTF-8")
        }
        return try documents(from: text)
    }

    /// Decodes one document into `type`, through the document's JSON (`canonicalBytes`) and `JSONDecoder`.
    /// `index` only labels errors (use the document's position in `documents(from:)`).
    public static func decode<Model: APIModel>(
        _ type: Model.Type, from document: JSONValue, index: Int = 0
    ) throws(ManifestError) -> Model {
        do {
            return try JSONDecoder().decode(Model.self, from: Data(document.canonicalBytes))
        } catch let error as DecodingError {
            throw ManifestError(.decoding, documentIndex: index, describe(error))
        } catch {
            throw ManifestError(.decoding, documentIndex: index, oneLine("\(error)"))
        }
    }

    /// Every object in `text` decoded into `type` (all documents must be of that type).
    public static func decodeAll<Model: APIModel>(
        _ type: Model.Type, from text: String
    ) throws(ManifestError) -> [Model] {
        var models: [Model] = []
        for (index, document) in try documents(from: text).enumerated() {
            models.append(try decode(type, from: document, index: index))
        }
        return models
    }

    // MARK: Documents

    /// Every document of the input, `null` for empty ones, so indexes match the `---` sections.
    static func rawDocuments(_ text: String) throws(ManifestError) -> [JSONValue] {
        if let json = jsonDocuments(text) { return json }
        let depth = try YAMLLimits.check(text)
        return try DeepNesting.run(depth: depth) { () throws(ManifestError) -> [JSONValue] in
            var documents: [JSONValue] = []
            var sequence: YamlSequence<Yams.Node>
            do {
                sequence = try Yams.compose_all(yaml: text, Resolver.basic)
            } catch {
                throw ManifestError(.syntax, documentIndex: 0, describe(yamlError: error))
            }
            while let node = sequence.next() {
                documents.append(try YAMLToJSON(documentIndex: documents.count).value(node))
            }
            if let error = sequence.error {
                throw ManifestError(.syntax, documentIndex: documents.count, describe(yamlError: error))
            }
            return documents
        }
    }

    /// JSON input (starting with `{`): one object or several concatenated; nil when it is not JSON, so the
    /// text is read as YAML (which also covers flow mappings such as `{a: 1}`).
    static func jsonDocuments(_ text: String) -> [JSONValue]? {
        let bytes = Array(text.utf8)
        guard let first = bytes.firstIndex(where: { !JSONScan.isWhitespace($0) }), bytes[first] == UInt8(ascii: "{")
        else { return nil }
        var documents: [JSONValue] = []
        var start = first
        while start < bytes.count {
            guard let end = endOfJSONValue(bytes, from: start),
                let value = try? JSONValue.parse(Data(bytes[start..<end]))
            else { return nil }
            documents.append(value)
            guard let next = bytes[end...].firstIndex(where: { !JSONScan.isWhitespace($0) }) else { break }
            start = next
        }
        return documents
    }

    /// The end of the object or array starting at `start` (brackets counted outside strings).
    private static func endOfJSONValue(_ bytes: [UInt8], from start: Int) -> Int? {
        guard bytes[start] == UInt8(ascii: "{") || bytes[start] == UInt8(ascii: "[") else { return nil }
        var depth = 0
        var scan = JSONScan()
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if scan.isStructure(byte) {
                if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
                    depth += 1
                } else if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
                    depth -= 1
                    if depth == 0 { return index + 1 }
                }
            }
            index += 1
        }
        return nil
    }

    /// Appends `document`, or the items of a `List` (any kind ending in `List` that has `items`); items of a
    /// typed list (`PodList`) without `kind`/`apiVersion` get them from the list, as kubectl does.
    private static func flatten(_ document: JSONValue, index: Int, into documents: inout [JSONValue]) throws(ManifestError) {
        guard case .object(let members) = document, let kind = members["kind"]?.stringValue, kind.hasSuffix("List"),
            case .array(let items)? = members["items"]
        else {
            documents.append(document)
            return
        }
        let itemKind = kind == "List" ? nil : String(kind.dropLast(4))
        for (position, item) in items.enumerated() {
            guard case .object(var fields) = item else {
                throw ManifestError(
                    .notAnObject, documentIndex: index, "items[\(position)]: expected an object, found \(describe(item))")
            }
            if let itemKind, fields["kind"] == nil {
                fields["kind"] = .string(itemKind)
                if fields["apiVersion"] == nil, let apiVersion = members["apiVersion"] { fields["apiVersion"] = apiVersion }
            }
            try flatten(.object(fields), index: index, into: &documents)
        }
    }

    // MARK: Messages

    /// A JSON value's kind in words ("a string", "a list"), for "expected an object, found a list".
    public static func describe(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool: "a boolean"
        case .int, .double: "a number"
        case .string: "a string"
        case .array: "a list"
        case .object: "an object"
        }
    }

    /// Yams' error as one line: position, problem and context, without its multi-line source snippet.
    static func describe(yamlError error: any Error) -> String {
        guard let yamlError = error as? YamlError else { return oneLine("\(error)") }
        func located(_ mark: Mark, _ problem: String, _ context: YamlError.Context?) -> String {
            var text = "line \(mark.line), column \(mark.column): \(problem)"
            if let context { text += " (\(context.text) at line \(context.mark.line), column \(context.mark.column))" }
            return text
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            return located(mark, problem, context)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.sorted().map { "\"\($0)\"" }.joined(separator: ", ")
            return "line \(context.mark.line), column \(context.mark.column): duplicate mapping key \(keys)"
        case .reader(let problem, let offset, _, _):
            return "\(problem) at byte \(offset.map(String.init) ?? "?")"
        default:
            return oneLine(yamlError.description)
        }
    }

    /// A `DecodingError` as `path: problem`.
    static func describe(_ error: DecodingError) -> String {
        let context: DecodingError.Context
        switch error {
        case .typeMismatch(_, let value), .valueNotFound(_, let value), .dataCorrupted(let value):
            context = value
        case .keyNotFound(let key, let value):
            return oneLine("\(path(value.codingPath + [key])): required field is missing")
        @unknown default:
            return oneLine("\(error)")
        }
        let location = path(context.codingPath)
        return oneLine(location.isEmpty ? context.debugDescription : "\(location): \(context.debugDescription)")
    }

    /// `spec.template.spec.containers[0].image`.
    static func path(_ codingPath: [any CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if let position = key.intValue {
                text += "[\(position)]"
            } else {
                if !text.isEmpty { text += "." }
                text += key.stringValue
            }
        }
        return text
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " ")
    }
}
