import Foundation
import KubeModel
import Testing
@testable import KubeAPIServer

@Test func minimalDaemonSetIsStoredAsKubeAPIServerStoresIt() {
    var daemonSet = ValidationFixtures.daemonSet()
    DaemonSetStrategy.prepareForCreate(&daemonSet)
    let expected = #"""
        {"kind":"DaemonSet","apiVersion":"apps/v1",\#
        "metadata":{"name":"agent","namespace":"default","generation":1,"creationTimestamp":null,\#
        "annotations":{"deprecated.daemonset.template.generation":"1"}},\#
        "spec":{"selector":{"matchLabels":{"app":"agent"}},\#
        "template":{"metadata":{"creationTimestamp":null,"labels":{"app":"agent"}},\#
        "spec":{"containers":[{"name":"agent","image":"nginx:1.25","resources":{},\#
        "terminationMessagePath":"/dev/termination-log","terminationMessagePolicy":"File",\#
        "imagePullPolicy":"IfNotPresent"}],"restartPolicy":"Always","terminationGracePeriodSeconds":30,\#
        "dnsPolicy":"ClusterFirst","securityContext":{},"schedulerName":"default-scheduler"}},\#
        "updateStrategy":{"type":"RollingUpdate","rollingUpdate":{"maxUnavailable":1,"maxSurge":0}},\#
        "revisionHistoryLimit":10},\#
        "status":{"currentNumberScheduled":0,"numberMisscheduled":0,"desiredNumberScheduled":0,"numberReady":0}}
        """#
    #expect(String(decoding: daemonSet.jsonBytes(), as: UTF8.self) == expected)
    #expect(DaemonSetValidation.validate(daemonSet).isEmpty)
}

@Test func daemonSetDefaultsKeepWhatIsSet() {
    var daemonSet = ValidationFixtures.daemonSet()
    daemonSet.spec.updateStrategy = DaemonSetUpdateStrategy(
        type: "RollingUpdate", rollingUpdate: RollingUpdateDaemonSet(maxUnavailable: "10%"))
    daemonSet.spec.revisionHistoryLimit = 3
    DaemonSetDefaults.apply(&daemonSet)
    #expect(daemonSet.spec.updateStrategy.rollingUpdate == RollingUpdateDaemonSet(maxUnavailable: "10%", maxSurge: 0))
    #expect(daemonSet.spec.revisionHistoryLimit == 3)

    daemonSet.spec.updateStrategy = DaemonSetUpdateStrategy(type: "OnDelete")
    DaemonSetDefaults.apply(&daemonSet)
    #expect(daemonSet.spec.updateStrategy.rollingUpdate == nil)
}

@Test(arguments: [
    ("nginx", "Always"),
    ("nginx:latest", "Always"),
    ("nginx:1.25", "IfNotPresent"),
    ("docker.io/library/nginx", "Always"),
    ("registry.example.com/team/app:latest", "Always"),
    ("localhost:5000/app", "Always"),
    ("localhost:5000/app:v1", "IfNotPresent"),
    ("nginx@sha256:" + String(repeating: "ab", count: 32), "IfNotPresent"),
    ("nginx:latest@sha256:" + String(repeating: "ab", count: 32), "Always"),
    ("Nginx", "IfNotPresent"),
    ("", "IfNotPresent"),
    ("Registry.Example.com/app", "Always"),
    ("localhost/app:latest", "Always"),
    ("a__b/c-d.e--f", "Always"),
    ("a___b", "IfNotPresent"),
    ("app//x", "IfNotPresent"),
    ("app/", "IfNotPresent"),
    ("app-", "IfNotPresent"),
    ("[::1]:5000/app:v2", "IfNotPresent"),
])
func imagePullPolicyDefault(image: String, policy: String) {
    #expect(ImageReference.defaultPullPolicy(for: image) == policy)
}

@Test func containerProbeVolumeAndEnvDefaults() {
    var spec = PodSpec()
    var container = Container(name: "c", image: "busybox:1")
    container.ports = [ContainerPort(containerPort: 80, protocol: "")]
    var probe = Probe()
    probe.httpGet = HTTPGetAction()
    probe.httpGet?.port = 80
    probe.httpGet?.scheme = ""
    container.livenessProbe = probe
    var grpcProbe = Probe()
    grpcProbe.grpc = GRPCAction()
    container.readinessProbe = grpcProbe
    var env = EnvVar()
    env.name = "NODE"
    env.valueFrom = EnvVarSource()
    env.valueFrom?.fieldRef = ObjectFieldSelector(apiVersion: "", fieldPath: "spec.nodeName")
    container.env = [env]
    spec.containers = [container]
    var hostPath = Volume(name: "host")
    hostPath.hostPath = HostPathVolumeSource(path: "/var/log")
    var config = Volume(name: "config")
    config.configMap = ConfigMapVolumeSource(name: "settings")
    var secret = Volume(name: "secret")
    secret.secret = SecretVolumeSource()
    spec.volumes = [Volume(name: "scratch"), hostPath, config, secret]
    PodSpecDefaults.apply(&spec)

    let defaulted = spec.containers[0]
    #expect(defaulted.ports[0].protocol == "TCP")
    #expect(defaulted.ports[0].hostPort == 0)
    #expect(defaulted.imagePullPolicy == "IfNotPresent")
    let liveness = defaulted.livenessProbe
    #expect(liveness?.timeoutSeconds == 1 && liveness?.periodSeconds == 10)
    #expect(liveness?.successThreshold == 1 && liveness?.failureThreshold == 3)
    #expect(liveness?.httpGet?.path == "/" && liveness?.httpGet?.scheme == "HTTP")
    #expect(defaulted.readinessProbe?.grpc?.service == "")
    #expect(defaulted.env[0].valueFrom?.fieldRef?.apiVersion == "v1")
    #expect(spec.volumes[0].emptyDir == EmptyDirVolumeSource())
    #expect(spec.volumes[1].hostPath?.type == "")
    #expect(spec.volumes[2].configMap?.defaultMode == 420)
    #expect(spec.volumes[3].secret?.defaultMode == 420)
    #expect(spec.enableServiceLinks == nil, "enableServiceLinks is a pod-only default")
}

@Test func podOnlyDefaults() {
    var pod = Pod(metadata: ObjectMeta(name: "p", namespace: "default"))
    var container = Container(name: "c", image: "busybox")
    container.resources = ResourceRequirements(limits: ["cpu": "500m", "memory": "64Mi"], requests: ["cpu": "100m"])
    container.ports = [ContainerPort(containerPort: 9100)]
    pod.spec.containers = [container]
    pod.spec.hostNetwork = true
    PodDefaults.apply(&pod)
    #expect(pod.spec.enableServiceLinks == true)
    #expect(pod.spec.containers[0].resources.requests == ["cpu": "100m", "memory": "64Mi"])
    #expect(pod.spec.containers[0].ports[0].hostPort == 9100)
    #expect(pod.spec.containers[0].imagePullPolicy == "Always")
    #expect(pod.spec.restartPolicy == "Always" && pod.spec.schedulerName == "default-scheduler")
}

@Test func namespaceAndNodeDefaults() {
    var namespace = Namespace(name: "team-a")
    NamespaceDefaults.apply(&namespace)
    #expect(namespace.metadata.labels == ["kubernetes.io/metadata.name": "team-a"])
    #expect(namespace.status.phase == "Active")

    var node = Node(name: "n1")
    node.status.capacity = ["cpu": "4", "pods": "110"]
    NodeDefaults.apply(&node)
    #expect(node.status.allocatable == node.status.capacity)
}
