import KubeModel
import Testing
@testable import KubeAPIServer

@Test func apiErrorsUseUpstreamWording() {
    let missing = APIError.notFound(group: "apps", resource: "daemonsets", name: "x").status
    #expect(missing.code == 404 && missing.reason == "NotFound")
    #expect(missing.message == #"daemonsets.apps "x" not found"#)
    #expect(missing.details?.kind == "daemonsets")

    let stale = APIError.conflict(group: "", resource: "pods", name: "p").status
    #expect(stale.code == 409 && stale.reason == "Conflict")
    #expect(stale.message.hasPrefix(#"Operation cannot be fulfilled on pods "p": the object has been modified"#))

    let cause = StatusCause(
        reason: "FieldValueInvalid", message: #"Invalid value: map[string]string{"app":"y"}: `selector` does not match template `labels`"#,
        field: "spec.template.metadata.labels")
    let invalid = APIError.invalid(kind: "DaemonSet", group: "apps", name: "x", causes: [cause]).status
    #expect(invalid.code == 422)
    #expect(invalid.message == #"DaemonSet.apps "x" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{"app":"y"}: `selector` does not match template `labels`"#)
    #expect(invalid.details?.causes == [cause])
    let two = APIError.invalid(kind: "Pod", group: "", name: "p", causes: [cause, cause]).status
    #expect(two.message.hasPrefix(#"Pod "p" is invalid: ["#))
}
