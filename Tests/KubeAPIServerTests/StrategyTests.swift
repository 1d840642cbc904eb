import Foundation
import KubeModel
import Testing
@testable import KubeAPIServer

@Test(arguments: [(nil, "1"), ("0", "1"), ("5", "5"), ("junk", "1")] as [(String?, String)])
func daemonSetCreateSetsGenerationAndTemplateGeneration(annotation: String?, expected: String) {
    var daemonSet = ValidationFixtures.daemonSet()
    daemonSet.metadata.annotations[DaemonSetValidation.templateGenerationAnnotation] = annotation
    daemonSet.metadata.generation = 7
    daemonSet.status.numberReady = 3
    DaemonSetStrategy.prepareForCreate(&daemonSet)
    #expect(daemonSet.metadata.generation == 1)
    #expect(daemonSet.metadata.annotations[DaemonSetValidation.templateGenerationAnnotation] == expected)
    #expect(daemonSet.status == DaemonSetStatus())
}

/// An update through the main resource and the generation / template generation it must end with.
struct BumpCase: Sendable, CustomStringConvertible {
    let description: String
    let mutate: @Sendable (inout DaemonSet) -> Void
    let generation: Int64
    let templateGeneration: String
}

let bumpCases: [BumpCase] = [
    BumpCase(description: "no change", mutate: { _ in }, generation: 1, templateGeneration: "1"),
    BumpCase(
        description: "metadata only",
        mutate: {
            $0.metadata.labels["team"] = "infra"
            $0.metadata.annotations["note"] = "x"
        }, generation: 1, templateGeneration: "1"),
    BumpCase(description: "status ignored", mutate: { $0.status.numberReady = 9 }, generation: 1, templateGeneration: "1"),
    BumpCase(
        description: "client cannot set the template generation",
        mutate: { $0.metadata.annotations[DaemonSetValidation.templateGenerationAnnotation] = "40" },
        generation: 1, templateGeneration: "1"),
    BumpCase(description: "client cannot set the generation", mutate: { $0.metadata.generation = 40 }, generation: 1, templateGeneration: "1"),
    BumpCase(description: "spec outside the template", mutate: { $0.spec.minReadySeconds = 5 }, generation: 2, templateGeneration: "1"),
    BumpCase(
        description: "update strategy",
        mutate: { $0.spec.updateStrategy.rollingUpdate = RollingUpdateDaemonSet(maxUnavailable: "10%", maxSurge: 0) },
        generation: 2, templateGeneration: "1"),
    BumpCase(
        description: "template image", mutate: { $0.spec.template.spec.containers[0].image = "nginx:1.27" },
        generation: 2, templateGeneration: "2"),
    BumpCase(
        description: "template labels", mutate: { $0.spec.template.metadata.labels["tier"] = "node" },
        generation: 2, templateGeneration: "2"),
]

@Test(arguments: bumpCases)
func daemonSetUpdateBumps(_ testCase: BumpCase) {
    let old = ValidationFixtures.storedDaemonSet()
    var updated = old
    testCase.mutate(&updated)
    DaemonSetDefaults.apply(&updated)
    DaemonSetStrategy.prepareForUpdate(&updated, old: old)
    #expect(updated.metadata.generation == testCase.generation)
    #expect(updated.metadata.annotations[DaemonSetValidation.templateGenerationAnnotation] == testCase.templateGeneration)
    #expect(updated.status == old.status)
    #expect(DaemonSetValidation.validateUpdate(updated, old: old).isEmpty)
}

@Test func daemonSetUpdatesAccumulate() {
    var current = ValidationFixtures.storedDaemonSet()
    for image in ["nginx:1.26", "nginx:1.27"] {
        var next = current
        next.spec.template.spec.containers[0].image = image
        DaemonSetStrategy.prepareForUpdate(&next, old: current)
        current = next
    }
    var strategyOnly = current
    strategyOnly.spec.revisionHistoryLimit = 2
    DaemonSetStrategy.prepareForUpdate(&strategyOnly, old: current)
    #expect(strategyOnly.metadata.generation == 4)
    #expect(strategyOnly.metadata.annotations[DaemonSetValidation.templateGenerationAnnotation] == "3")
}

@Test func daemonSetStatusUpdateKeepsSpecAndTemplateGeneration() {
    var old = ValidationFixtures.storedDaemonSet()
    old.metadata.generation = 3
    old.metadata.creationTimestamp = Time(Date(timeIntervalSince1970: 1_700_000_000))
    var updated = old
    updated.spec.minReadySeconds = 99
    updated.spec.template.spec.containers[0].image = "evil:1"
    updated.metadata.generation = 1
    updated.metadata.uid = ""
    updated.metadata.creationTimestamp = nil
    updated.metadata.annotations[DaemonSetValidation.templateGenerationAnnotation] = "9"
    updated.status.numberReady = 4
    updated.status.observedGeneration = 3
    DaemonSetStrategy.prepareForStatusUpdate(&updated, old: old)
    #expect(updated.spec == old.spec)
    #expect(updated.metadata.generation == 3)
    #expect(updated.metadata.uid == old.metadata.uid)
    #expect(updated.metadata.creationTimestamp == old.metadata.creationTimestamp)
    #expect(updated.metadata.annotations[DaemonSetValidation.templateGenerationAnnotation] == "1")
    #expect(updated.status.numberReady == 4 && updated.status.observedGeneration == 3)
}

