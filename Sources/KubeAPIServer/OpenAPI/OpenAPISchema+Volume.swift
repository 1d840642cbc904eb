import KubeModel

extension OpenAPISchema {
    /// `core/v1` Volume with every source upstream's has: the ones a node-local daemon uses (host paths, emptyDir,
    /// config maps, secrets, projections, the downward API, claims, generic ephemeral volumes, CSI, NFS, images)
    /// here, the deprecated in-tree storage sources in `inTreeVolume`.
    static let volume: [String: JSONValue] = [
        "io.k8s.api.core.v1.Volume": object(
            "Volume represents a named volume in a pod that may be accessed by any container in the pod.",
            properties: [
                "awsElasticBlockStore": property(
                    "io.k8s.api.core.v1.AWSElasticBlockStoreVolumeSource",
                    "awsElasticBlockStore represents an AWS Disk resource that is attached to a kubelet's host "
                        + "machine and then exposed to the pod. Deprecated: AWSElasticBlockStore is deprecated. All "
                        + "operations for the in-tree awsElasticBlockStore type are redirected to the "
                        + "ebs.csi.aws.com CSI driver. More info: "
                        + "https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore"),
                "azureDisk": property(
                    "io.k8s.api.core.v1.AzureDiskVolumeSource",
                    "azureDisk represents an Azure Data Disk mount on the host and bind mount to the pod. "
                        + "Deprecated: AzureDisk is deprecated. All operations for the in-tree azureDisk type are "
                        + "redirected to the disk.csi.azure.com CSI driver."),
                "azureFile": property(
                    "io.k8s.api.core.v1.AzureFileVolumeSource",
                    "azureFile represents an Azure File Service mount on the host and bind mount to the pod. "
                        + "Deprecated: AzureFile is deprecated. All operations for the in-tree azureFile type are "
                        + "redirected to the file.csi.azure.com CSI driver."),
                "cephfs": property(
                    "io.k8s.api.core.v1.CephFSVolumeSource",
                    "cephFS represents a Ceph FS mount on the host that shares a pod's lifetime. Deprecated: CephFS "
                        + "is deprecated and the in-tree cephfs type is no longer supported."),
                "cinder": property(
                    "io.k8s.api.core.v1.CinderVolumeSource",
                    "cinder represents a cinder volume attached and mounted on kubelets host machine. Deprecated: "
                        + "Cinder is deprecated. All operations for the in-tree cinder type are redirected to the "
                        + "cinder.csi.openstack.org CSI driver. More info: "
                        + "https://examples.k8s.io/mysql-cinder-pd/README.md"),
                "configMap": property(
                    "io.k8s.api.core.v1.ConfigMapVolumeSource",
                    "configMap represents a configMap that should populate this volume"),
                "csi": property(
                    "io.k8s.api.core.v1.CSIVolumeSource",
                    "csi (Container Storage Interface) represents ephemeral storage that is handled by certain "
                        + "external CSI drivers."),
                "downwardAPI": property(
                    "io.k8s.api.core.v1.DownwardAPIVolumeSource",
                    "downwardAPI represents downward API about the pod that should populate this volume"),
                "emptyDir": property(
                    "io.k8s.api.core.v1.EmptyDirVolumeSource",
                    "emptyDir represents a temporary directory that shares a pod's lifetime. More info: "
                        + "https://kubernetes.io/docs/concepts/storage/volumes#emptydir"),
                "ephemeral": property(
                    "io.k8s.api.core.v1.EphemeralVolumeSource",
                    "ephemeral represents a volume that is handled by a cluster storage driver. The volume's lifecycle "
                        + "is tied to the pod that defines it - it will be created before the pod starts, and deleted "
                        + "when the pod is removed."),
                "fc": property(
                    "io.k8s.api.core.v1.FCVolumeSource",
                    "fc represents a Fibre Channel resource that is attached to a kubelet's host machine and then "
                        + "exposed to the pod."),
                "flexVolume": property(
                    "io.k8s.api.core.v1.FlexVolumeSource",
                    "flexVolume represents a generic volume resource that is provisioned/attached using an exec "
                        + "based plugin. Deprecated: FlexVolume is deprecated. Consider using a CSIDriver instead."),
                "flocker": property(
                    "io.k8s.api.core.v1.FlockerVolumeSource",
                    "flocker represents a Flocker volume attached to a kubelet's host machine. This depends on the "
                        + "Flocker control service being running. Deprecated: Flocker is deprecated and the in-tree "
                        + "flocker type is no longer supported."),
                "gcePersistentDisk": property(
                    "io.k8s.api.core.v1.GCEPersistentDiskVolumeSource",
                    "gcePersistentDisk represents a GCE Disk resource that is attached to a kubelet's host machine "
                        + "and then exposed to the pod. Deprecated: GCEPersistentDisk is deprecated. All operations "
                        + "for the in-tree gcePersistentDisk type are redirected to the pd.csi.storage.gke.io CSI "
                        + "driver. More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk"),
                "gitRepo": property(
                    "io.k8s.api.core.v1.GitRepoVolumeSource",
                    "gitRepo represents a git repository at a particular revision. Deprecated: GitRepo is "
                        + "deprecated. To provision a container with a git repo, mount an EmptyDir into an "
                        + "InitContainer that clones the repo using git, then mount the EmptyDir into the Pod's "
                        + "container."),
                "glusterfs": property(
                    "io.k8s.api.core.v1.GlusterfsVolumeSource",
                    "glusterfs represents a Glusterfs mount on the host that shares a pod's lifetime. Deprecated: "
                        + "Glusterfs is deprecated and the in-tree glusterfs type is no longer supported. More info: "
                        + "https://examples.k8s.io/volumes/glusterfs/README.md"),
                "hostPath": property(
                    "io.k8s.api.core.v1.HostPathVolumeSource",
                    "hostPath represents a pre-existing file or directory on the host machine that is directly "
                        + "exposed to the container. This is generally used for system agents or other privileged "
                        + "things that are allowed to see the host machine. Most containers will NOT need this. More "
                        + "info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath"),
                "image": property(
                    "io.k8s.api.core.v1.ImageVolumeSource",
                    "image represents an OCI object (a container image or artifact) pulled and mounted on the "
                        + "kubelet's host machine."),
                "iscsi": property(
                    "io.k8s.api.core.v1.ISCSIVolumeSource",
                    "iscsi represents an ISCSI Disk resource that is attached to a kubelet's host machine and then "
                        + "exposed to the pod. More info: https://examples.k8s.io/volumes/iscsi/README.md"),
                "name": string(
                    "name of the volume. Must be a DNS_LABEL and unique within the pod. More info: "
                        + "https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names",
                    defaulted: true),
                "nfs": property(
                    "io.k8s.api.core.v1.NFSVolumeSource",
                    "nfs represents an NFS mount on the host that shares a pod's lifetime More info: "
                        + "https://kubernetes.io/docs/concepts/storage/volumes#nfs"),
                "persistentVolumeClaim": property(
                    "io.k8s.api.core.v1.PersistentVolumeClaimVolumeSource",
                    "persistentVolumeClaimVolumeSource represents a reference to a PersistentVolumeClaim in the same "
                        + "namespace. More info: "
                        + "https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims"),
                "photonPersistentDisk": property(
                    "io.k8s.api.core.v1.PhotonPersistentDiskVolumeSource",
                    "photonPersistentDisk represents a PhotonController persistent disk attached and mounted on "
                        + "kubelets host machine. Deprecated: PhotonPersistentDisk is deprecated and the in-tree "
                        + "photonPersistentDisk type is no longer supported."),
                "portworxVolume": property(
                    "io.k8s.api.core.v1.PortworxVolumeSource",
                    "portworxVolume represents a portworx volume attached and mounted on kubelets host machine. "
                        + "Deprecated: PortworxVolume is deprecated. All operations for the in-tree portworxVolume "
                        + "type are redirected to the pxd.portworx.com CSI driver when the CSIMigrationPortworx "
                        + "feature-gate is on."),
                "projected": property(
                    "io.k8s.api.core.v1.ProjectedVolumeSource",
                    "projected items for all in one resources secrets, configmaps, and downward API"),
                "quobyte": property(
                    "io.k8s.api.core.v1.QuobyteVolumeSource",
                    "quobyte represents a Quobyte mount on the host that shares a pod's lifetime. Deprecated: "
                        + "Quobyte is deprecated and the in-tree quobyte type is no longer supported."),
                "rbd": property(
                    "io.k8s.api.core.v1.RBDVolumeSource",
                    "rbd represents a Rados Block Device mount on the host that shares a pod's lifetime. Deprecated: "
                        + "RBD is deprecated and the in-tree rbd type is no longer supported. More info: "
                        + "https://examples.k8s.io/volumes/rbd/README.md"),
                "scaleIO": property(
                    "io.k8s.api.core.v1.ScaleIOVolumeSource",
                    "scaleIO represents a ScaleIO persistent volume attached and mounted on Kubernetes nodes. "
                        + "Deprecated: ScaleIO is deprecated and the in-tree scaleIO type is no longer supported."),
                "secret": property(
                    "io.k8s.api.core.v1.SecretVolumeSource",
                    "secret represents a secret that should populate this volume. More info: "
                        + "https://kubernetes.io/docs/concepts/storage/volumes#secret"),
                "storageos": property(
                    "io.k8s.api.core.v1.StorageOSVolumeSource",
                    "storageOS represents a StorageOS volume attached and mounted on Kubernetes nodes. Deprecated: "
                        + "StorageOS is deprecated and the in-tree storageos type is no longer supported."),
                "vsphereVolume": property(
                    "io.k8s.api.core.v1.VsphereVirtualDiskVolumeSource",
                    "vsphereVolume represents a vSphere volume attached and mounted on kubelets host machine. "
                        + "Deprecated: VsphereVolume is deprecated. All operations for the in-tree vsphereVolume "
                        + "type are redirected to the csi.vsphere.vmware.com CSI driver."),
            ],
            required: ["name"]),
        "io.k8s.api.core.v1.HostPathVolumeSource": object(
            "Represents a host path mapped into a pod. Host path volumes do not support ownership management or "
                + "SELinux relabeling.",
            properties: [
                "path": string(
                    "path of the directory on the host. If the path is a symlink, it will follow the link to the real "
                        + "path. More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath",
                    defaulted: true),
                "type": string(
                    "type for HostPath Volume Defaults to \"\" More info: "
                        + "https://kubernetes.io/docs/concepts/storage/volumes#hostpath"),
            ],
            required: ["path"]),
        "io.k8s.api.core.v1.EmptyDirVolumeSource": object(
            "Represents an empty directory for a pod. Empty directory volumes support ownership management and "
                + "SELinux relabeling.",
            properties: [
                "medium": string(
                    "medium represents what type of storage medium should back this directory. The default is \"\" "
                        + "which means to use the node's default medium. Must be an empty string (default) or Memory. "
                        + "More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir"),
                "sizeLimit": property(
                    "io.k8s.apimachinery.pkg.api.resource.Quantity",
                    "sizeLimit is the total amount of local storage required for this EmptyDir volume. The size limit "
                        + "is also applicable for memory medium. More info: "
                        + "https://kubernetes.io/docs/concepts/storage/volumes#emptydir"),
            ]),
        "io.k8s.api.core.v1.ConfigMapVolumeSource": object(
            "Adapts a ConfigMap into a volume.\n\nThe contents of the target ConfigMap's Data field will be "
                + "presented in a volume as files using the keys in the Data field as the file names, unless the "
                + "items element is populated with specific mappings of keys to paths. ConfigMap volumes support "
                + "ownership management and SELinux relabeling.",
            properties: [
                "defaultMode": defaultMode,
                "items": keyToPathItems("ConfigMap"),
                "name": localObjectName,
                "optional": boolean("optional specify whether the ConfigMap or its keys must be defined"),
            ]),
        "io.k8s.api.core.v1.SecretVolumeSource": object(
            "Adapts a Secret into a volume.\n\nThe contents of the target Secret's Data field will be presented in a "
                + "volume as files using the keys in the Data field as the file names. Secret volumes support "
                + "ownership management and SELinux relabeling.",
            properties: [
                "defaultMode": defaultMode,
                "items": keyToPathItems("Secret"),
                "optional": boolean("optional field specify whether the Secret or its keys must be defined"),
                "secretName": string(
                    "secretName is the name of the secret in the pod's namespace to use. More info: "
                        + "https://kubernetes.io/docs/concepts/storage/volumes#secret"),
            ]),
        "io.k8s.api.core.v1.KeyToPath": object(
            "Maps a string key to a path within a volume.",
            properties: [
                "key": string("key is the key to project.", defaulted: true),
                "mode": fileMode,
                "path": string(
                    "path is the relative path of the file to map the key to. May not be an absolute path. May not "
                        + "contain the path element '..'. May not start with the string '..'.",
                    defaulted: true),
            ],
            required: ["key", "path"]),
        "io.k8s.api.core.v1.DownwardAPIVolumeSource": object(
            "DownwardAPIVolumeSource represents a volume containing downward API info. Downward API volumes support "
                + "ownership management and SELinux relabeling.",
            properties: [
                "defaultMode": defaultMode,
                "items": array(
                    of: "io.k8s.api.core.v1.DownwardAPIVolumeFile", "Items is a list of downward API volume file",
                    extensions: atomicList),
            ]),
        "io.k8s.api.core.v1.DownwardAPIVolumeFile": object(
            "DownwardAPIVolumeFile represents information to create the file containing the pod field",
            properties: [
                "fieldRef": property(
                    "io.k8s.api.core.v1.ObjectFieldSelector",
                    "Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are "
                        + "supported."),
                "mode": fileMode,
                "path": string(
                    "Required: Path is  the relative path name of the file to be created. Must not be absolute or "
                        + "contain the '..' path. Must be utf-8 encoded. The first item of the relative path must not "
                        + "start with '..'",
                    defaulted: true),
                "resourceFieldRef": property(
                    "io.k8s.api.core.v1.ResourceFieldSelector",
                    "Selects a resource of the container: only resources limits and requests (limits.cpu, "
                        + "limits.memory, requests.cpu and requests.memory) are currently supported."),
            ],
            required: ["path"]),
        "io.k8s.api.core.v1.ProjectedVolumeSource": object(
            "Represents a projected volume source",
            properties: [
                "defaultMode": defaultMode,
                "sources": array(
                    of: "io.k8s.api.core.v1.VolumeProjection",
                    "sources is the list of volume projections. Each entry in this list handles one source.",
                    extensions: atomicList),
            ]),
        "io.k8s.api.core.v1.VolumeProjection": object(
            "Projection that may be projected along with other supported volume types. Exactly one of these fields "
                + "must be set.",
            properties: [
                "configMap": property(
                    "io.k8s.api.core.v1.ConfigMapProjection",
                    "configMap information about the configMap data to project"),
                "downwardAPI": property(
                    "io.k8s.api.core.v1.DownwardAPIProjection",
                    "downwardAPI information about the downwardAPI data to project"),
                "secret": property(
                    "io.k8s.api.core.v1.SecretProjection", "secret information about the secret data to project"),
                "serviceAccountToken": property(
                    "io.k8s.api.core.v1.ServiceAccountTokenProjection",
                    "serviceAccountToken is information about the serviceAccountToken data to project"),
            ]),
        "io.k8s.api.core.v1.ConfigMapProjection": object(
            "Adapts a ConfigMap into a projected volume.",
            properties: [
                "items": keyToPathItems("ConfigMap"),
                "name": localObjectName,
                "optional": boolean("optional specify whether the ConfigMap or its keys must be defined"),
            ]),
        "io.k8s.api.core.v1.SecretProjection": object(
            "Adapts a secret into a projected volume.",
            properties: [
                "items": keyToPathItems("Secret"),
                "name": localObjectName,
                "optional": boolean("optional field specify whether the Secret or its key must be defined"),
            ]),
        "io.k8s.api.core.v1.DownwardAPIProjection": object(
            "Represents downward API info for projecting into a projected volume. Note that this is identical to a "
                + "downwardAPI volume source without the default mode.",
            properties: [
                "items": array(
                    of: "io.k8s.api.core.v1.DownwardAPIVolumeFile", "Items is a list of DownwardAPIVolume file",
                    extensions: atomicList)
            ]),
        "io.k8s.api.core.v1.ServiceAccountTokenProjection": object(
            "ServiceAccountTokenProjection represents a projected service account token volume. This projection can "
                + "be used to insert a service account token into the pods runtime filesystem for use against APIs "
                + "(Kubernetes API Server or otherwise).",
            properties: [
                "audience": string(
                    "audience is the intended audience of the token. A recipient of a token must identify itself with "
                        + "an identifier specified in the audience of the token, and otherwise should reject the "
                        + "token. The audience defaults to the identifier of the apiserver."),
                "expirationSeconds": integer(
                    "expirationSeconds is the requested duration of validity of the service account token. Defaults "
                        + "to 1 hour and must be at least 10 minutes.",
                    format: "int64"),
                "path": string(
                    "path is the path relative to the mount point of the file to project the token into.",
                    defaulted: true),
            ],
            required: ["path"]),
        "io.k8s.api.core.v1.PersistentVolumeClaimVolumeSource": object(
            "PersistentVolumeClaimVolumeSource references the user's PVC in the same namespace. This volume finds the "
                + "bound PV and mounts that volume for the pod.",
            properties: [
                "claimName": string(
                    "claimName is the name of a PersistentVolumeClaim in the same namespace as the pod using this "
                        + "volume. More info: "
                        + "https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims",
                    defaulted: true),
                "readOnly": boolean("readOnly Will force the ReadOnly setting in VolumeMounts. Default false."),
            ],
            required: ["claimName"]),
        "io.k8s.api.core.v1.CSIVolumeSource": object(
            "Represents a source location of a volume to mount, managed by an external CSI driver",
            properties: [
                "driver": string(
                    "driver is the name of the CSI driver that handles this volume. Consult with your admin for the "
                        + "correct name as registered in the cluster.",
                    defaulted: true),
                "fsType": string(
                    "fsType to mount. Ex. \"ext4\", \"xfs\", \"ntfs\". If not provided, the empty value is passed to "
                        + "the associated CSI driver which will determine the default filesystem to apply."),
                "nodePublishSecretRef": property(
                    "io.k8s.api.core.v1.LocalObjectReference",
                    "nodePublishSecretRef is a reference to the secret object containing sensitive information to "
                        + "pass to the CSI driver to complete the CSI NodePublishVolume and NodeUnpublishVolume "
                        + "calls."),
                "readOnly": boolean(
                    "readOnly specifies a read-only configuration for the volume. Defaults to false (read/write)."),
                "volumeAttributes": stringMap(
                    "volumeAttributes stores driver-specific properties that are passed to the CSI driver. Consult "
                        + "your driver's documentation for supported values."),
            ],
            required: ["driver"]),
        "io.k8s.api.core.v1.NFSVolumeSource": object(
            "Represents an NFS mount that lasts the lifetime of a pod. NFS volumes do not support ownership "
                + "management or SELinux relabeling.",
            properties: [
                "path": string(
                    "path that is exported by the NFS server. More info: "
                        + "https://kubernetes.io/docs/concepts/storage/volumes#nfs",
                    defaulted: true),
                "readOnly": boolean(
                    "readOnly here will force the NFS export to be mounted with read-only permissions. Defaults to "
                        + "false. More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs"),
                "server": string(
                    "server is the hostname or IP address of the NFS server. More info: "
                        + "https://kubernetes.io/docs/concepts/storage/volumes#nfs",
                    defaulted: true),
            ],
            required: ["server", "path"]),
        "io.k8s.api.core.v1.ImageVolumeSource": object(
            "ImageVolumeSource represents a image volume resource.",
            properties: [
                "pullPolicy": string(
                    "Policy for pulling OCI objects. Possible values are: Always, Never, IfNotPresent. Defaults to "
                        + "Always if :latest tag is specified, or IfNotPresent otherwise."),
                "reference": string(
                    "Required: Image or artifact reference to be used. Behaves in the same way as "
                        + "pod.spec.containers[*].image."),
            ]),
    ]

    /// `defaultMode` of the file-projecting sources.
    private static let defaultMode = integer(
        "defaultMode is optional: mode bits used to set permissions on created files by default. Must be an octal "
            + "value between 0000 and 0777 or a decimal value between 0 and 511. Defaults to 0644.")

    /// `mode` of one projected file.
    private static let fileMode = integer(
        "mode is Optional: mode bits used to set permissions on this file. Must be an octal value between 0000 and "
            + "0777 or a decimal value between 0 and 511. If not specified, the volume defaultMode will be used.")

    /// `items` of a ConfigMap or Secret source: which keys land at which paths.
    private static func keyToPathItems(_ kind: String) -> JSONValue {
        array(
            of: "io.k8s.api.core.v1.KeyToPath",
            "items if unspecified, each key-value pair in the Data field of the referenced \(kind) will be projected "
                + "into the volume as a file whose name is the key and content is the value. If specified, the "
                + "listed keys will be projected into the specified paths, and unlisted keys will not be present.",
            extensions: atomicList)
    }
}
