import Foundation
import KubeModel
import KubeStore

/// Upstream's admission plugins a DaemonSet user meets when a pod is created, over the objects they name:
/// `ServiceAccount` (the account must exist), `Priority` (the class must exist; the pod takes its value and
/// preemption policy, or the global default class's) and `RuntimeClass` (the class must exist). A refusal is
/// upstream's 403, so the DaemonSet controller reports `FailedCreate` as it does against a real cluster.
///
/// Decisions: a pod naming no account, or `default`, is not checked (upstream's controller makes `default` in
/// every namespace, and tests and tools create pods in namespaces before it does here); a pod with no class and
/// no global default keeps no `priority` (upstream writes 0).
struct PodAdmission {
    let store: ObjectStore

    /// Admits `pod` into `namespace`, filling in its priority.
    func admit(_ pod: inout Pod) throws(APIError) {
        let namespace = pod.metadata.namespace
        let account = pod.spec.serviceAccountName
        if !account.isEmpty, account != ServiceAccountController.defaultName,
            store.get(ObjectKey(resource: "serviceaccounts", namespace: namespace, name: account)) == nil
        {
            throw forbidden(
                pod, "error looking up service account \(namespace)/\(account): serviceaccount \"\(account)\" not found")
        }
        try admitPriority(&pod)
        if let runtimeClass = pod.spec.runtimeClassName, !runtimeClass.isEmpty,
            store.get(ObjectKey(resource: "runtimeclasses.node.k8s.io", namespace: "", name: runtimeClass)) == nil
        {
            throw forbidden(pod, "pod rejected: RuntimeClass \"\(runtimeClass)\" not found")
        }
    }

    private func admitPriority(_ pod: inout Pod) throws(APIError) {
        let className = pod.spec.priorityClassName
        let priorityClass: JSONValue?
        if className.isEmpty {
            priorityClass = globalDefaultClass()
        } else {
            guard let stored = store.get(ObjectKey(resource: "priorityclasses.scheduling.k8s.io", namespace: "", name: className)),
                let value = try? JSONValue.parse(stored.data)
            else { throw forbidden(pod, "no PriorityClass with name \(className) was found") }
            priorityClass = value
        }
        guard let priorityClass, let value = priorityClass["value"]?.intValue else { return }
        let computed = Int32(truncatingIfNeeded: value)
        if let given = pod.spec.priority, given != computed {
            throw forbidden(
                pod,
                "the integer value of priority (\(given)) must not be provided in pod spec; priority admission "
                    + "controller computed \(computed) from the given PriorityClass name")
        }
        pod.spec.priority = computed
        if pod.spec.preemptionPolicy == nil, let policy = priorityClass["preemptionPolicy"]?.stringValue {
            pod.spec.preemptionPolicy = policy
        }
    }

    /// The class marked `globalDefault`, if any. Every pod create asks, so only a class whose bytes say so is
    /// decoded (Go's encoding writes the field exactly this way).
    private func globalDefaultClass() -> JSONValue? {
        guard let listed = try? store.list(resource: "priorityclasses.scheduling.k8s.io") else { return nil }
        let marker = Data(#""globalDefault":true"#.utf8)
        for object in listed.items where object.data.range(of: marker) != nil {
            if let value = try? JSONValue.parse(object.data), value["globalDefault"] == .bool(true) { return value }
        }
        return nil
    }

    /// 403 as upstream's `admission.NewForbidden`: named by the pod's name, or its `generateName` before one.
    private func forbidden(_ pod: Pod, _ reason: String) -> APIError {
        let name = pod.metadata.name.isEmpty ? pod.metadata.generateName : pod.metadata.name
        return APIError(
            .forbidden, "pods \(GoText.quote(name)) is forbidden: \(reason)",
            details: StatusDetails(name: name, kind: "pods"))
    }
}
