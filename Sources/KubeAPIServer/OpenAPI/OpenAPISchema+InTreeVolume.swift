import KubeModel

extension OpenAPISchema {
    /// The deprecated in-tree storage sources of `core/v1` Volume (awsElasticBlockStore, rbd, flocker, ...), as
    /// upstream describes them: the API still accepts them, so `kubectl explain` and client-side validation must
    /// know their fields.
    static let inTreeVolume: [String: JSONValue] = [
        "io.k8s.api.core.v1.AWSElasticBlockStoreVolumeSource": object(
            "Represents a Persistent Disk resource in AWS.\n\nAn AWS EBS disk must exist before mounting to a "
                + "container. The disk must also be in the same AWS zone as the kubelet. An AWS EBS disk can only be "
                + "mounted as read/write once. AWS EBS volumes support ownership management and SELinux relabeling.",
            properties: [
                "fsType": string(
                    "fsType is the filesystem type of the volume that you want to mount. Tip: Ensure that the "
                        + "filesystem type is supported by the host operating system. Examples: \"ext4\", \"xfs\", "
                        + "\"ntfs\". Implicitly inferred to be \"ext4\" if unspecified. More info: "
                        + "https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore"),
                "partition": integer(
                    "partition is the partition in the volume that you want to mount. If omitted, the default is to "
                        + "mount by volume name. Examples: For volume /dev/sda1, you specify the partition as \"1\". "
                        + "Similarly, the volume partition for /dev/sda is \"0\" (or you can leave the property "
                        + "empty)."),
                "readOnly": boolean(
                    "readOnly value true will force the readOnly setting in VolumeMounts. More info: "
                        + "https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore"),
                "volumeID": string(
                    "volumeID is unique ID of the persistent disk resource in AWS (Amazon EBS volume). More info: "
                        + "https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore",
                    defaulted: true),
            ],
            required: ["volumeID"]),
        "io.k8s.api.core.v1.AzureDiskVolumeSource": object(
            "AzureDisk represents an Azure Data Disk mount on the host and bind mount to the pod.",
            properties: [
                "cachingMode": string("cachingMode is the Host Caching mode: None, Read Only, Read Write."),
                "diskName": string("diskName is the Name of the data disk in the blob storage", defaulted: true),
                "diskURI": string("diskURI is the URI of data disk in the blob storage", defaulted: true),
                "fsType": string(
                    "fsType is Filesystem type to mount. Must be a filesystem type supported by the host operating "
                        + "system. Ex. \"ext4\", \"xfs\", \"ntfs\". Implicitly inferred to be \"ext4\" if "
                        + "unspecified."),
                "kind": string(
                    "kind expected values are Shared: multiple blob disks per storage account  Dedicated: single "
                        + "blob disk per storage account  Managed: azure managed data disk (only in managed "
                        + "availability set). defaults to shared"),
                "readOnly": boolean(
                    "readOnly Defaults to false (read/write). ReadOnly here will force the ReadOnly setting in "
                        + "VolumeMounts."),
            ],
            required: ["diskName", "diskURI"]),
        "io.k8s.api.core.v1.AzureFileVolumeSource": object(
            "AzureFile represents an Azure File Service mount on the host and bind mount to the pod.",
            properties: [
                "readOnly": boolean(
                    "readOnly defaults to false (read/write). ReadOnly here will force the ReadOnly setting in "
                        + "VolumeMounts."),
                "secretName": string(
                    "secretName is the  name of secret that contains Azure Storage Account Name and Key",
                    defaulted: true),
                "shareName": string("shareName is the azure share Name", defaulted: true),
            ],
            required: ["secretName", "shareName"]),
        "io.k8s.api.core.v1.CephFSVolumeSource": object(
            "Represents a Ceph Filesystem mount that lasts the lifetime of a pod Cephfs volumes do not support "
                + "ownership management or SELinux relabeling.",
            properties: [
                "monitors": stringArray(
                    "monitors is Required: Monitors is a collection of Ceph monitors More info: "
                        + "https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it",
                    extensions: atomicList),
                "path": string(
                    "path is Optional: Used as the mounted root, rather than the full Ceph tree, default is /"),
                "readOnly": boolean(
                    "readOnly is Optional: Defaults to false (read/write). ReadOnly here will force the ReadOnly "
                        + "setting in VolumeMounts. More info: "
                        + "https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it"),
                "secretFile": string(
                    "secretFile is Optional: SecretFile is the path to key ring for User, default is "
                        + "/etc/ceph/user.secret More info: "
                        + "https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it"),
                "secretRef": property(
                    "io.k8s.api.core.v1.LocalObjectReference",
                    "secretRef is Optional: SecretRef is reference to the authentication secret for User, default is "
                        + "empty. More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it"),
                "user": string(
                    "user is optional: User is the rados user name, default is admin More info: "
                        + "https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it"),
            ],
            required: ["monitors"]),
        "io.k8s.api.core.v1.CinderVolumeSource": object(
            "Represents a cinder volume resource in Openstack. A Cinder volume must exist before mounting to a "
                + "container. The volume must also be in the same region as the kubelet. Cinder volumes support "
                + "ownership management and SELinux relabeling.",
            properties: [
                "fsType": string(
                    "fsType is the filesystem type to mount. Must be a filesystem type supported by the host "
                        + "operating system. Examples: \"ext4\", \"xfs\", \"ntfs\". Implicitly inferred to be "
                        + "\"ext4\" if unspecified. More info: https://examples.k8s.io/mysql-cinder-pd/README.md"),
                "readOnly": boolean(
                    "readOnly defaults to false (read/write). ReadOnly here will force the ReadOnly setting in "
                        + "VolumeMounts. More info: https://examples.k8s.io/mysql-cinder-pd/README.md"),
                "secretRef": property(
                    "io.k8s.api.core.v1.LocalObjectReference",
                    "secretRef is optional: points to a secret object containing parameters used to connect to "
                        + "OpenStack."),
                "volumeID": string(
                    "volumeID used to identify the volume in cinder. More info: "
                        + "https://examples.k8s.io/mysql-cinder-pd/README.md",
                    defaulted: true),
            ],
            required: ["volumeID"]),
        "io.k8s.api.core.v1.FCVolumeSource": object(
            "Represents a Fibre Channel volume. Fibre Channel volumes can only be mounted as read/write once. Fibre "
                + "Channel volumes support ownership management and SELinux relabeling.",
            properties: [
                "fsType": string(
                    "fsType is the filesystem type to mount. Must be a filesystem type supported by the host "
                        + "operating system. Ex. \"ext4\", \"xfs\", \"ntfs\". Implicitly inferred to be \"ext4\" if "
                        + "unspecified."),
                "lun": integer("lun is Optional: FC target lun number"),
                "readOnly": boolean(
                    "readOnly is Optional: Defaults to false (read/write). ReadOnly here will force the ReadOnly "
                        + "setting in VolumeMounts."),
                "targetWWNs": stringArray(
                    "targetWWNs is Optional: FC target worldwide names (WWNs)",
                    extensions: atomicList),
                "wwids": stringArray(
                    "wwids Optional: FC volume world wide identifiers (wwids) Either wwids or combination of "
                        + "targetWWNs and lun must be set, but not both simultaneously.",
                    extensions: atomicList),
            ]),
        "io.k8s.api.core.v1.FlexVolumeSource": object(
            "FlexVolume represents a generic volume resource that is provisioned/attached using an exec based plugin.",
            properties: [
                "driver": string("driver is the name of the driver to use for this volume.", defaulted: true),
                "fsType": string(
                    "fsType is the filesystem type to mount. Must be a filesystem type supported by the host "
                        + "operating system. Ex. \"ext4\", \"xfs\", \"ntfs\". The default filesystem depends on "
                        + "FlexVolume script."),
                "options": stringMap("options is Optional: this field holds extra command options if any."),
                "readOnly": boolean(
                    "readOnly is Optional: defaults to false (read/write). ReadOnly here will force the ReadOnly "
                        + "setting in VolumeMounts."),
                "secretRef": property(
                    "io.k8s.api.core.v1.LocalObjectReference",
                    "secretRef is Optional: secretRef is reference to the secret object containing sensitive "
                        + "information to pass to the plugin scripts. This may be empty if no secret object is "
                        + "specified. If the secret object contains more than one secret, all secrets are passed to "
                        + "the plugin scripts."),
            ],
            required: ["driver"]),
        "io.k8s.api.core.v1.FlockerVolumeSource": object(
            "Represents a Flocker volume mounted by the Flocker agent. One and only one of datasetName and "
                + "datasetUUID should be set. Flocker volumes do not support ownership management or SELinux "
                + "relabeling.",
            properties: [
                "datasetName": string(
                    "datasetName is Name of the dataset stored as metadata -> name on the dataset for Flocker should "
                        + "be considered as deprecated"),
                "datasetUUID": string(
                    "datasetUUID is the UUID of the dataset. This is unique identifier of a Flocker dataset"),
            ]),
        "io.k8s.api.core.v1.GCEPersistentDiskVolumeSource": object(
            "Represents a Persistent Disk resource in Google Compute Engine.\n\nA GCE PD must exist before mounting "
                + "to a container. The disk must also be in the same GCE project and zone as the kubelet. A GCE PD "
                + "can only be mounted as read/write once or read-only many times. GCE PDs support ownership "
                + "management and SELinux relabeling.",
            properties: [
                "fsType": string(
                    "fsType is filesystem type of the volume that you want to mount. Tip: Ensure that the filesystem "
                        + "type is supported by the host operating system. Examples: \"ext4\", \"xfs\", \"ntfs\". "
                        + "Implicitly inferred to be \"ext4\" if unspecified. More info: "
                        + "https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk"),
                "partition": integer(
                    "partition is the partition in the volume that you want to mount. If omitted, the default is to "
                        + "mount by volume name. Examples: For volume /dev/sda1, you specify the partition as \"1\". "
                        + "Similarly, the volume partition for /dev/sda is \"0\" (or you can leave the property "
                        + "empty). More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk"),
                "pdName": string(
                    "pdName is unique name of the PD resource in GCE. Used to identify the disk in GCE. More info: "
                        + "https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk",
                    defaulted: true),
                "readOnly": boolean(
                    "readOnly here will force the ReadOnly setting in VolumeMounts. Defaults to false. More info: "
                        + "https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk"),
            ],
            required: ["pdName"]),
        "io.k8s.api.core.v1.GitRepoVolumeSource": object(
            "Represents a volume that is populated with the contents of a git repository. Git repo volumes do not "
                + "support ownership management. Git repo volumes support SELinux relabeling.\n\nDEPRECATED: GitRepo "
                + "is deprecated. To provision a container with a git repo, mount an EmptyDir into an InitContainer "
                + "that clones the repo using git, then mount the EmptyDir into the Pod's container.",
            properties: [
                "directory": string(
                    "directory is the target directory name. Must not contain or start with '..'.  If '.' is "
                        + "supplied, the volume directory will be the git repository.  Otherwise, if specified, the "
                        + "volume will contain the git repository in the subdirectory with the given name."),
                "repository": string("repository is the URL", defaulted: true),
                "revision": string("revision is the commit hash for the specified revision."),
            ],
            required: ["repository"]),
        "io.k8s.api.core.v1.GlusterfsVolumeSource": object(
            "Represents a Glusterfs mount that lasts the lifetime of a pod. Glusterfs volumes do not support "
                + "ownership management or SELinux relabeling.",
            properties: [
                "endpoints": string(
                    "endpoints is the endpoint name that details Glusterfs topology. More info: "
                        + "https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod",
                    defaulted: true),
                "path": string(
                    "path is the Glusterfs volume path. More info: "
                        + "https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod",
                    defaulted: true),
                "readOnly": boolean(
                    "readOnly here will force the Glusterfs volume to be mounted with read-only permissions. "
                        + "Defaults to false. More info: "
                        + "https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod"),
            ],
            required: ["endpoints", "path"]),
        "io.k8s.api.core.v1.ISCSIVolumeSource": object(
            "Represents an ISCSI disk. ISCSI volumes can only be mounted as read/write once. ISCSI volumes support "
                + "ownership management and SELinux relabeling.",
            properties: [
                "chapAuthDiscovery": boolean(
                    "chapAuthDiscovery defines whether support iSCSI Discovery CHAP authentication"),
                "chapAuthSession": boolean("chapAuthSession defines whether support iSCSI Session CHAP authentication"),
                "fsType": string(
                    "fsType is the filesystem type of the volume that you want to mount. Tip: Ensure that the "
                        + "filesystem type is supported by the host operating system. Examples: \"ext4\", \"xfs\", "
                        + "\"ntfs\". Implicitly inferred to be \"ext4\" if unspecified. More info: "
                        + "https://kubernetes.io/docs/concepts/storage/volumes#iscsi"),
                "initiatorName": string(
                    "initiatorName is the custom iSCSI Initiator Name. If initiatorName is specified with "
                        + "iscsiInterface simultaneously, new iSCSI interface <target portal>:<volume name> will be "
                        + "created for the connection."),
                "iqn": string("iqn is the target iSCSI Qualified Name.", defaulted: true),
                "iscsiInterface": string(
                    "iscsiInterface is the interface Name that uses an iSCSI transport. Defaults to 'default' (tcp)."),
                "lun": integer("lun represents iSCSI Target Lun number.", defaulted: true),
                "portals": stringArray(
                    "portals is the iSCSI Target Portal List. The portal is either an IP or ip_addr:port if the port "
                        + "is other than default (typically TCP ports 860 and 3260).",
                    extensions: atomicList),
                "readOnly": boolean(
                    "readOnly here will force the ReadOnly setting in VolumeMounts. Defaults to false."),
                "secretRef": property(
                    "io.k8s.api.core.v1.LocalObjectReference",
                    "secretRef is the CHAP Secret for iSCSI target and initiator authentication"),
                "targetPortal": string(
                    "targetPortal is iSCSI Target Portal. The Portal is either an IP or ip_addr:port if the port is "
                        + "other than default (typically TCP ports 860 and 3260).",
                    defaulted: true),
            ],
            required: ["targetPortal", "iqn", "lun"]),
        "io.k8s.api.core.v1.PhotonPersistentDiskVolumeSource": object(
            "Represents a Photon Controller persistent disk resource.",
            properties: [
                "fsType": string(
                    "fsType is the filesystem type to mount. Must be a filesystem type supported by the host "
                        + "operating system. Ex. \"ext4\", \"xfs\", \"ntfs\". Implicitly inferred to be \"ext4\" if "
                        + "unspecified."),
                "pdID": string("pdID is the ID that identifies Photon Controller persistent disk", defaulted: true),
            ],
            required: ["pdID"]),
        "io.k8s.api.core.v1.PortworxVolumeSource": object(
            "PortworxVolumeSource represents a Portworx volume resource.",
            properties: [
                "fsType": string(
                    "fSType represents the filesystem type to mount Must be a filesystem type supported by the host "
                        + "operating system. Ex. \"ext4\", \"xfs\". Implicitly inferred to be \"ext4\" if "
                        + "unspecified."),
                "readOnly": boolean(
                    "readOnly defaults to false (read/write). ReadOnly here will force the ReadOnly setting in "
                        + "VolumeMounts."),
                "volumeID": string("volumeID uniquely identifies a Portworx volume", defaulted: true),
            ],
            required: ["volumeID"]),
        "io.k8s.api.core.v1.QuobyteVolumeSource": object(
            "Represents a Quobyte mount that lasts the lifetime of a pod. Quobyte volumes do not support ownership "
                + "management or SELinux relabeling.",
            properties: [
                "group": string("group to map volume access to Default is no group"),
                "readOnly": boolean(
                    "readOnly here will force the Quobyte volume to be mounted with read-only permissions. Defaults "
                        + "to false."),
                "registry": string(
                    "registry represents a single or multiple Quobyte Registry services specified as a string as "
                        + "host:port pair (multiple entries are separated with commas) which acts as the central "
                        + "registry for volumes",
                    defaulted: true),
                "tenant": string(
                    "tenant owning the given Quobyte volume in the Backend Used with dynamically provisioned Quobyte "
                        + "volumes, value is set by the plugin"),
                "user": string("user to map volume access to Defaults to serivceaccount user"),
                "volume": string(
                    "volume is a string that references an already created Quobyte volume by name.",
                    defaulted: true),
            ],
            required: ["registry", "volume"]),
        "io.k8s.api.core.v1.RBDVolumeSource": object(
            "Represents a Rados Block Device mount that lasts the lifetime of a pod. RBD volumes support ownership "
                + "management and SELinux relabeling.",
            properties: [
                "fsType": string(
                    "fsType is the filesystem type of the volume that you want to mount. Tip: Ensure that the "
                        + "filesystem type is supported by the host operating system. Examples: \"ext4\", \"xfs\", "
                        + "\"ntfs\". Implicitly inferred to be \"ext4\" if unspecified. More info: "
                        + "https://kubernetes.io/docs/concepts/storage/volumes#rbd"),
                "image": string(
                    "image is the rados image name. More info: "
                        + "https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it",
                    defaulted: true),
                "keyring": string(
                    "keyring is the path to key ring for RBDUser. Default is /etc/ceph/keyring. More info: "
                        + "https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it"),
                "monitors": stringArray(
                    "monitors is a collection of Ceph monitors. More info: "
                        + "https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it",
                    extensions: atomicList),
                "pool": string(
                    "pool is the rados pool name. Default is rbd. More info: "
                        + "https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it"),
                "readOnly": boolean(
                    "readOnly here will force the ReadOnly setting in VolumeMounts. Defaults to false. More info: "
                        + "https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it"),
                "secretRef": property(
                    "io.k8s.api.core.v1.LocalObjectReference",
                    "secretRef is name of the authentication secret for RBDUser. If provided overrides keyring. "
                        + "Default is nil. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it"),
                "user": string(
                    "user is the rados user name. Default is admin. More info: "
                        + "https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it"),
            ],
            required: ["monitors", "image"]),
        "io.k8s.api.core.v1.ScaleIOVolumeSource": object(
            "ScaleIOVolumeSource represents a persistent ScaleIO volume",
            properties: [
                "fsType": string(
                    "fsType is the filesystem type to mount. Must be a filesystem type supported by the host "
                        + "operating system. Ex. \"ext4\", \"xfs\", \"ntfs\". Default is \"xfs\"."),
                "gateway": string("gateway is the host address of the ScaleIO API Gateway.", defaulted: true),
                "protectionDomain": string(
                    "protectionDomain is the name of the ScaleIO Protection Domain for the configured storage."),
                "readOnly": boolean(
                    "readOnly Defaults to false (read/write). ReadOnly here will force the ReadOnly setting in "
                        + "VolumeMounts."),
                "secretRef": property(
                    "io.k8s.api.core.v1.LocalObjectReference",
                    "secretRef references to the secret for ScaleIO user and other sensitive information. If this is "
                        + "not provided, Login operation will fail."),
                "sslEnabled": boolean("sslEnabled Flag enable/disable SSL communication with Gateway, default false"),
                "storageMode": string(
                    "storageMode indicates whether the storage for a volume should be ThickProvisioned or "
                        + "ThinProvisioned. Default is ThinProvisioned."),
                "storagePool": string("storagePool is the ScaleIO Storage Pool associated with the protection domain."),
                "system": string("system is the name of the storage system as configured in ScaleIO.", defaulted: true),
                "volumeName": string(
                    "volumeName is the name of a volume already created in the ScaleIO system that is associated "
                        + "with this volume source."),
            ],
            required: ["gateway", "system", "secretRef"]),
        "io.k8s.api.core.v1.StorageOSVolumeSource": object(
            "Represents a StorageOS persistent volume resource.",
            properties: [
                "fsType": string(
                    "fsType is the filesystem type to mount. Must be a filesystem type supported by the host "
                        + "operating system. Ex. \"ext4\", \"xfs\", \"ntfs\". Implicitly inferred to be \"ext4\" if "
                        + "unspecified."),
                "readOnly": boolean(
                    "readOnly defaults to false (read/write). ReadOnly here will force the ReadOnly setting in "
                        + "VolumeMounts."),
                "secretRef": property(
                    "io.k8s.api.core.v1.LocalObjectReference",
                    "secretRef specifies the secret to use for obtaining the StorageOS API credentials.  If not "
                        + "specified, default values will be attempted."),
                "volumeName": string(
                    "volumeName is the human-readable name of the StorageOS volume.  Volume names are only unique "
                        + "within a namespace."),
                "volumeNamespace": string(
                    "volumeNamespace specifies the scope of the volume within StorageOS.  If no namespace is "
                        + "specified then the Pod's namespace will be used.  This allows the Kubernetes name scoping "
                        + "to be mirrored within StorageOS for tighter integration. Set VolumeName to any name to "
                        + "override the default behaviour. Set to \"default\" if you are not using namespaces within "
                        + "StorageOS. Namespaces that do not pre-exist within StorageOS will be created."),
            ]),
        "io.k8s.api.core.v1.VsphereVirtualDiskVolumeSource": object(
            "Represents a vSphere volume resource.",
            properties: [
                "fsType": string(
                    "fsType is filesystem type to mount. Must be a filesystem type supported by the host operating "
                        + "system. Ex. \"ext4\", \"xfs\", \"ntfs\". Implicitly inferred to be \"ext4\" if "
                        + "unspecified."),
                "storagePolicyID": string(
                    "storagePolicyID is the storage Policy Based Management (SPBM) profile ID associated with the "
                        + "StoragePolicyName."),
                "storagePolicyName": string(
                    "storagePolicyName is the storage Policy Based Management (SPBM) profile name."),
                "volumePath": string("volumePath is the path that identifies vSphere volume vmdk", defaulted: true),
            ],
            required: ["volumePath"]),
    ]
}
