import Foundation
import KubeTestSupport
import Testing

/// `kubectl logs` on simulated pods: the lines their status tells, followed as it changes.
@Suite("kubectl logs")
struct PodLogTests {
    @Test func logsTellWhatTheSimulatedKubeletDidAndFollowIt() async throws {
        try await withSystem(nodes: 1) { system in
            let created = try await system.kubectl([
                "run", "web", "--image=nginx:1.27", "--annotations=sim.daemonry.io/ready-delay=3s",
                "--annotations=sim.daemonry.io/log=listening on :80\nserving",
            ])
            #expect(created.status == 0, "\(created)")
            // Followed from the start, the log grows by its ready line and ends with the client.
            let followed = try await eventually(timeout: .seconds(20)) {
                let result = try await system.kubectl(["logs", "-f", "web", "--request-timeout=0"], timeout: .seconds(6))
                return result.stdout == "started: image nginx:1.27 on node node-0\nlistening on :80\nserving\nready\n"
            }
            #expect(followed)
            let tail = try await system.kubectl(["logs", "web", "--tail=1", "--timestamps"])
            #expect(tail.stdout.hasSuffix(".000000000Z ready\n"), "\(tail)")
            let since = try await system.kubectl(["logs", "web", "--since-time=2000-01-01T00:00:00Z"])
            #expect(since.stdout.split(separator: "\n").count == 4, "\(since)")

            // A crash-looping container: its last instance, now and as --previous.
            _ = try await system.run(["run", "crashy", "--image=busybox", "--annotations=sim.daemonry.io/crash=true"])
            let crashed = try await eventually(timeout: .seconds(20)) {
                try await system.kubectl(["logs", "crashy", "--previous"]).stdout.hasSuffix("exited with code 1 (Error)\n")
            }
            #expect(crashed)

            // A container that never started, and names kubectl passes on.
            _ = try await system.run(["run", "slow", "--image=busybox", "--annotations=sim.daemonry.io/start-delay=10m"])
            let waiting = try await system.kubectl(["logs", "slow"])
            #expect(
                waiting.stderr.contains(#"container "slow" in pod "slow" is waiting to start: ContainerCreating"#), "\(waiting)")
            let noPrevious = try await system.kubectl(["logs", "web", "--previous"])
            #expect(noPrevious.stderr.contains(#"previous terminated container "web" in pod "web" not found"#), "\(noPrevious)")
            let unknown = try await system.kubectl(["logs", "web", "-c", "sidecar"])
            #expect(unknown.stderr.contains("container sidecar is not valid for pod web"), "\(unknown)")
        }
    }
}

/// The simulated kubelet mounts a pod's ConfigMaps and Secrets before starting it, as the kubelet does.
@Suite("Volumes of simulated pods")
struct SimulatedVolumeTests {
    static let pod = """
        apiVersion: v1
        kind: Pod
        metadata: {name: configured, namespace: default}
        spec:
          containers:
          - {name: agent, image: registry.example.net/agent:1.0, volumeMounts: [{name: settings, mountPath: /etc/agent}]}
          volumes:
          - {name: settings, configMap: {name: agent-settings}}
          - {name: extra, secret: {secretName: agent-extra, optional: true}}
        """

    @Test func aPodWaitsInContainerCreatingUntilItsConfigMapExists() async throws {
        try await withSystem(nodes: 1) { system in
            try await system.apply(Self.pod)
            let failed = try await eventually(timeout: .seconds(20)) {
                try await system.kubectl([
                    "get", "events", "--field-selector", "reason=FailedMount", "-o", "jsonpath={.items[*].message}",
                ]).stdout.contains(#"MountVolume.SetUp failed for volume "settings" : configmap "agent-settings" not found"#)
            }
            #expect(failed)
            let waiting = try await system.run([
                "get", "pod", "configured", "-o", "jsonpath={.status.phase} {.status.containerStatuses[0].state.waiting.reason}",
            ])
            #expect(waiting == "Pending ContainerCreating")

            // The optional secret is not needed; the ConfigMap is.
            _ = try await system.run(["create", "configmap", "agent-settings", "--from-literal=level=info"])
            let running = try await eventually(timeout: .seconds(20)) {
                try await system.kubectl(["get", "pod", "configured", "-o", "jsonpath={.status.phase}"]).stdout == "Running"
            }
            #expect(running)
        }
    }
}
