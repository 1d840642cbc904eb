import Hummingbird

/// `GET /metrics` on the API server itself, in Prometheus' text format, for authenticated clients only (as
/// kube-apiserver serves its own): how `daemonry up` exposes its controllers' metrics without a second port.
public struct MetricsRoutes: APIRouteProvider {
    /// The exposition text of every metric, rendered at each scrape.
    let render: @Sendable () -> [UInt8]

    /// Routes serving what `render` writes.
    public init(render: @escaping @Sendable () -> [UInt8]) {
        self.render = render
    }

    public func register(in routes: inout APIRoutes) {
        let render = render
        routes.get("/metrics") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: render())))
        }
    }
}
