import DaemonSetCore
import Foundation
import KubeModel
import Testing

/// A revision written by upstream's controller must match our computed data byte for byte, or adopting an
/// existing cluster would start a needless rollout (spec 5.1).
@Test func revisionDataMatchesUpstreamBytes() throws {
    let daemonSetJSON = #"""
        {"kind":"DaemonSet","apiVersion":"apps/v1","metadata":{"name":"node-exporter","namespace":"monitoring"},
         "spec":{"selector":{"matchLabels":{"app.kubernetes.io/name":"node-exporter"}},
          "template":{"metadata":{"creationTimestamp":null,"labels":{"app.kubernetes.io/name":"node-exporter","tier":"stable"}},
           "spec":{"containers":[{"name":"node-exporter","image":"quay.io/prometheus/node-exporter:v1.8.2","resources":{},
             "terminationMessagePath":"/dev/termination-log","terminationMessagePolicy":"File","imagePullPolicy":"IfNotPresent"}],
            "restartPolicy":"Always","terminationGracePeriodSeconds":30,"dnsPolicy":"ClusterFirst","securityContext":{},
            "schedulerName":"default-scheduler"}},
          "updateStrategy":{"type":"RollingUpdate","rollingUpdate":{"maxUnavailable":1,"maxSurge":0}},"revisionHistoryLimit":10}}
        """#
    // The data field of a ControllerRevision as kube-controller-manager writes it (Go's json.Marshal of a map).
    let upstreamData =
        #"{"spec":{"template":{"$patch":"replace","metadata":{"creationTimestamp":null,"labels":{"app.kubernetes.io/name":"node-exporter","tier":"stable"}},"#
        + #""spec":{"containers":[{"image":"quay.io/prometheus/node-exporter:v1.8.2","imagePullPolicy":"IfNotPresent","name":"node-exporter","#
        + #""resources":{},"terminationMessagePath":"/dev/termination-log","terminationMessagePolicy":"File"}],"dnsPolicy":"ClusterFirst","#
        + #""restartPolicy":"Always","schedulerName":"default-scheduler","securityContext":{},"terminationGracePeriodSeconds":30}}}}"#
    let daemonSet = try DaemonSet.decode(json: Data(daemonSetJSON.utf8))
    let patch = try RevisionHistory.patch(for: daemonSet)
    #expect(String(decoding: patch.canonicalBytes, as: UTF8.self) == upstreamData)
    // And a stored upstream revision is recognised as current.
    #expect(try JSONValue.parse(Data(upstreamData.utf8)) == patch)
}

@Test func revisionDataEscapesLikeGo() throws {
    var daemonSet = newDaemonSet()
    daemonSet.spec.template.metadata.annotations = ["note": "a<b>&c"]
    let text = String(decoding: try RevisionHistory.patch(for: daemonSet).canonicalBytes, as: UTF8.self)
    #expect(text.contains(#""note":"a\u003cb\u003e\u0026c""#))
}
