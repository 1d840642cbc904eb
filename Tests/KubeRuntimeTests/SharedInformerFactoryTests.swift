import KubeClient
import KubeModel
import KubeTestSupport
import ServiceLifecycle
import Testing

@testable import KubeRuntime

/// One informer per resource and namespace, against the real embedded server.
struct SharedInformerFactoryTests {
    @Test func componentsAskingForTheSameResourceShareOneInformerWithAllTheirIndexes() async throws {
        try await withLiveCluster { client in
            let factory = SharedInformerFactory(client: client)
            let first = factory.informer(Pod.self, indexes: [.podsByNodeName])
            let second = factory.informer(Pod.self, indexes: [IndexFunction(name: "namespace") { [$0.metadata.namespace] }])
            #expect(first === second)
            #expect(factory.informer(Lease.self) !== factory.informer(Lease.self, namespace: "kube-node-lease"))

            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await factory.run() }
                #expect(await first.waitForSync())
                var pod = Fixtures.pod("p", node: "n1")
                pod.metadata.resourceVersion = ""
                pod.metadata.uid = ""
                pod.spec.containers = [Container(name: "c", image: "busybox")]
                _ = try await client.create(pod)
                #expect(await eventually { second.store.keys(inIndex: "namespace", value: "default") == ["default/p"] })
                #expect(first.store.keys(inIndex: IndexName.nodeName, value: "n1") == ["default/p"])

                // An informer asked for after the factory started is run too.
                let nodes = factory.informer(Node.self)
                _ = try await client.create(Node(name: "n1"))
                #expect(await eventually { nodes.store.get("n1") != nil })
                group.cancelAll()
            }
        }
    }
}
