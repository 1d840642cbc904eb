import ArgumentParser
import DaemonSetCore
import Foundation
import KubeModel

/// `daemonry placement`: which nodes each DaemonSet in the manifests would run on, without a cluster.
struct Placement: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show which nodes each DaemonSet would run a pod on (offline, from manifests).",
        discussion: """
            Reads DaemonSets and Nodes from YAML or JSON manifests (several documents or a List allowed) \
            and evaluates upstream's nodeShouldRunDaemonPod for every pair: node name, nodeSelector, \
            required node affinity, taints and tolerations (with the daemon tolerations added).
            """)

    @Option(name: .shortAndLong, help: "A manifest file with DaemonSets and/or Nodes (repeatable; - reads stdin).")
    var filename: [String] = []

    func validate() throws {
        if filename.isEmpty { throw ValidationError("at least one --filename is required") }
    }

    func run() throws {
        var daemonSets: [DaemonSet] = []
        var nodes: [Node] = []
        for path in filename {
            let text: String
            if path == "-" {
                text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            } else {
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw ValidationError("\(path): no such file or not readable")
                }
                text = String(decoding: data, as: UTF8.self)
            }
            do {
                for (index, document) in try ManifestReader.documents(from: text).enumerated() {
                    switch document["kind"]?.stringValue {
                    case DaemonSet.kind: daemonSets.append(try ManifestReader.decode(DaemonSet.self, from: document, index: index))
                    case Node.kind: nodes.append(try ManifestReader.decode(Node.self, from: document, index: index))
                    default: continue
                    }
                }
            } catch {
                throw ValidationError("\(path): \(error)")
            }
        }
        if daemonSets.isEmpty { throw ValidationError("no DaemonSet found in the manifests") }
        nodes.sort { $0.metadata.name < $1.metadata.name }
        let width = max(4, nodes.map(\.metadata.name.count).max() ?? 0) + 3
        for daemonSet in daemonSets {
            let placement = DaemonPlacement(daemonSet: daemonSet)
            let results = nodes.map { ($0.metadata.name, placement.evaluate($0)) }
            let desired = results.filter { $0.1.shouldRun }.count
            print("daemonset/\(daemonSet.metadata.name): \(desired) of \(nodes.count) nodes")
            print("NODE".padding(toLength: width, withPad: " ", startingAt: 0) + "SHOULD-RUN   CONTINUE-RUNNING")
            for (name, result) in results {
                print(
                    name.padding(toLength: width, withPad: " ", startingAt: 0)
                        + String(result.shouldRun).padding(toLength: 13, withPad: " ", startingAt: 0)
                        + String(result.shouldContinueRunning))
            }
        }
    }
}