@Test func genericStrategiesSplitSpecAndStatus() {
    var node = Node(name: "n1")
    node.spec.unschedulable = false
    node.status.capacity = ["cpu": "2"]
    NodeStrategy.prepareForCreate(&node)
    #expect(node.status.capacity == ["cpu": "2"], "nodes may register with status")
    var cordoned = node
    cordoned.spec.unschedulable = true
    cordoned.status.capacity = [:]
    NodeStrategy.prepareForUpdate(&cordoned, old: node)
    #expect(cordoned.spec.unschedulable && cordoned.status.capacity == ["cpu": "2"])
    #expect(cordoned.metadata.generation == 0)
    var reported = node
    reported.spec.unschedulable = true
    reported.status.capacity = ["cpu": "4"]
    NodeStrategy.prepareForStatusUpdate(&reported, old: node)
    #expect(!reported.spec.unschedulable && reported.status.capacity == ["cpu": "4"])

    var namespace = Namespace(name: "team-a")
    namespace.status.phase = "Terminating"
    NamespaceStrategy.prepareForCreate(&namespace)
    #expect(namespace.spec.finalizers == ["kubernetes"] && namespace.status.phase == "Active")
    var emptied = namespace
    emptied.spec.finalizers = []
    NamespaceStrategy.prepareForUpdate(&emptied, old: namespace)
    #expect(emptied.spec.finalizers == ["kubernetes"])
    NamespaceStrategy.prepareForFinalize(&emptied, old: namespace)
    #expect(emptied.spec.finalizers == ["kubernetes"])
    var finalized = namespace
    finalized.spec.finalizers = []
    NamespaceStrategy.prepareForFinalize(&finalized, old: namespace)
    #expect(finalized.spec.finalizers.isEmpty)

    let pod = ValidationFixtures.pod()
    var stored = pod
    PodStrategy.prepareForCreate(&stored)
    var relabelled = stored
    relabelled.metadata.labels["x"] = "y"
    relabelled.status.phase = "Running"
    PodStrategy.prepareForUpdate(&relabelled, old: stored)
    #expect(relabelled.metadata.generation == 1 && relabelled.status.phase == "Pending")
    var running = stored
    running.status.phase = "Running"
    running.spec.nodeName = "n1"
    running.metadata.ownerReferences = [OwnerReference(apiVersion: "v1", kind: "Node", name: "n", uid: "u")]
    PodStrategy.prepareForStatusUpdate(&running, old: stored)
    #expect(running.status.phase == "Running" && running.spec.nodeName.isEmpty)
    #expect(running.metadata.ownerReferences.isEmpty)
}

/// Upstream's DefaultTolerationSeconds admission: 300 s under not-ready and unreachable unless a NoExecute
/// (or effect-less) toleration of that key, or of every key, is there already.
@Test func podsGetTheDefaultNoExecuteTolerationsTheyLack() {
    func tolerations(after existing: [Toleration]) -> [Toleration] {
        var pod = Pod()
        pod.spec.tolerations = existing
        PodStrategy.prepareForCreate(&pod)
        return pod.spec.tolerations
    }
    let notReady = Toleration(key: TaintKeys.nodeNotReady, operator: "Exists", effect: "NoExecute", tolerationSeconds: 300)
    let unreachable = Toleration(key: TaintKeys.nodeUnreachable, operator: "Exists", effect: "NoExecute", tolerationSeconds: 300)
    #expect(tolerations(after: []) == [notReady, unreachable])
    let everything = Toleration(operator: "Exists")
    #expect(tolerations(after: [everything]) == [everything])
    let noSchedule = Toleration(key: TaintKeys.nodeNotReady, operator: "Exists", effect: "NoSchedule")
    #expect(tolerations(after: [noSchedule]) == [noSchedule, notReady, unreachable])
    let forever = Toleration(key: TaintKeys.nodeUnreachable, operator: "Exists", effect: "NoExecute")
    #expect(tolerations(after: [forever]) == [forever, notReady])

    // An update dropping them gets them back, as the plugin also admits updates.
    var stored = Pod()
    PodStrategy.prepareForCreate(&stored)
    var replaced = stored
    replaced.spec.tolerations = []
    PodStrategy.prepareForUpdate(&replaced, old: stored)
    #expect(replaced.spec.tolerations == [notReady, unreachable])
}
