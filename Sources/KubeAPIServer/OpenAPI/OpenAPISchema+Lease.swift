import KubeModel

extension OpenAPISchema {
    /// The `coordination.k8s.io/v1` Lease kind and its spec.
    static let lease: [String: JSONValue] = [
        "io.k8s.api.coordination.v1.Lease": object(
            "Lease defines a lease concept.",
            properties: [
                "apiVersion": apiVersionProperty,
                "kind": kindProperty,
                "metadata": metadataProperty,
                "spec": property(
                    "io.k8s.api.coordination.v1.LeaseSpec",
                    "spec contains the specification of the Lease. More info: "
                        + "https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status",
                    defaulted: true),
            ],
            extensions: kindExtensions(group: "coordination.k8s.io", kind: "Lease")),
        "io.k8s.api.coordination.v1.LeaseSpec": object(
            "LeaseSpec is a specification of a Lease.",
            properties: [
                "acquireTime": property(
                    "io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime",
                    "acquireTime is a time when the current lease was acquired."),
                "holderIdentity": string(SwaggerDoc.leaseSpecHolderIdentity),
                "leaseDurationSeconds": integer(
                    "leaseDurationSeconds is a duration that candidates for a lease need to wait to force acquire "
                        + "it. This is measured against the time of last observed renewTime."),
                "leaseTransitions": integer(
                    "leaseTransitions is the number of transitions of a lease between holders."),
                "preferredHolder": string(
                    "PreferredHolder signals to a lease holder that the lease has a more optimal holder and should "
                        + "be given up. This field can only be set if Strategy is also set."),
                "renewTime": property(
                    "io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime",
                    "renewTime is a time when the current holder of a lease has last updated the lease."),
                "strategy": string(
                    "Strategy indicates the strategy for picking the leader for coordinated leader election. If the "
                        + "field is not specified, there is no active coordination for this lease. (Alpha) Using "
                        + "this field requires the CoordinatedLeaderElection feature gate to be enabled."),
            ]),
    ]
}
