import CYaml

/// Go-yaml's two limits on what a small YAML text may cost, checked on libyaml's events before anything is
/// composed: nesting past 10,000 levels (`exceeded max depth of 10000`), and aliases that expand a document
/// far past its size (`document contains excessive aliasing`, go-yaml's ratio rule). Without them a 500-byte
/// "billion laughs" expands to gigabytes, and a deep document overflows the composer's recursion.
enum YAMLLimits {
    /// go-yaml's `max_flow_level` and `max_indents`.
    static let maximumDepth = 10_000

    /// How deep `text` nests; refuses it when it nests too deep or its aliases expand too much. Other
    /// problems are left to the composer, which words them.
    @discardableResult
    static func check(_ text: String) throws(ManifestError) -> Int {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return 0 }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(text.utf8)
        return try bytes.withUnsafeMutableBufferPointer { buffer throws(ManifestError) -> Int in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var budget = Budget()
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                defer { yaml_event_delete(&event) }
                let type = event.type
                if type == YAML_STREAM_END_EVENT { break }
                try budget.take(event, type)
            }
            return budget.deepest
        }
    }

    /// The running counts of one document: expanded node counts per open collection and per anchor.
    private struct Budget {
        /// Nodes of each open collection so far, itself included, with its anchor.
        var open: [(nodes: Int, anchor: String?)] = []
        /// The deepest nesting seen.
        var deepest = 0
        /// Expanded node count of each anchored node, as an alias to it would decode.
        var anchored: [String: Int] = [:]
        var documentIndex = -1
        /// go-yaml's `decodeCount` and `aliasCount`.
        var decoded = 0
        var aliased = 0

        mutating func take(_ event: yaml_event_t, _ type: yaml_event_type_t) throws(ManifestError) {
            switch type {
            case YAML_DOCUMENT_START_EVENT:
                documentIndex += 1
                anchored = [:]
                decoded = 0
                aliased = 0
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                guard open.count < YAMLLimits.maximumDepth else {
                    throw ManifestError(
                        .syntax, documentIndex: max(documentIndex, 0),
                        "line \(event.start_mark.line + 1): exceeded max depth of \(YAMLLimits.maximumDepth)")
                }
                let anchor = type == YAML_SEQUENCE_START_EVENT
                    ? text(event.data.sequence_start.anchor) : text(event.data.mapping_start.anchor)
                open.append((1, anchor))
                deepest = max(deepest, open.count)
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let closed = open.popLast() else { return }
                finish(closed.nodes, anchor: closed.anchor)
            case YAML_SCALAR_EVENT:
                finish(1, anchor: text(event.data.scalar.anchor))
            case YAML_ALIAS_EVENT:
                let nodes = text(event.data.alias.anchor).flatMap { anchored[$0] } ?? 1
                aliased = Self.sum(aliased, nodes)
                finish(nodes, anchor: nil)
                if aliased > 100 && decoded > 1000
                    && Double(aliased) / Double(decoded) > Self.allowedAliasRatio(decoded)
                {
                    throw ManifestError(
                        .syntax, documentIndex: max(documentIndex, 0),
                        "line \(event.start_mark.line + 1): document contains excessive aliasing")
                }
            default:
                break
            }
        }

        /// A complete node of `nodes` expanded nodes: counted, remembered under its anchor, added to its parent.
        private mutating func finish(_ nodes: Int, anchor: String?) {
            decoded = Self.sum(decoded, nodes)
            if let anchor { anchored[anchor] = nodes }
            if !open.isEmpty { open[open.count - 1].nodes = Self.sum(open[open.count - 1].nodes, nodes) }
        }

        /// go-yaml's `allowedAliasRatio`: 99% of a small document may come from aliases, 10% of a huge one.
        static func allowedAliasRatio(_ decoded: Int) -> Double {
            let low = 400_000.0
            let high = 4_000_000.0
            let count = Double(decoded)
            if count <= low { return 0.99 }
            if count >= high { return 0.10 }
            return 0.99 - 0.89 * (count - low) / (high - low)
        }

        /// Addition that saturates: nested aliases can describe more nodes than an `Int` holds.
        static func sum(_ a: Int, _ b: Int) -> Int {
            let (result, overflow) = a.addingReportingOverflow(b)
            return overflow ? Int.max / 2 : result
        }

        private func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
        }
    }
}
