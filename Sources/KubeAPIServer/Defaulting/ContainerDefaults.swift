import KubeModel

/// Per-container defaults (`SetDefaults_Container`, the generated port, env, resource, probe and hook
/// defaulters): what a stored container always carries even when the manifest leaves it out.
public enum ContainerDefaults {
    /// `TerminationMessagePathDefault`.
    public static let terminationMessagePath = "/dev/termination-log"

    /// Defaults a container in place.
    public static func apply(_ container: inout Container) {
        if container.imagePullPolicy.isEmpty {
            container.imagePullPolicy = ImageReference.defaultPullPolicy(for: container.image)
        }
        if container.terminationMessagePath.isEmpty { container.terminationMessagePath = terminationMessagePath }
        if container.terminationMessagePolicy.isEmpty { container.terminationMessagePolicy = "File" }
        for index in container.ports.indices where container.ports[index].protocol.isEmpty {
            container.ports[index].protocol = "TCP"
        }
        for index in container.env.indices where container.env[index].valueFrom?.fieldRef?.apiVersion.isEmpty == true {
            container.env[index].valueFrom?.fieldRef?.apiVersion = "v1"
        }
        roundUp(&container.resources.limits)
        roundUp(&container.resources.requests)
        applyProbe(&container.livenessProbe)
        applyProbe(&container.readinessProbe)
        applyProbe(&container.startupProbe)
        if var lifecycle = container.lifecycle {
            applyHook(&lifecycle.postStart)
            applyHook(&lifecycle.preStop)
            container.lifecycle = lifecycle
        }
    }

    /// `SetDefaults_Probe` plus its handler's defaults: timeout 1 s, period 10 s, thresholds 1 and 3.
    static func applyProbe(_ probe: inout Probe?) {
        guard var value = probe else { return }
        if value.timeoutSeconds == 0 { value.timeoutSeconds = 1 }
        if value.periodSeconds == 0 { value.periodSeconds = 10 }
        if value.successThreshold == 0 { value.successThreshold = 1 }
        if value.failureThreshold == 0 { value.failureThreshold = 3 }
        if var httpGet = value.httpGet {
            applyHTTPGet(&httpGet)
            value.httpGet = httpGet
        }
        if value.grpc != nil && value.grpc?.service == nil {
            value.grpc?.service = ""
        }
        probe = value
    }

    /// A lifecycle hook's HTTP action gets the same defaults as a probe's.
    static func applyHook(_ hook: inout LifecycleHandler?) {
        guard var handler = hook, var httpGet = handler.httpGet else { return }
        applyHTTPGet(&httpGet)
        handler.httpGet = httpGet
        hook = handler
    }

    /// `SetDefaults_HTTPGetAction`: path `/`, scheme `HTTP`.
    static func applyHTTPGet(_ action: inout HTTPGetAction) {
        if action.path.isEmpty { action.path = "/" }
        if action.scheme.isEmpty { action.scheme = "HTTP" }
    }

    /// `SetDefaults_ResourceList`: quantities finer than a thousandth are rounded up to milli-units.
    static func roundUp(_ list: inout ResourceList) {
        for (name, quantity) in list where quantity.scale < -3 {
            list[name] = Quantity(milliValue: quantity.milliValue)
        }
    }
}
