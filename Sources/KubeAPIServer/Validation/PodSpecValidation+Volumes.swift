import KubeModel

/// Volumes (`ValidateVolumes`): names, exactly one source, and the sources we model.
extension PodSpecValidation {
    /// The JSON members of `VolumeSource` this model keeps in `unknownFields`: any of them counts as a source.
    static let unmodelledVolumeSources: Set<String> = [
        "gcePersistentDisk", "awsElasticBlockStore", "gitRepo", "nfs", "iscsi", "glusterfs", "rbd", "flexVolume",
        "cinder", "cephfs", "flocker", "fc", "azureFile", "vsphereVolume", "quobyte", "azureDisk",
        "photonPersistentDisk", "portworxVolume", "scaleIO", "storageos", "csi", "ephemeral", "image",
    ]

    /// `ValidateVolumes`: returns the volume names (for mounts) and the causes.
    static func validateVolumes(_ volumes: [Volume], path: FieldPath) -> (Set<String>, [StatusCause]) {
        var names = Set<String>()
        var causes: [StatusCause] = []
        for (index, volume) in volumes.enumerated() {
            let itemPath = path.index(index)
            let namePath = itemPath.child("name")
            var nameValid = true
            if volume.name.isEmpty {
                causes.append(.required(namePath))
                nameValid = false
            } else {
                let errors = NameValidation.dns1123LabelErrors(volume.name)
                causes += errors.map { .invalid(namePath, .string(volume.name), $0) }
                nameValid = errors.isEmpty
            }
            if names.contains(volume.name) {
                causes.append(.duplicate(namePath, .string(volume.name)))
            }
            causes += validateVolumeSource(volume, path: itemPath)
            if nameValid {
                names.insert(volume.name)
            }
        }
        return (names, causes)
    }

    /// One source, and the rules of the sources we model (paths, modes, names).
    static func validateVolumeSource(_ volume: Volume, path: FieldPath) -> [StatusCause] {
        let modelled: [(String, Bool)] = [
            ("hostPath", volume.hostPath != nil), ("emptyDir", volume.emptyDir != nil), ("secret", volume.secret != nil),
            ("persistentVolumeClaim", volume.persistentVolumeClaim != nil), ("downwardAPI", volume.downwardAPI != nil),
            ("configMap", volume.configMap != nil), ("projected", volume.projected != nil),
        ]
        let present = modelled.filter { $0.1 }.map { $0.0 }
            + volume.unknownFields.keys.filter(unmodelledVolumeSources.contains).sorted()
        if present.isEmpty {
            return [.required(path, "must specify a volume type")]
        }
        if present.count > 1 {
            return present.dropFirst().map { .forbidden(path.child($0), "may not specify more than 1 volume type") }
        }
        var causes: [StatusCause] = []
        if let hostPath = volume.hostPath {
            if hostPath.path.isEmpty {
                causes.append(.required(path.child("hostPath", "path")))
            }
            let types = ["", "DirectoryOrCreate", "Directory", "FileOrCreate", "File", "Socket", "CharDevice", "BlockDevice"]
            if let type = hostPath.type, !types.contains(type) {
                causes.append(.notSupported(path.child("hostPath", "type"), .string(type), types))
            }
        }
        if let claim = volume.persistentVolumeClaim, claim.claimName.isEmpty {
            causes.append(.required(path.child("persistentVolumeClaim", "claimName")))
        }
        if let secret = volume.secret {
            causes += validateMode(secret.defaultMode, path: path.child("secret", "defaultMode"))
        }
        if let configMap = volume.configMap {
            if configMap.name.isEmpty {
                causes.append(.required(path.child("configMap", "name")))
            }
            causes += validateMode(configMap.defaultMode, path: path.child("configMap", "defaultMode"))
        }
        if let downward = volume.downwardAPI {
            causes += validateMode(downward.defaultMode, path: path.child("downwardAPI", "defaultMode"))
        }
        if let projected = volume.projected {
            causes += validateMode(projected.defaultMode, path: path.child("projected", "defaultMode"))
        }
        return causes
    }

    /// File modes are 0...0777.
    static func validateMode(_ mode: Int32?, path: FieldPath) -> [StatusCause] {
        guard let mode, mode < 0 || mode > 0o777 else { return [] }
        return [.invalid(path, .int(Int64(mode)), "must be a number between 0 and 0777 (octal), both inclusive")]
    }
}
