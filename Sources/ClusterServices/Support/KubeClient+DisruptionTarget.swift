import Foundation
import KubeClient
import KubeModel

extension KubeClient {
    /// Marks a pod about to be deleted with `DisruptionTarget=True` and the reason, as upstream's taint
    /// eviction and pod GC controllers do before deleting, so the pod's owner can tell why it went. A pod
    /// already gone is fine.
    func markDisruptionTarget(_ pod: Pod, reason: String, message: String, now: Date) async throws {
        let patch: JSONValue = [
            "status": [
                "conditions": [
                    [
                        "type": .string(PodConditionType.disruptionTarget), "status": "True", "reason": .string(reason),
                        "message": .string(message), "lastTransitionTime": .string(Time(now).rfc3339),
                    ]
                ]
            ]
        ]
        do {
            _ = try await self.patch(
                Pod.self, name: pod.metadata.name, namespace: pod.metadata.namespace, patch: .strategic(patch),
                subresource: "status")
        } catch {
            guard let error = error as? KubeClientError, error.code == .notFound else { throw error }
        }
    }
}
