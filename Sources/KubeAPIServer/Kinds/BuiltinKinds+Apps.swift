import KubeModel

extension BuiltinKinds {
    static let rollingUpdateDeployment = TypeSchema(
        "io.k8s.api.apps.v1.RollingUpdateDeployment", "",
        [FieldSchema("maxUnavailable", .intOrString, proto: 1), FieldSchema("maxSurge", .intOrString, proto: 2)])
    static let deploymentStrategy = TypeSchema(
        "io.k8s.api.apps.v1.DeploymentStrategy", "",
        [FieldSchema("type", .string, proto: 1), FieldSchema("rollingUpdate", .type(rollingUpdateDeployment.name), proto: 2)])
    static let statefulSetStrategy = TypeSchema(
        "io.k8s.api.apps.v1.StatefulSetUpdateStrategy", "",
        [FieldSchema("type", .string), FieldSchema("rollingUpdate", .type("io.k8s.api.apps.v1.RollingUpdateStatefulSetStrategy"))])
    static let statefulSetRollingUpdate = TypeSchema(
        "io.k8s.api.apps.v1.RollingUpdateStatefulSetStrategy", "",
        [FieldSchema("partition", .int32), FieldSchema("maxUnavailable", .intOrString)])

    /// Replicas ready out of those wanted, up to date and available: the columns of the replicated kinds.
    static let replicaColumns = [
        PrinterColumn("Ready", .joined(["status", "readyReplicas"], ["spec", "replicas"])),
        PrinterColumn("Up-to-date", "integer", .path(["status", "updatedReplicas"])),
        PrinterColumn("Available", "integer", .path(["status", "availableReplicas"])),
    ]

    static let apps: [KindDefinition] = [
        KindDefinition(
            resource("apps", "deployments", "Deployment", shortNames: ["deploy"], categories: ["all"], status: true),
            summary: "Replicated pods rolled out from a template.",
            fields: [FieldSchema("spec", .type("io.k8s.api.apps.v1.DeploymentSpec"), proto: 2), status],
            types: [
                TypeSchema(
                    "io.k8s.api.apps.v1.DeploymentSpec", "",
                    [
                        FieldSchema("replicas", .int32, proto: 1), FieldSchema("selector", labelSelector, required: true, proto: 2),
                        FieldSchema("template", podTemplate, required: true, proto: 3),
                        FieldSchema("strategy", .type(deploymentStrategy.name), proto: 4), FieldSchema("minReadySeconds", .int32, proto: 5),
                        FieldSchema("revisionHistoryLimit", .int32, proto: 6), FieldSchema("paused", .boolean, proto: 7),
                        FieldSchema("progressDeadlineSeconds", .int32, proto: 9),
                    ]),
                deploymentStrategy, rollingUpdateDeployment,
            ],
            columns: replicaColumns, createWarning: notRun("Deployment")),
        KindDefinition(
            resource("apps", "replicasets", "ReplicaSet", shortNames: ["rs"], categories: ["all"], status: true),
            summary: "A number of identical pods.",
            fields: [FieldSchema("spec", .type("io.k8s.api.apps.v1.ReplicaSetSpec")), status],
            types: [
                TypeSchema(
                    "io.k8s.api.apps.v1.ReplicaSetSpec", "",
                    [
                        FieldSchema("replicas", .int32), FieldSchema("minReadySeconds", .int32),
                        FieldSchema("selector", labelSelector, required: true), FieldSchema("template", podTemplate),
                    ])
            ],
            columns: [
                PrinterColumn("Desired", "integer", .path(["spec", "replicas"])),
                PrinterColumn("Current", "integer", .path(["status", "replicas"])),
                PrinterColumn("Ready", "integer", .path(["status", "readyReplicas"])),
            ],
            createWarning: notRun("ReplicaSet")),
        KindDefinition(
            resource("apps", "statefulsets", "StatefulSet", shortNames: ["sts"], categories: ["all"], status: true),
            summary: "Pods with stable names and storage.",
            fields: [FieldSchema("spec", .type("io.k8s.api.apps.v1.StatefulSetSpec")), status],
            types: [
                TypeSchema(
                    "io.k8s.api.apps.v1.StatefulSetSpec", "",
                    [
                        FieldSchema("replicas", .int32), FieldSchema("selector", labelSelector, required: true),
                        FieldSchema("template", podTemplate, required: true),
                        FieldSchema("volumeClaimTemplates", .list(.any, .atomic)), FieldSchema("serviceName", .string),
                        FieldSchema("podManagementPolicy", .string),
                        FieldSchema("updateStrategy", .type(statefulSetStrategy.name)),
                        FieldSchema("revisionHistoryLimit", .int32), FieldSchema("minReadySeconds", .int32),
                        FieldSchema("persistentVolumeClaimRetentionPolicy", .any), FieldSchema("ordinals", .any),
                    ]),
                statefulSetStrategy, statefulSetRollingUpdate,
            ],
            columns: [PrinterColumn("Ready", .joined(["status", "readyReplicas"], ["spec", "replicas"]))],
            createWarning: notRun("StatefulSet")),
    ]

