import KubeModel

extension BuiltinTypes {
    static let lease: [TypeSchema] = [
        TypeSchema.object(
            "io.k8s.api.coordination.v1.Lease", "Lightweight object used for leader election and node heartbeats.",
            [
                FieldSchema("spec", .type("io.k8s.api.coordination.v1.LeaseSpec")),
            ], kind: GroupVersionKind(group: "coordination.k8s.io", version: "v1", kind: "Lease")),
        TypeSchema(
            "io.k8s.api.coordination.v1.LeaseSpec", "Holder, timing and renewal data stored in a Lease.",
            [
                FieldSchema("acquireTime", .microTime, "Timestamp at which the present holder took the lease."),
                FieldSchema("holderIdentity", .string, "Name of the candidate that owns the lease right now."),
                FieldSchema("leaseDurationSeconds", .int32, "Lease validity window; after it lapses unrenewed, others may take over."),
                FieldSchema("leaseTransitions", .int32, "Running count of handovers between lease holders."),
                FieldSchema("preferredHolder", .string, "Identity the current holder should hand the lease to."),
                FieldSchema("renewTime", .microTime, "Timestamp of the latest heartbeat written by the holder."),
                FieldSchema("strategy", .string, "Algorithm name for choosing a leader under coordinated election."),
            ]),
    ]
}
