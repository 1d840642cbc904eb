/// The typed object a request's JSON body encodes, for an API server in the same process: `KubeClient` sets
/// it around the creates and updates it sends through an in-process transport, and the server takes it
/// instead of decoding the body it has in hand (`ResourceStorage.decodeBody`).
///
/// A task-local value reaches exactly the server work done for that request: the in-process transport runs
/// the handler in a child of the sending task, while a server behind a socket never sees it.
public enum RequestBodyObject {
    /// The object of the request being sent in this task; nil outside one.
    @TaskLocal public static var current: (any Sendable)?
}
