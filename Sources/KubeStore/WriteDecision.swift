import Foundation

/// What a write's mutation closure decided, given the current state and the resourceVersion a change would get.
public enum WriteDecision: Sendable {
    /// Store this state (create or replace). `data` should already carry `metadata.resourceVersion`
    /// equal to the `nextResourceVersion` the closure was given, since the store never rewrites bytes.
    case put(uid: String, data: Data, labels: [String: String], fields: [String: String])
    /// Delete the object; the DELETED event carries its last stored bytes unchanged.
    case delete
    /// Delete the object; the DELETED event carries `finalData`, normally the last state with
    /// `metadata.resourceVersion` set to the deletion's resourceVersion, as upstream sends it.
    case deleteWithFinalData(Data)
    /// Leave everything as it is: no resourceVersion is used and no event is sent (a no-op update).
    case noChange
}
