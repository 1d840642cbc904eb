import Foundation
import KubeModel

/// The Table of a kind with declared columns (`KindDefinition.columns`, later a CRD's
/// `additionalPrinterColumns`): Name, the columns, then Age.
enum ColumnPrinter {
    static func printer(_ columns: [PrinterColumn]) -> TypedPrinter<UnstructuredObject> {
        var definitions = [
            TableColumnDefinition(name: "Name", type: "string", format: "name", description: SwaggerDoc.objectMetaName)
        ]
        for column in columns {
            definitions.append(
                TableColumnDefinition(
                    name: column.name, type: column.type, format: column.format, description: column.description,
                    priority: column.priority))
        }
        // Age closes the row unless a column already tells the time (a ClusterRole's Created At) or the columns are
        // a CRD's, which are all its columns.
        let addsAge = !columns.contains { column in
            if case .jsonPath = column.cell { return true }
            return column.name == "Age" || column.type == "date"
        }
        if addsAge {
            definitions.append(
                TableColumnDefinition(name: "Age", type: "string", description: SwaggerDoc.objectMetaCreationTimestamp))
        }
        return TypedPrinter(columns: definitions) { object, now in
            var cells: [JSONValue] = [.string(object.metadata.name)]
            for column in columns { cells.append(cell(column, object, now)) }
            if addsAge { cells.append(age(object, now)) }
            return TableRow(cells: cells)
        }
    }

    static func cell(_ column: PrinterColumn, _ object: UnstructuredObject, _ now: Date) -> JSONValue {
        switch column.cell {
        // A count not reported yet reads 0, as upstream's printers print an unset integer.
        case .path(let path): return value(at: path, in: object) ?? (column.type == "integer" ? 0 : "")
        case .count(let paths):
            let total = paths.reduce(0) { total, path in
                switch value(at: path, in: object) {
                case .object(let members)?: return total + members.count
                case .array(let items)?: return total + items.count
                default: return total
                }
            }
            return .int(Int64(total))
        case .joined(let first, let second):
            // A count not reported yet reads 0, as kubectl prints `0/1`.
            func text(_ path: [String]) -> String {
                switch value(at: path, in: object) {
                case .string(let text)?: text
                case .int(let number)?: String(number)
                default: "0"
                }
            }
            return .string(text(first) + "/" + text(second))
        case .age: return age(object, now)
        case .jsonPath(let path): return JSONPathCell.cell(path, type: column.type, in: object, now: now)
        case .servicePorts:
            let ports = value(at: ["spec", "ports"], in: object)?.arrayValue ?? []
            let text = ports.map { port -> String in
                let number = port["port"].map { "\($0.intValue ?? 0)" } ?? ""
                let node = port["nodePort"]?.intValue.map { ":\($0)" } ?? ""
                return number + node + "/" + (port["protocol"]?.stringValue ?? "TCP")
            }.joined(separator: ",")
            return .string(text.isEmpty ? "<none>" : text)
        case .endpointAddresses:
            var addresses: [String] = []
            for subset in value(at: ["subsets"], in: object)?.arrayValue ?? [] {
                let ports = (subset["ports"]?.arrayValue ?? []).compactMap { $0["port"]?.intValue }
                for address in subset["addresses"]?.arrayValue ?? [] {
                    let ip = address["ip"]?.stringValue ?? ""
                    addresses += ports.isEmpty ? [ip] : ports.map { "\(ip):\($0)" }
                }
            }
            // kubectl shows three and counts the rest.
            let shown = addresses.prefix(3).joined(separator: ",")
            return .string(addresses.isEmpty ? "<none>" : addresses.count > 3 ? shown + " + \(addresses.count - 3) more..." : shown)
        }
    }

    static func value(at path: [String], in object: UnstructuredObject) -> JSONValue? {
        guard let first = path.first else { return nil }
        var current = first == "metadata" ? try? object.metadata.jsonValue() : object.unknownFields[first]
        for key in path.dropFirst() { current = current?[key] }
        return current
    }

    static func age(_ object: UnstructuredObject, _ now: Date) -> JSONValue {
        .string(HumanDuration.since(object.metadata.creationTimestamp?.date, now: now))
    }
}
