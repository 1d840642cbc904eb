import Foundation

/// `v1.Pod`: a group of containers scheduled together onto one node.
///
/// A value type whose fields live in one shared box, copied on first write: copying a pod (an informer
/// handing a sync 10,000 of them) costs one reference count instead of one per string and array inside,
/// which made such a copy cost several times the sync itself.
public struct Pod: KubeObject, Hashable, @unchecked Sendable {
    public static let apiVersion = "v1"
    public static let kind = "Pod"

    /// The stored fields. Metadata, status and the start of the spec lie close together in memory: a
    /// controller's pass over every pod reads only those. The JSON order is the schema's.
    /// The accessors are inlinable so that reading `pod.spec.nodeName` in another module loads that one
    /// field from the box instead of copying the whole `PodSpec` out of it.
    @usableFromInline
    struct Fields: Hashable {
        @usableFromInline var metadata = ObjectMeta()
        @usableFromInline var status = PodStatus()
        @usableFromInline var spec = PodSpec()
        @usableFromInline var apiVersion: String = Pod.apiVersion
        @usableFromInline var kind: String = Pod.kind
        @usableFromInline var unknownFields: JSONObject = [:]
    }

    /// The box. Only a pod holding the sole reference writes to it (`fieldsForWriting`), which is what
    /// makes sharing it between threads safe.
    @usableFromInline
    final class Storage {
        @usableFromInline var fields: Fields
        @usableFromInline init(_ fields: Fields) { self.fields = fields }
    }

    @usableFromInline var storage: Storage

    /// The identity of the pod's box. Copies share the box until one is written, so two pods with the same
    /// identity hold the same fields: a cache may remember what it read of a pod under it (and must keep the
    /// pod alive meanwhile, or the identity may be reused).
    @inlinable public var storageIdentity: ObjectIdentifier { ObjectIdentifier(storage) }

    public init() { storage = Storage(Fields()) }

    public init(metadata: ObjectMeta, spec: PodSpec = PodSpec(), status: PodStatus = PodStatus()) {
        storage = Storage(Fields(metadata: metadata, status: status, spec: spec))
    }

    /// The box, copied first if another pod shares it.
    @inlinable
    mutating func uniqueStorage() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
        return storage
    }

    @inlinable
    public var metadata: ObjectMeta {
        _read { yield storage.fields.metadata }
        _modify { yield &uniqueStorage().fields.metadata }
    }

    @inlinable
    public var spec: PodSpec {
        _read { yield storage.fields.spec }
        _modify { yield &uniqueStorage().fields.spec }
    }

    @inlinable
    public var status: PodStatus {
        _read { yield storage.fields.status }
        _modify { yield &uniqueStorage().fields.status }
    }

    @inlinable
    public var apiVersion: String {
        _read { yield storage.fields.apiVersion }
        _modify { yield &uniqueStorage().fields.apiVersion }
    }

    @inlinable
    public var kind: String {
        _read { yield storage.fields.kind }
        _modify { yield &uniqueStorage().fields.kind }
    }

    @inlinable
    public var unknownFields: JSONObject {
        _read { yield storage.fields.unknownFields }
        _modify { yield &uniqueStorage().fields.unknownFields }
    }

    public static func == (lhs: Pod, rhs: Pod) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(storage.fields) }

    /// TypeMeta (kind, then apiVersion, as Go inlines it), then metadata, spec and status, which Go always writes.
    public static let schema = Schema<Pod>([
        .omitEmpty("kind", \.kind),
        .omitEmpty("apiVersion", \.apiVersion),
        .field("metadata", \.metadata),
        .field("spec", \.spec),
        .field("status", \.status),
    ])
}

extension Pod {
    /// A Swift object's fields start after its header (isa pointer and reference counts).
    private static let objectHeaderSize = 2 * MemoryLayout<UInt>.size

    /// Offsets, in the box, of the fields a pass over many pods reads.
    private static let hotFieldOffsets: [Int] = [
        \Fields.metadata.name, \Fields.metadata.deletionTimestamp, \Fields.status.conditions, \Fields.spec.nodeName,
    ].compactMap { MemoryLayout<Fields>.offset(of: $0).map { objectHeaderSize + $0 } }

    /// Offsets, in the box, of the fields that are one reference to a heap buffer the pass reads, with how
    /// many of its cache lines it reads (a small label dictionary spans three; five conditions, five).
    private static let hotBufferOffsets: [(offset: Int, lines: Int)] = [
        (\Fields.metadata.ownerReferences, 2), (\Fields.metadata.labels, 3), (\Fields.status.conditions, 5),
    ].compactMap { path, lines in MemoryLayout<Fields>.offset(of: path).map { (objectHeaderSize + $0, lines) } }

    /// How many addresses `hotLines` and `hotBufferLines` give (a test checks that none went missing).
    static var hotAddressCounts: (fields: Int, buffers: Int) { (hotFieldOffsets.count, hotBufferOffsets.count) }

    /// Calls `body` with the address of each cache line of the pod at `pod` that a controller's pass over
    /// many pods reads, for software prefetch. Reads raw bits only: nothing is retained or dereferenced.
    public static func hotLines(of pod: UnsafePointer<Pod>, _ body: (UnsafeRawPointer) -> Void) {
        guard let box = UnsafeRawPointer(bitPattern: UnsafeRawPointer(pod).load(as: UInt.self)) else { return }
        for offset in hotFieldOffsets { body(box + offset) }
    }

    /// Calls `body` with the address of each cache line of the heap buffers (labels, owner references,
    /// conditions) that the pass reads. Reads the box: call it once `hotLines` had time to bring it in.
    public static func hotBufferLines(of pod: UnsafePointer<Pod>, _ body: (UnsafeRawPointer) -> Void) {
        guard let box = UnsafeRawPointer(bitPattern: UnsafeRawPointer(pod).load(as: UInt.self)) else { return }
        for buffer in hotBufferOffsets {
            guard let address = UnsafeRawPointer(bitPattern: box.load(fromByteOffset: buffer.offset, as: UInt.self))
            else { continue }
            for line in 0..<buffer.lines { body(address + line * 64) }
        }
    }
}
