import KubeModel

extension BuiltinTypes {
    static let inTreeVolume: [TypeSchema] = [
        TypeSchema(
            "io.k8s.api.core.v1.AWSElasticBlockStoreVolumeSource", "Mounts an Amazon EBS disk into a pod; deprecated in-tree plugin.",
            [
                FieldSchema("fsType", .string),
                FieldSchema("partition", .int32),
                FieldSchema("readOnly", .boolean),
                FieldSchema("volumeID", .string, required: true),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.AzureDiskVolumeSource", "Mounts an Azure managed or blob data disk into a pod.",
            [
                FieldSchema("cachingMode", .string),
                FieldSchema("diskName", .string, required: true),
                FieldSchema("diskURI", .string, required: true),
                FieldSchema("fsType", .string),
                FieldSchema("kind", .string),
                FieldSchema("readOnly", .boolean),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.AzureFileVolumeSource", "Mounts an Azure Files SMB share into a pod.",
            [
                FieldSchema("readOnly", .boolean),
                FieldSchema("secretName", .string, required: true),
                FieldSchema("shareName", .string, required: true),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.CephFSVolumeSource", "Mounts a CephFS file system that outlives the pod.",
            [
                FieldSchema("monitors", .list(.string, .atomic), required: true),
                FieldSchema("path", .string),
                FieldSchema("readOnly", .boolean),
                FieldSchema("secretFile", .string),
                FieldSchema("secretRef", .type("io.k8s.api.core.v1.LocalObjectReference")),
                FieldSchema("user", .string),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.CinderVolumeSource", "Mounts an OpenStack Cinder block volume into a pod.",
            [
                FieldSchema("fsType", .string),
                FieldSchema("readOnly", .boolean),
                FieldSchema("secretRef", .type("io.k8s.api.core.v1.LocalObjectReference")),
                FieldSchema("volumeID", .string, required: true),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.FCVolumeSource", "Mounts a Fibre Channel disk into a pod.",
            [
                FieldSchema("fsType", .string),
                FieldSchema("lun", .int32),
                FieldSchema("readOnly", .boolean),
                FieldSchema("targetWWNs", .list(.string, .atomic)),
                FieldSchema("wwids", .list(.string, .atomic)),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.FlexVolumeSource", "Volume handled by an exec-based FlexVolume driver plugin.",
            [
                FieldSchema("driver", .string, required: true),
                FieldSchema("fsType", .string),
                FieldSchema("options", .map(.string)),
                FieldSchema("readOnly", .boolean),
                FieldSchema("secretRef", .type("io.k8s.api.core.v1.LocalObjectReference")),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.FlockerVolumeSource", "Mounts a dataset managed by the Flocker control service.",
            [
                FieldSchema("datasetName", .string),
                FieldSchema("datasetUUID", .string),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.GCEPersistentDiskVolumeSource", "Mounts a Google Compute Engine persistent disk into a pod.",
            [
                FieldSchema("fsType", .string),
                FieldSchema("partition", .int32),
                FieldSchema("pdName", .string, required: true),
                FieldSchema("readOnly", .boolean),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.GitRepoVolumeSource", "Deprecated volume that clones a git repository into a directory.",
            [
                FieldSchema("directory", .string),
                FieldSchema("repository", .string, required: true),
                FieldSchema("revision", .string),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.GlusterfsVolumeSource", "Mounts a GlusterFS volume into a pod.",
            [
                FieldSchema("endpoints", .string, required: true),
                FieldSchema("path", .string, required: true),
                FieldSchema("readOnly", .boolean),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.ISCSIVolumeSource", "Mounts an iSCSI target disk into a pod.",
            [
                FieldSchema("chapAuthDiscovery", .boolean),
                FieldSchema("chapAuthSession", .boolean),
                FieldSchema("fsType", .string),
                FieldSchema("initiatorName", .string),
                FieldSchema("iqn", .string, required: true),
                FieldSchema("iscsiInterface", .string),
                FieldSchema("lun", .int32, required: true),
                FieldSchema("portals", .list(.string, .atomic)),
                FieldSchema("readOnly", .boolean),
                FieldSchema("secretRef", .type("io.k8s.api.core.v1.LocalObjectReference")),
                FieldSchema("targetPortal", .string, required: true),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.PhotonPersistentDiskVolumeSource", "Mounts a VMware Photon Controller persistent disk.",
            [
                FieldSchema("fsType", .string),
                FieldSchema("pdID", .string, required: true),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.PortworxVolumeSource", "Mounts a Portworx volume into a pod.",
            [
                FieldSchema("fsType", .string),
                FieldSchema("readOnly", .boolean),
                FieldSchema("volumeID", .string, required: true),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.QuobyteVolumeSource", "Mounts a Quobyte volume into a pod.",
            [
                FieldSchema("group", .string),
                FieldSchema("readOnly", .boolean),
                FieldSchema("registry", .string, required: true),
                FieldSchema("tenant", .string),
                FieldSchema("user", .string),
                FieldSchema("volume", .string, required: true),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.RBDVolumeSource", "Mounts a Ceph RADOS block device into a pod.",
            [
                FieldSchema("fsType", .string),
                FieldSchema("image", .string, required: true),
                FieldSchema("keyring", .string),
                FieldSchema("monitors", .list(.string, .atomic), required: true),
                FieldSchema("pool", .string),
                FieldSchema("readOnly", .boolean),
                FieldSchema("secretRef", .type("io.k8s.api.core.v1.LocalObjectReference")),
                FieldSchema("user", .string),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.ScaleIOVolumeSource", "Mounts a Dell EMC ScaleIO volume into a pod.",
            [
                FieldSchema("fsType", .string),
                FieldSchema("gateway", .string, required: true),
                FieldSchema("protectionDomain", .string),
                FieldSchema("readOnly", .boolean),
                FieldSchema("secretRef", .type("io.k8s.api.core.v1.LocalObjectReference"), required: true),
                FieldSchema("sslEnabled", .boolean),
                FieldSchema("storageMode", .string),
                FieldSchema("storagePool", .string),
                FieldSchema("system", .string, required: true),
                FieldSchema("volumeName", .string),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.StorageOSVolumeSource", "Mounts a StorageOS volume into a pod.",
            [
                FieldSchema("fsType", .string),
                FieldSchema("readOnly", .boolean),
                FieldSchema("secretRef", .type("io.k8s.api.core.v1.LocalObjectReference")),
                FieldSchema("volumeName", .string),
                FieldSchema("volumeNamespace", .string),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.VsphereVirtualDiskVolumeSource", "Mounts a vSphere VMDK virtual disk into a pod.",
            [
                FieldSchema("fsType", .string),
                FieldSchema("storagePolicyID", .string),
                FieldSchema("storagePolicyName", .string),
                FieldSchema("volumePath", .string, required: true),
            ]),
    ]
}
