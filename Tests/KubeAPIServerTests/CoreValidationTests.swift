import Foundation
import KubeModel
import Testing
@testable import KubeAPIServer

/// One mutation of a valid, defaulted pod and the causes upstream reports for it.
struct PodCase: Sendable, CustomStringConvertible {
    let description: String
    let mutate: @Sendable (inout Pod) -> Void
    let expected: [String]
}

let podCases: [PodCase] = [
    PodCase(description: "valid", mutate: { _ in }, expected: []),
    PodCase(
        description: "no containers", mutate: { $0.spec.containers = [] }, expected: ["spec.containers: Required value"]),
    PodCase(
        description: "container name not a DNS label", mutate: { $0.spec.containers[0].name = "Web" },
        expected: [#"spec.containers[0].name: Invalid value: "Web": "# + labelMessage]),
    PodCase(
        description: "duplicate container names",
        mutate: { $0.spec.containers.append($0.spec.containers[0]) },
        expected: [#"spec.containers[1].name: Duplicate value: "web""#]),
    PodCase(
        description: "no image", mutate: { $0.spec.containers[0].image = "" },
        expected: ["spec.containers[0].image: Required value"]),
    PodCase(
        description: "image with whitespace", mutate: { $0.spec.containers[0].image = " nginx" },
        expected: [#"spec.containers[0].image: Invalid value: " nginx": must not have leading or trailing whitespace"#]),
    PodCase(
        description: "unknown restartPolicy", mutate: { $0.spec.restartPolicy = "Sometimes" },
        expected: [#"spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never""#]),
    PodCase(
        description: "unknown dnsPolicy", mutate: { $0.spec.dnsPolicy = "Foo" },
        expected: [
            #"spec.dnsPolicy: Unsupported value: "Foo": supported values: "ClusterFirstWithHostNet", "ClusterFirst", "Default", "None""#
        ]),
    PodCase(
        description: "port out of range",
        mutate: { $0.spec.containers[0].ports = [ContainerPort(containerPort: 70000)] },
        expected: ["spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive"]),
    PodCase(
        description: "unknown port protocol",
        mutate: { $0.spec.containers[0].ports = [ContainerPort(containerPort: 80, protocol: "HTTP")] },
        expected: [#"spec.containers[0].ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP""#]),
    PodCase(
        description: "request above limit",
        mutate: { $0.spec.containers[0].resources = ResourceRequirements(limits: ["cpu": "1"], requests: ["cpu": "2"]) },
        expected: [#"spec.containers[0].resources.requests: Invalid value: "2": must be less than or equal to cpu limit of 1"#]),
    PodCase(
        description: "Exists toleration with a value",
        mutate: { $0.spec.tolerations = [Toleration(key: "k", operator: "Exists", value: "v")] },
        expected: [
            #"spec.tolerations[0].operator: Invalid value: core.Toleration{Key:"k", Operator:"Exists", Value:"v", Effect:"", TolerationSeconds:(*int64)(nil)}: value must be empty when `operator` is 'Exists'"#
        ]),
    PodCase(
        description: "unknown toleration effect",
        mutate: { $0.spec.tolerations = [Toleration(key: "k", operator: "Exists", effect: "Bad")] },
        expected: [
            #"spec.tolerations[0].effect: Unsupported value: "Bad": supported values: "NoSchedule", "PreferNoSchedule", "NoExecute""#
        ]),
    PodCase(
        description: "tolerationSeconds without NoExecute",
        mutate: { $0.spec.tolerations = [Toleration(operator: "Exists", effect: "NoSchedule", tolerationSeconds: 5)] },
        expected: [
            #"spec.tolerations[0].effect: Invalid value: "NoSchedule": effect must be 'NoExecute' when `tolerationSeconds` is set"#
        ]),
    PodCase(
        description: "unknown node affinity operator",
        mutate: {
            let term = NodeSelectorTerm(matchExpressions: [NodeSelectorRequirement(key: "zone", operator: "Foo", values: ["a"])])
            $0.spec.affinity = Affinity(
                nodeAffinity: NodeAffinity(requiredDuringSchedulingIgnoredDuringExecution: NodeSelector(nodeSelectorTerms: [term])))
        },
        expected: [
            #"spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].operator: Invalid value: "Foo": not a valid selector operator"#
        ]),
    PodCase(
        description: "mount of a missing volume",
        mutate: { $0.spec.containers[0].volumeMounts = [VolumeMount(name: "data", mountPath: "/data")] },
        expected: [#"spec.containers[0].volumeMounts[0].name: Not found: "data""#]),
    PodCase(
        description: "no namespace", mutate: { $0.metadata.namespace = "" }, expected: ["metadata.namespace: Required value"]),
]

@Test(arguments: podCases)
func podCreateValidation(_ testCase: PodCase) {
    var pod = ValidationFixtures.pod()
    testCase.mutate(&pod)
    #expect(ValidationFixtures.lines(PodValidation.validate(pod)) == testCase.expected)
}

@Test func podUpdateMayChangeImagesTolerationsAndDeadlineOnly() {
    var old = ValidationFixtures.pod()
    old.metadata.resourceVersion = "5"
    PodStrategy.prepareForCreate(&old)

    var image = old
    image.spec.containers[0].image = "nginx:1.27"
    image.spec.tolerations.append(Toleration(key: "k", operator: "Exists"))
    image.spec.activeDeadlineSeconds = 60
    PodStrategy.prepareForUpdate(&image, old: old)
    #expect(PodValidation.validateUpdate(image, old: old).isEmpty)
    #expect(image.metadata.generation == 2)

    var ports = old
    ports.spec.containers[0].ports = [ContainerPort(containerPort: 8080)]
    PodStrategy.prepareForUpdate(&ports, old: old)
    #expect(
        ValidationFixtures.lines(PodValidation.validateUpdate(ports, old: old)) == [
            "spec: Forbidden: " + PodValidation.immutableSpecMessage
        ])

    var withToleration = old
    withToleration.spec.tolerations = [Toleration(key: "k", operator: "Exists")]
    var removed = withToleration
    removed.spec.tolerations = []
    #expect(
        ValidationFixtures.lines(PodValidation.validateUpdate(removed, old: withToleration)) == [
            "spec.tolerations: Forbidden: existing toleration can not be modified except its tolerationSeconds"
        ])

    var deadline = old
    deadline.spec.activeDeadlineSeconds = 30
    var raised = deadline
    raised.spec.activeDeadlineSeconds = 60
    #expect(
        ValidationFixtures.lines(PodValidation.validateUpdate(raised, old: deadline)) == [
            "spec.activeDeadlineSeconds: Invalid value: 60: must be less than or equal to previous value"
        ])
}

@Test func podCreateStatusAndQoS() {
    var pod = ValidationFixtures.pod()
    pod.status.phase = "Running"
    PodStrategy.prepareForCreate(&pod)
    #expect(pod.status.phase == "Pending" && pod.status.qosClass == "BestEffort")
    #expect(pod.metadata.generation == 1)

    var guaranteed = ValidationFixtures.pod()
    guaranteed.spec.containers[0].resources = ResourceRequirements(limits: ["cpu": "1", "memory": "1Gi"])
    PodDefaults.apply(&guaranteed)
    #expect(PodStrategy.qosClass(of: guaranteed.spec) == "Guaranteed")
    guaranteed.spec.containers[0].resources.requests["cpu"] = "500m"
    #expect(PodStrategy.qosClass(of: guaranteed.spec) == "Burstable")
}

/// One node and the causes upstream reports for it.
struct NodeCase: Sendable, CustomStringConvertible {
    let description: String
    let mutate: @Sendable (inout Node) -> Void
    let expected: [String]
}

let nodeCases: [NodeCase] = [
    NodeCase(description: "valid", mutate: { $0.spec.taints = [Taint(key: "dedicated", value: "gpu", effect: "NoSchedule")] }, expected: []),
    NodeCase(
        description: "unknown taint effect", mutate: { $0.spec.taints = [Taint(key: "k", effect: "Bad")] },
        expected: [#"spec.taints[0].effect: Unsupported value: "Bad": supported values: "NoSchedule", "PreferNoSchedule", "NoExecute""#]),
    NodeCase(
        description: "taint without effect", mutate: { $0.spec.taints = [Taint(key: "k", effect: "")] },
        expected: ["spec.taints[0].effect: Required value"]),
    NodeCase(
        description: "duplicate taint",
        mutate: { $0.spec.taints = [Taint(key: "k", effect: "NoSchedule"), Taint(key: "k", value: "x", effect: "NoSchedule")] },
        expected: [
            #"spec.taints[1]: Duplicate value: core.Taint{Key:"k", Value:"x", Effect:"NoSchedule", TimeAdded:(*v1.Time)(nil)}: taints must be unique by key and effect pair"#
        ]),
    NodeCase(
        description: "same key, other effect",
        mutate: { $0.spec.taints = [Taint(key: "k", effect: "NoSchedule"), Taint(key: "k", effect: "NoExecute")] },
        expected: []),
    NodeCase(
        description: "bad name", mutate: { $0.metadata.name = "Node_1" },
        expected: [#"metadata.name: Invalid value: "Node_1": "# + subdomainMessage]),
    NodeCase(
        description: "namespace on a cluster-scoped kind", mutate: { $0.metadata.namespace = "default" },
        expected: ["metadata.namespace: Forbidden: not allowed on this type"]),
]

@Test(arguments: nodeCases)
func nodeValidation(_ testCase: NodeCase) {
    var node = Node(name: "node-1")
    testCase.mutate(&node)
    #expect(ValidationFixtures.lines(NodeValidation.validate(node)) == testCase.expected)
}

@Test(arguments: [
    ("team-a", [String]()),
    ("Team", [#"metadata.name: Invalid value: "Team": "# + labelMessage]),
    ("team.a", [#"metadata.name: Invalid value: "team.a": must not contain dots"#]),
    (String(repeating: "a", count: 64), [#"metadata.name: Invalid value: ""# + String(repeating: "a", count: 64) + #"": must be no more than 63 bytes"#]),
])
func namespaceNameValidation(name: String, expected: [String]) {
    var namespace = Namespace(name: name)
    NamespaceStrategy.prepareForCreate(&namespace)
    #expect(ValidationFixtures.lines(NamespaceValidation.validate(namespace)) == expected)
}

@Test func namespaceFinalizersAndMetadata() {
    var namespace = Namespace(name: "team-a")
    namespace.spec.finalizers = ["custom"]
    namespace.metadata.finalizers = ["example.com/cleanup", "bogus"]
    #expect(
        ValidationFixtures.lines(NamespaceValidation.validate(namespace)) == [
            #"metadata.finalizers[1]: Invalid value: "bogus": name is neither a standard finalizer name nor is it fully qualified"#,
            #"spec.finalizers: Invalid value: "custom": name is neither a standard finalizer name nor is it fully qualified"#,
        ])
    var meta = ObjectMeta(name: "x", namespace: "default", labels: ["ok": "-bad"])
    meta.annotations = ["big": String(repeating: "x", count: 256 * 1024)]
    meta.ownerReferences = [OwnerReference(apiVersion: "", kind: "DaemonSet", name: "agent", uid: "u")]
    #expect(
        ValidationFixtures.lines(ObjectMetaValidation.validate(meta, namespaced: true, nameRule: .dnsSubdomain)) == [
            #"metadata.labels: Invalid value: "-bad": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"#,
            "metadata.annotations: Too long: must have at most 262144 bytes",
            #"metadata.ownerReferences.apiVersion: Invalid value: "": version must not be empty"#,
        ])
}

@Test func controllerRevisionValidation() {
    var revision = ControllerRevision()
    revision.metadata = ObjectMeta(name: "agent-5d4f", namespace: "default")
    #expect(ValidationFixtures.lines(ControllerRevisionValidation.validate(revision)) == ["data: Required value: data is mandatory"])
    revision.data = ["spec": ["template": ["$patch": "replace"]]]
    revision.revision = -1
    #expect(
        ValidationFixtures.lines(ControllerRevisionValidation.validate(revision)) == [
            "revision: Invalid value: -1: must be greater than or equal to 0"
        ])
    revision.revision = 1
    var changed = revision
    changed.data = ["spec": [:]]
    let causes = ControllerRevisionValidation.validateUpdate(changed, old: revision)
    #expect(causes.map(\.field) == ["data"])
    #expect(causes.first?.message.hasSuffix(": field is immutable") == true)
    #expect(ControllerRevisionValidation.validateUpdate(revision, old: revision).isEmpty)
}
