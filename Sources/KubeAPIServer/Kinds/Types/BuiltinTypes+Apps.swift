import KubeModel

extension BuiltinTypes {
    static let apps: [TypeSchema] = [
        TypeSchema.object(
            "io.k8s.api.apps.v1.DaemonSet", "Workload that runs one copy of a pod per eligible node.",
            [
                FieldSchema("spec", .type("io.k8s.api.apps.v1.DaemonSetSpec"), "What the DaemonSet should run and how to roll it out."),
                FieldSchema("status", .type("io.k8s.api.apps.v1.DaemonSetStatus"), "Latest counters and conditions reported by the controller."),
            ], kind: GroupVersionKind(group: "apps", version: "v1", kind: "DaemonSet")),
        TypeSchema(
            "io.k8s.api.apps.v1.DaemonSetCondition", "One observed condition entry reported in a DaemonSet status.",
            [
                FieldSchema("lastTransitionTime", .time, "Timestamp of the most recent status flip."),
                FieldSchema("message", .string, "Human-readable explanation of the condition."),
                FieldSchema("reason", .string, "Short CamelCase cause of the latest transition."),
                FieldSchema("status", .string, required: true, "Condition state: True, False or Unknown."),
                FieldSchema("type", .string, required: true, "Kind of condition being reported."),
            ]),
        TypeSchema(
            "io.k8s.api.apps.v1.DaemonSetSpec", "Desired configuration of a DaemonSet: selector, pod template, rollout settings.",
            [
                FieldSchema("minReadySeconds", .int32, "Seconds a new pod must stay ready before it counts available."),
                FieldSchema("revisionHistoryLimit", .int32, "How many old ControllerRevision objects to keep for rollback."),
                FieldSchema("selector", .type("io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"), required: true, "Labels identifying owned pods; must agree with template labels."),
                FieldSchema("template", .type("io.k8s.api.core.v1.PodTemplateSpec"), required: true, "Pod template stamped onto every eligible node."),
                FieldSchema("updateStrategy", .type("io.k8s.api.apps.v1.DaemonSetUpdateStrategy"), "Rollout method used when the pod template changes."),
            ]),
        TypeSchema(
            "io.k8s.api.apps.v1.DaemonSetStatus", "Counters and conditions the controller reports for a DaemonSet.",
            [
                FieldSchema("collisionCount", .int32, "Counter bumped on revision name hash collisions to derive new names."),
                FieldSchema("conditions", .list(.type("io.k8s.api.apps.v1.DaemonSetCondition"), .map(["type"])), "Status condition entries for the DaemonSet."),
                FieldSchema("currentNumberScheduled", .int32, required: true, "Nodes running at least one daemon pod that should run it."),
                FieldSchema("desiredNumberScheduled", .int32, required: true, "Nodes that ought to run the daemon pod."),
                FieldSchema("numberAvailable", .int32, "Nodes whose daemon pod has been ready for minReadySeconds."),
                FieldSchema("numberMisscheduled", .int32, required: true, "Nodes running the daemon pod although they should not."),
                FieldSchema("numberReady", .int32, required: true, "Nodes whose daemon pod is running and ready."),
                FieldSchema("numberUnavailable", .int32, "Nodes that should run a ready daemon pod but do not."),
                FieldSchema("observedGeneration", .int64, "Spec generation the controller has most recently processed."),
                FieldSchema("updatedNumberScheduled", .int32, "Nodes running a daemon pod built from the latest template."),
            ]),
        TypeSchema(
            "io.k8s.api.apps.v1.DaemonSetUpdateStrategy", "Chooses how DaemonSet pods get replaced when the template changes.",
            [
                FieldSchema("rollingUpdate", .type("io.k8s.api.apps.v1.RollingUpdateDaemonSet"), "Tuning for automatic rollouts; meaningful with RollingUpdate only."),
                FieldSchema("type", .string, "RollingUpdate replaces pods automatically; OnDelete waits for manual deletion."),
            ]),
        TypeSchema(
            "io.k8s.api.apps.v1.RollingUpdateDaemonSet", "Tuning knobs for a RollingUpdate rollout of a DaemonSet.",
            [
                FieldSchema("maxSurge", .intOrString, "Count or percent of nodes allowed an extra new pod during rollout."),
                FieldSchema("maxUnavailable", .intOrString, "Count or percent of daemon pods allowed down during rollout."),
            ]),
    ]
}
