import KubeModel

extension ContainerStateWaiting {
    /// A waiting state with this reason and message.
    init(reason: String, message: String = "") {
        self.init()
        self.reason = reason
        self.message = message
    }
}
