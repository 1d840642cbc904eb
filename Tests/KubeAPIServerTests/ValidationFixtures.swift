import Foundation
import KubeModel
@testable import KubeAPIServer

/// Objects shared by the validation, defaulting and strategy tests.
enum ValidationFixtures {
    /// The smallest DaemonSet kubectl users write, as JSON.
    static let minimalDaemonSetJSON = #"""
        {"apiVersion":"apps/v1","kind":"DaemonSet",
         "metadata":{"name":"agent","namespace":"default"},
         "spec":{"selector":{"matchLabels":{"app":"agent"}},
                 "template":{"metadata":{"labels":{"app":"agent"}},
                             "spec":{"containers":[{"name":"agent","image":"nginx:1.25"}]}}}}
        """#

    /// `minimalDaemonSetJSON`, decoded and defaulted.
    static func daemonSet() -> DaemonSet {
        do {
            var daemonSet = try DaemonSet.decode(json: Data(minimalDaemonSetJSON.utf8))
            DaemonSetDefaults.apply(&daemonSet)
            return daemonSet
        } catch {
            fatalError("fixture does not decode: \(error)")
        }
    }

    /// A defaulted, stored-looking DaemonSet (created through the strategy).
    static func storedDaemonSet() -> DaemonSet {
        var daemonSet = daemonSet()
        DaemonSetStrategy.prepareForCreate(&daemonSet)
        daemonSet.metadata.uid = "uid-1"
        daemonSet.metadata.resourceVersion = "10"
        return daemonSet
    }

    /// A defaulted pod with one container.
    static func pod() -> Pod {
        var pod = Pod(metadata: ObjectMeta(name: "web", namespace: "default"))
        pod.spec.containers = [Container(name: "web", image: "nginx:1.25")]
        PodDefaults.apply(&pod)
        return pod
    }

    /// Each cause as upstream prints it in a 422 message: `field: message`.
    static func lines(_ causes: [StatusCause]) -> [String] {
        causes.map { $0.field.isEmpty ? $0.message : $0.field + ": " + $0.message }
    }
}
