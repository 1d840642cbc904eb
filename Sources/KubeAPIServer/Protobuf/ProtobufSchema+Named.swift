extension ProtobufSchema {
    /// The messages the schema kinds name without defining them, by OpenAPI definition name: what kubectl's
    /// `create deployment|job|cronjob|rolebinding...` put in a body. A pod template covers what those commands and
    /// hand-written typed clients commonly send; a field it leaves out is refused, never dropped.
    static let named: [String: ProtobufSchema] = [
        "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta": objectMeta,
        "io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector": labelSelector,
        "io.k8s.api.core.v1.ObjectReference": objectReference,
        "io.k8s.api.core.v1.LocalObjectReference": localObjectReference,
        "io.k8s.api.core.v1.PodTemplateSpec": .message("PodTemplateSpec", [1: ("metadata", objectMeta), 2: ("spec", podSpec)]),
    ]

    static let labelSelector = ProtobufSchema.message(
        "LabelSelector",
        [
            1: ("matchLabels", .map(.string)),
            2: (
                "matchExpressions",
                .repeated(
                    .message(
                        "LabelSelectorRequirement",
                        [1: ("key", .string), 2: ("operator", .string), 3: ("values", .repeated(.string))]))
            ),
        ])

    static let objectReference = ProtobufSchema.message(
        "ObjectReference",
        [
            1: ("kind", .string), 2: ("namespace", .string), 3: ("name", .string), 4: ("uid", .string),
            5: ("apiVersion", .string), 6: ("resourceVersion", .string), 7: ("fieldPath", .string),
        ])

    static let localObjectReference = ProtobufSchema.message("LocalObjectReference", [1: ("name", .string)])

    static let quantities = ProtobufSchema.map(.wrapped(.string))

    static let keySelector = [
        1: (name: "localObjectReference", type: ProtobufSchema.inline(localObjectReference)), 2: ("key", .string),
        3: ("optional", .bool),
    ]

    static let envVar = ProtobufSchema.message(
        "EnvVar",
        [
            1: ("name", .string), 2: ("value", .string),
            3: (
                "valueFrom",
                .message(
                    "EnvVarSource",
                    [
                        1: ("fieldRef", .message("ObjectFieldSelector", [1: ("apiVersion", .string), 2: ("fieldPath", .string)])),
                        2: (
                            "resourceFieldRef",
                            .message(
                                "ResourceFieldSelector",
                                [1: ("containerName", .string), 2: ("resource", .string), 3: ("divisor", .wrapped(.string))])
                        ),
                        3: ("configMapKeyRef", .message("ConfigMapKeySelector", keySelector)),
                        4: ("secretKeyRef", .message("SecretKeySelector", keySelector)),
                    ])
            ),
        ])

    static let envFromSource: ProtobufSchema = {
        let source: [Int: (name: String, type: ProtobufSchema)] = [
            1: ("localObjectReference", .inline(localObjectReference)), 2: ("optional", .bool),
        ]
        return .message(
            "EnvFromSource",
            [1: ("prefix", .string), 2: ("configMapRef", .message("ConfigMapEnvSource", source)), 3: ("secretRef", .message("SecretEnvSource", source))])
    }()

    static let probe: ProtobufSchema = {
        let httpGet = ProtobufSchema.message(
            "HTTPGetAction",
            [
                1: ("path", .string), 2: ("port", .intOrString), 3: ("host", .string), 4: ("scheme", .string),
                5: ("httpHeaders", .repeated(.message("HTTPHeader", [1: ("name", .string), 2: ("value", .string)]))),
            ])
        let handler = ProtobufSchema.message(
            "ProbeHandler",
            [
                1: ("exec", .message("ExecAction", [1: ("command", .repeated(.string))])), 2: ("httpGet", httpGet),
                3: ("tcpSocket", .message("TCPSocketAction", [1: ("port", .intOrString), 2: ("host", .string)])),
                4: ("grpc", .message("GRPCAction", [1: ("port", .int64), 2: ("service", .string)])),
            ])
        return .message(
            "Probe",
            [
                1: ("handler", .inline(handler)), 2: ("initialDelaySeconds", .int64), 3: ("timeoutSeconds", .int64),
                4: ("periodSeconds", .int64), 5: ("successThreshold", .int64), 6: ("failureThreshold", .int64),
                7: ("terminationGracePeriodSeconds", .int64),
            ])
    }()

    static let container = ProtobufSchema.message(
        "Container",
        [
            1: ("name", .string), 2: ("image", .string), 3: ("command", .repeated(.string)), 4: ("args", .repeated(.string)),
            5: ("workingDir", .string),
            6: (
                "ports",
                .repeated(
                    .message(
                        "ContainerPort",
                        [
                            1: ("name", .string), 2: ("hostPort", .int64), 3: ("containerPort", .int64),
                            4: ("protocol", .string), 5: ("hostIP", .string),
                        ]))
            ),
            19: ("envFrom", .repeated(envFromSource)), 7: ("env", .repeated(envVar)),
            8: (
                "resources",
                .message(
                    "ResourceRequirements",
                    [
                        1: ("limits", quantities), 2: ("requests", quantities),
                        3: ("claims", .repeated(.message("ResourceClaim", [1: ("name", .string), 2: ("request", .string)]))),
                    ])
            ),
            24: ("restartPolicy", .string),
            9: (
                "volumeMounts",
                .repeated(
                    .message(
                        "VolumeMount",
                        [
                            1: ("name", .string), 2: ("readOnly", .bool), 7: ("recursiveReadOnly", .string),
                            3: ("mountPath", .string), 4: ("subPath", .string), 5: ("mountPropagation", .string),
                            6: ("subPathExpr", .string),
                        ]))
            ),
            10: ("livenessProbe", probe), 11: ("readinessProbe", probe), 22: ("startupProbe", probe),
            13: ("terminationMessagePath", .string), 20: ("terminationMessagePolicy", .string),
            14: ("imagePullPolicy", .string),
            15: (
                "securityContext",
                .message(
                    "SecurityContext",
                    [
                        1: ("capabilities", .message("Capabilities", [1: ("add", .repeated(.string)), 2: ("drop", .repeated(.string))])),
                        2: ("privileged", .bool), 4: ("runAsUser", .int64), 8: ("runAsGroup", .int64),
                        5: ("runAsNonRoot", .bool), 6: ("readOnlyRootFilesystem", .bool),
                        7: ("allowPrivilegeEscalation", .bool), 9: ("procMount", .string),
                    ])
            ),
            16: ("stdin", .bool), 17: ("stdinOnce", .bool), 18: ("tty", .bool),
        ])

    static let volume: ProtobufSchema = {
        let items = ProtobufSchema.repeated(
            .message("KeyToPath", [1: ("key", .string), 2: ("path", .string), 3: ("mode", .int64)]))
        let source = ProtobufSchema.message(
            "VolumeSource",
            [
                1: ("hostPath", .message("HostPathVolumeSource", [1: ("path", .string), 2: ("type", .string)])),
                2: ("emptyDir", .message("EmptyDirVolumeSource", [1: ("medium", .string), 2: ("sizeLimit", .wrapped(.string))])),
                6: (
                    "secret",
                    .message(
                        "SecretVolumeSource",
                        [1: ("secretName", .string), 2: ("items", items), 3: ("defaultMode", .int64), 4: ("optional", .bool)])
                ),
                19: (
                    "configMap",
                    .message(
                        "ConfigMapVolumeSource",
                        [
                            1: ("localObjectReference", .inline(localObjectReference)), 2: ("items", items),
                            3: ("defaultMode", .int64), 4: ("optional", .bool),
                        ])
                ),
            ])
        return .message("Volume", [1: ("name", .string), 2: ("volumeSource", .inline(source))])
    }()

    static let podSpec = ProtobufSchema.message(
        "PodSpec",
        [
            1: ("volumes", .repeated(volume)), 20: ("initContainers", .repeated(container)),
            2: ("containers", .repeated(container)), 3: ("restartPolicy", .string),
            4: ("terminationGracePeriodSeconds", .int64), 5: ("activeDeadlineSeconds", .int64), 6: ("dnsPolicy", .string),
            7: ("nodeSelector", .map(.string)), 8: ("serviceAccountName", .string), 9: ("serviceAccount", .string),
            21: ("automountServiceAccountToken", .bool), 10: ("nodeName", .string), 11: ("hostNetwork", .bool),
            12: ("hostPID", .bool), 13: ("hostIPC", .bool), 27: ("shareProcessNamespace", .bool),
            14: (
                "securityContext",
                .message(
                    "PodSecurityContext",
                    [
                        2: ("runAsUser", .int64), 6: ("runAsGroup", .int64), 3: ("runAsNonRoot", .bool),
                        4: ("supplementalGroups", .repeated(.int64)), 5: ("fsGroup", .int64),
                        9: ("fsGroupChangePolicy", .string),
                    ])
            ),
            15: ("imagePullSecrets", .repeated(localObjectReference)), 16: ("hostname", .string),
            17: ("subdomain", .string), 19: ("schedulerName", .string),
            22: (
                "tolerations",
                .repeated(
                    .message(
                        "Toleration",
                        [
                            1: ("key", .string), 2: ("operator", .string), 3: ("value", .string), 4: ("effect", .string),
                            5: ("tolerationSeconds", .int64),
                        ]))
            ),
            24: ("priorityClassName", .string), 25: ("priority", .int64), 29: ("runtimeClassName", .string),
            30: ("enableServiceLinks", .bool), 31: ("preemptionPolicy", .string),
        ])
}
