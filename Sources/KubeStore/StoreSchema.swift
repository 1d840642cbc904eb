import Foundation
import GRDB

/// The SQLite schema and statements of the store.
///
/// `objects` holds the current state (a rowid table with a unique key index rather than WITHOUT ROWID,
/// because rows carry kilobytes of JSON); `events` is the change log keyed by resourceVersion, for watch
/// resume after a restart; `meta` keeps the compaction floor.
enum StoreSchema {
    static func create(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE IF NOT EXISTS objects (
                    resource TEXT NOT NULL,
                    namespace TEXT NOT NULL,
                    name TEXT NOT NULL,
                    uid TEXT NOT NULL,
                    rv INTEGER NOT NULL,
                    data BLOB NOT NULL,
                    labels BLOB NOT NULL,
                    fields BLOB NOT NULL
                );
                CREATE UNIQUE INDEX IF NOT EXISTS objects_key ON objects (resource, namespace, name);
                CREATE TABLE IF NOT EXISTS events (
                    rv INTEGER PRIMARY KEY,
                    kind INTEGER NOT NULL,
                    resource TEXT NOT NULL,
                    namespace TEXT NOT NULL,
                    name TEXT NOT NULL,
                    uid TEXT NOT NULL,
                    data BLOB NOT NULL,
                    labels BLOB NOT NULL,
                    fields BLOB NOT NULL,
                    prev_labels BLOB,
                    prev_fields BLOB
                );
                CREATE TABLE IF NOT EXISTS meta (
                    key TEXT PRIMARY KEY,
                    value INTEGER NOT NULL
                );
                """)
    }

    static let upsertObject = """
        INSERT INTO objects (resource, namespace, name, uid, rv, data, labels, fields)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (resource, namespace, name) DO UPDATE SET
            uid = excluded.uid, rv = excluded.rv, data = excluded.data,
            labels = excluded.labels, fields = excluded.fields
        """
    static let deleteObject = "DELETE FROM objects WHERE resource = ? AND namespace = ? AND name = ?"
    static let insertEvent = """
        INSERT INTO events (rv, kind, resource, namespace, name, uid, data, labels, fields, prev_labels, prev_fields)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    static let selectEvents = """
        SELECT rv, kind, resource, namespace, name, uid, data, labels, fields, prev_labels, prev_fields
        FROM events WHERE rv > ? AND rv <= ?
        """
    static let compactedKey = "compactedResourceVersion"

    /// Writes one change: the object row and its event row.
    static func write(_ change: HistoryEvent, _ db: Database) throws {
        let object = change.object
        let key = object.key
        let labels = StringMapCoding.encode(object.labels)
        let fields = StringMapCoding.encode(object.fields)
        switch change.kind {
        case .added, .modified:
            try db.cachedStatement(sql: upsertObject).execute(arguments: [
                key.resource, key.namespace, key.name, object.uid, object.resourceVersion, object.data, labels, fields,
            ])
        case .deleted:
            try db.cachedStatement(sql: deleteObject).execute(arguments: [key.resource, key.namespace, key.name])
        }
        try db.cachedStatement(sql: insertEvent).execute(arguments: [
            object.resourceVersion, change.kind.rawValue, key.resource, key.namespace, key.name, object.uid,
            object.data, labels, fields,
            change.previousLabels.map(StringMapCoding.encode), change.previousFields.map(StringMapCoding.encode),
        ])
    }

    /// Every stored object.
    static func loadObjects(_ db: Database) throws -> [StoredObject] {
        var objects: [StoredObject] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT resource, namespace, name, uid, rv, data, labels, fields FROM objects")
        while let row = try rows.next() {
            objects.append(
                StoredObject(
                    key: ObjectKey(resource: row[0], namespace: row[1], name: row[2]), uid: row[3],
                    resourceVersion: row[4], data: row[5], labels: try StringMapCoding.decode(row[6]),
                    fields: try StringMapCoding.decode(row[7])))
        }
        return objects
    }

    /// The logged changes with a resourceVersion in (`after`, `through`], optionally of one resource, oldest first.
    static func loadEvents(_ db: Database, after: Int64, through: Int64, resource: String?) throws -> [HistoryEvent] {
        var sql = selectEvents
        var arguments: StatementArguments = [after, through]
        if let resource {
            sql += " AND resource = ?"
            arguments += [resource]
        }
        sql += " ORDER BY rv"
        var events: [HistoryEvent] = []
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try rows.next() {
            guard let kind = HistoryEvent.Kind(rawValue: row[1]) else {
                throw StoreError(.corrupt, "event \(row[0] as Int64) has unknown kind \(row[1] as Int64)")
            }
            let object = StoredObject(
                key: ObjectKey(resource: row[2], namespace: row[3], name: row[4]), uid: row[5],
                resourceVersion: row[0], data: row[6], labels: try StringMapCoding.decode(row[7]),
                fields: try StringMapCoding.decode(row[8]))
            let previousLabels = try (row[9] as Data?).map { data throws(StoreError) in try StringMapCoding.decode(data) }
            let previousFields = try (row[10] as Data?).map { data throws(StoreError) in try StringMapCoding.decode(data) }
            events.append(
                HistoryEvent(kind: kind, object: object, previousLabels: previousLabels, previousFields: previousFields))
        }
        return events
    }

    static func compactedResourceVersion(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [compactedKey]) ?? 0
    }

    static func lastEventResourceVersion(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT MAX(rv) FROM events") ?? 0
    }

    /// Raises the compaction floor (never lowers it), then drops the events at or below `through` above `after`.
    static func compact(_ db: Database, after: Int64, through: Int64, floor: Int64) throws {
        try db.execute(
            sql: """
                INSERT INTO meta (key, value) VALUES (?, ?)
                ON CONFLICT (key) DO UPDATE SET value = MAX(value, excluded.value)
                """, arguments: [compactedKey, floor])
        try db.execute(sql: "DELETE FROM events WHERE rv > ? AND rv <= ?", arguments: [after, through])
    }
}
