/// The typed object of a create or update sent to an API server in the same process, in place of its JSON
/// body: `KubeClient` sets it around the requests it sends through a transport that hands objects over
/// (`KubeTransport.handsOverRequestObjects`) and sends an empty body; the server takes it where it would
/// decode the body (`ResourceStorage.decodeBody`).
///
/// A task-local value reaches exactly the server work done for that request: the in-process transport runs
/// the handler in a child of the sending task, while a server behind a socket never sees it.
public enum RequestBodyObject {
    /// The object of the request being sent in this task; nil outside one.
    @TaskLocal public static var current: (any Sendable)?
}