    static let jobSpec = TypeSchema(
        "io.k8s.api.batch.v1.JobSpec", "",
        [
            FieldSchema("parallelism", .int32, proto: 1), FieldSchema("completions", .int32, proto: 2),
            FieldSchema("activeDeadlineSeconds", .int64, proto: 3), FieldSchema("podFailurePolicy", .any, proto: 11),
            FieldSchema("successPolicy", .any, proto: 16), FieldSchema("backoffLimit", .int32, proto: 7),
            FieldSchema("backoffLimitPerIndex", .int32, proto: 12), FieldSchema("maxFailedIndexes", .int32, proto: 13),
            FieldSchema("selector", labelSelector, proto: 4), FieldSchema("manualSelector", .boolean, proto: 5),
            FieldSchema("template", podTemplate, required: true, proto: 6), FieldSchema("ttlSecondsAfterFinished", .int32, proto: 8),
            FieldSchema("completionMode", .string, proto: 9), FieldSchema("suspend", .boolean, proto: 10),
            FieldSchema("podReplacementPolicy", .string, proto: 14), FieldSchema("managedBy", .string, proto: 15),
        ])

    static let batch: [KindDefinition] = [
        KindDefinition(
            resource("batch", "jobs", "Job", categories: ["all"], status: true),
            summary: "Pods run to completion.",
            fields: [FieldSchema("spec", .type(jobSpec.name), proto: 2), status], types: [jobSpec],
            columns: [PrinterColumn("Completions", .joined(["status", "succeeded"], ["spec", "completions"]))],
            createWarning: notRun("Job")),
        KindDefinition(
            resource("batch", "cronjobs", "CronJob", shortNames: ["cj"], categories: ["all"], status: true),
            summary: "Jobs on a schedule.",
            fields: [FieldSchema("spec", .type("io.k8s.api.batch.v1.CronJobSpec"), proto: 2), status],
            types: [
                TypeSchema(
                    "io.k8s.api.batch.v1.CronJobSpec", "",
                    [
                        FieldSchema("schedule", .string, required: true, proto: 1), FieldSchema("timeZone", .string, proto: 8),
                        FieldSchema("startingDeadlineSeconds", .int64, proto: 2), FieldSchema("concurrencyPolicy", .string, proto: 3),
                        FieldSchema("suspend", .boolean, proto: 4),
                        FieldSchema("jobTemplate", .type("io.k8s.api.batch.v1.JobTemplateSpec"), required: true, proto: 5),
                        FieldSchema("successfulJobsHistoryLimit", .int32, proto: 6), FieldSchema("failedJobsHistoryLimit", .int32, proto: 7),
                    ]),
                TypeSchema(
                    "io.k8s.api.batch.v1.JobTemplateSpec", "",
                    [FieldSchema("metadata", objectMeta, proto: 1), FieldSchema("spec", .type(jobSpec.name), proto: 2)]),
                jobSpec,
            ],
            columns: [
                PrinterColumn("Schedule", .path(["spec", "schedule"])),
                PrinterColumn("Suspend", .path(["spec", "suspend"])),
            ],
            createWarning: notRun("CronJob")),
    ]
}
