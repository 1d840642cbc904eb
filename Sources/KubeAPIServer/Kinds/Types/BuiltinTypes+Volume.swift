import KubeModel

extension BuiltinTypes {
    static let volume: [TypeSchema] = [
        TypeSchema(
            "io.k8s.api.core.v1.CSIVolumeSource", "Inline ephemeral volume served by an external CSI driver.",
            [
                FieldSchema("driver", .string, required: true),
                FieldSchema("fsType", .string),
                FieldSchema("nodePublishSecretRef", .type("io.k8s.api.core.v1.LocalObjectReference")),
                FieldSchema("readOnly", .boolean),
                FieldSchema("volumeAttributes", .map(.string)),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.ConfigMapProjection", "Places ConfigMap keys as files inside a projected volume.",
            [
                FieldSchema("items", .list(.type("io.k8s.api.core.v1.KeyToPath"), .atomic)),
                FieldSchema("name", .string),
                FieldSchema("optional", .boolean),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.ConfigMapVolumeSource", "Exposes ConfigMap keys as files in a pod volume.",
            [
                FieldSchema("defaultMode", .int32),
                FieldSchema("items", .list(.type("io.k8s.api.core.v1.KeyToPath"), .atomic)),
                FieldSchema("name", .string),
                FieldSchema("optional", .boolean),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.DownwardAPIProjection", "Downward API files placed inside a projected volume.",
            [
                FieldSchema("items", .list(.type("io.k8s.api.core.v1.DownwardAPIVolumeFile"), .atomic)),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.DownwardAPIVolumeFile", "One file whose contents come from a pod field or resource value.",
            [
                FieldSchema("fieldRef", .type("io.k8s.api.core.v1.ObjectFieldSelector")),
                FieldSchema("mode", .int32),
                FieldSchema("path", .string, required: true),
                FieldSchema("resourceFieldRef", .type("io.k8s.api.core.v1.ResourceFieldSelector")),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.DownwardAPIVolumeSource", "Volume that writes pod metadata and resource values into files.",
            [
                FieldSchema("defaultMode", .int32),
                FieldSchema("items", .list(.type("io.k8s.api.core.v1.DownwardAPIVolumeFile"), .atomic)),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.EmptyDirVolumeSource", "Scratch directory created empty for the pod and removed with it.",
            [
                FieldSchema("medium", .string),
                FieldSchema("sizeLimit", .quantity),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.HostPathVolumeSource", "Mounts a file or directory from the node file system.",
            [
                FieldSchema("path", .string, required: true),
                FieldSchema("type", .string),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.ImageVolumeSource", "Mounts the contents of an OCI image or artifact as a volume.",
            [
                FieldSchema("pullPolicy", .string),
                FieldSchema("reference", .string),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.KeyToPath", "Chooses a data key and the relative file it lands in.",
            [
                FieldSchema("key", .string, required: true),
                FieldSchema("mode", .int32),
                FieldSchema("path", .string, required: true),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.NFSVolumeSource", "Mounts an NFS export into a pod.",
            [
                FieldSchema("path", .string, required: true),
                FieldSchema("readOnly", .boolean),
                FieldSchema("server", .string, required: true),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.PersistentVolumeClaimVolumeSource", "Uses an existing PersistentVolumeClaim as a pod volume.",
            [
                FieldSchema("claimName", .string, required: true),
                FieldSchema("readOnly", .boolean),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.ProjectedVolumeSource", "Merges several volume sources into one directory.",
            [
                FieldSchema("defaultMode", .int32),
                FieldSchema("sources", .list(.type("io.k8s.api.core.v1.VolumeProjection"), .atomic)),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.SecretProjection", "Places Secret keys as files inside a projected volume.",
            [
                FieldSchema("items", .list(.type("io.k8s.api.core.v1.KeyToPath"), .atomic)),
                FieldSchema("name", .string),
                FieldSchema("optional", .boolean),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.SecretVolumeSource", "Exposes Secret keys as files in a pod volume.",
            [
                FieldSchema("defaultMode", .int32),
                FieldSchema("items", .list(.type("io.k8s.api.core.v1.KeyToPath"), .atomic)),
                FieldSchema("optional", .boolean),
                FieldSchema("secretName", .string),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.ServiceAccountTokenProjection", "Projects a bound, audience-scoped service account token into a file.",
            [
                FieldSchema("audience", .string),
                FieldSchema("expirationSeconds", .int64),
                FieldSchema("path", .string, required: true),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.Volume", "Pod-level storage entry pairing a name with one backing source.",
            [
                FieldSchema("awsElasticBlockStore", .type("io.k8s.api.core.v1.AWSElasticBlockStoreVolumeSource")),
                FieldSchema("azureDisk", .type("io.k8s.api.core.v1.AzureDiskVolumeSource")),
                FieldSchema("azureFile", .type("io.k8s.api.core.v1.AzureFileVolumeSource")),
                FieldSchema("cephfs", .type("io.k8s.api.core.v1.CephFSVolumeSource")),
                FieldSchema("cinder", .type("io.k8s.api.core.v1.CinderVolumeSource")),
                FieldSchema("configMap", .type("io.k8s.api.core.v1.ConfigMapVolumeSource")),
                FieldSchema("csi", .type("io.k8s.api.core.v1.CSIVolumeSource")),
                FieldSchema("downwardAPI", .type("io.k8s.api.core.v1.DownwardAPIVolumeSource")),
                FieldSchema("emptyDir", .type("io.k8s.api.core.v1.EmptyDirVolumeSource")),
                FieldSchema("ephemeral", .type("io.k8s.api.core.v1.EphemeralVolumeSource")),
                FieldSchema("fc", .type("io.k8s.api.core.v1.FCVolumeSource")),
                FieldSchema("flexVolume", .type("io.k8s.api.core.v1.FlexVolumeSource")),
                FieldSchema("flocker", .type("io.k8s.api.core.v1.FlockerVolumeSource")),
                FieldSchema("gcePersistentDisk", .type("io.k8s.api.core.v1.GCEPersistentDiskVolumeSource")),
                FieldSchema("gitRepo", .type("io.k8s.api.core.v1.GitRepoVolumeSource")),
                FieldSchema("glusterfs", .type("io.k8s.api.core.v1.GlusterfsVolumeSource")),
                FieldSchema("hostPath", .type("io.k8s.api.core.v1.HostPathVolumeSource")),
                FieldSchema("image", .type("io.k8s.api.core.v1.ImageVolumeSource")),
                FieldSchema("iscsi", .type("io.k8s.api.core.v1.ISCSIVolumeSource")),
                FieldSchema("name", .string, required: true),
                FieldSchema("nfs", .type("io.k8s.api.core.v1.NFSVolumeSource")),
                FieldSchema("persistentVolumeClaim", .type("io.k8s.api.core.v1.PersistentVolumeClaimVolumeSource")),
                FieldSchema("photonPersistentDisk", .type("io.k8s.api.core.v1.PhotonPersistentDiskVolumeSource")),
                FieldSchema("portworxVolume", .type("io.k8s.api.core.v1.PortworxVolumeSource")),
                FieldSchema("projected", .type("io.k8s.api.core.v1.ProjectedVolumeSource")),
                FieldSchema("quobyte", .type("io.k8s.api.core.v1.QuobyteVolumeSource")),
                FieldSchema("rbd", .type("io.k8s.api.core.v1.RBDVolumeSource")),
                FieldSchema("scaleIO", .type("io.k8s.api.core.v1.ScaleIOVolumeSource")),
                FieldSchema("secret", .type("io.k8s.api.core.v1.SecretVolumeSource")),
                FieldSchema("storageos", .type("io.k8s.api.core.v1.StorageOSVolumeSource")),
                FieldSchema("vsphereVolume", .type("io.k8s.api.core.v1.VsphereVirtualDiskVolumeSource")),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.VolumeProjection", "One source entry inside a projected volume.",
            [
                FieldSchema("configMap", .type("io.k8s.api.core.v1.ConfigMapProjection")),
                FieldSchema("downwardAPI", .type("io.k8s.api.core.v1.DownwardAPIProjection")),
                FieldSchema("secret", .type("io.k8s.api.core.v1.SecretProjection")),
                FieldSchema("serviceAccountToken", .type("io.k8s.api.core.v1.ServiceAccountTokenProjection")),
            ]),
    ]
}
