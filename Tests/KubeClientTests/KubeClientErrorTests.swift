import KubeClient
import KubeModel
import Testing

/// How failure responses become `KubeClientError`s.
struct KubeClientErrorTests {
    @Test(arguments: [
        (
            #"{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"pods \"web\" not found","reason":"NotFound","details":{"name":"web","kind":"pods"},"code":404}"#,
            404, KubeClientError.Code.notFound, #"pods "web" not found"#
        ),
        (
            #"{"kind":"Status","apiVersion":"v1","status":"Failure","message":"Operation cannot be fulfilled on daemonsets.apps \"ds\": the object has been modified; please apply your changes to the latest version and try again","reason":"Conflict","code":409}"#,
            409, .conflict,
            #"Operation cannot be fulfilled on daemonsets.apps "ds": the object has been modified; please apply your changes to the latest version and try again"#
        ),
        (
            #"{"kind":"Status","apiVersion":"v1","status":"Failure","message":"pods \"web\" already exists","reason":"AlreadyExists","code":409}"#,
            409, .alreadyExists, #"pods "web" already exists"#
        ),
        (
            #"{"kind":"Status","apiVersion":"v1","status":"Failure","message":"DaemonSet.apps \"ds\" is invalid: spec.selector: Required value","reason":"Invalid","details":{"causes":[{"reason":"FieldValueRequired","message":"Required value","field":"spec.selector"}]},"code":422}"#,
            422, .invalid, #"DaemonSet.apps "ds" is invalid: spec.selector: Required value"#
        ),
        (
            #"{"kind":"Status","apiVersion":"v1","status":"Failure","message":"too old resource version: 5 (10)","reason":"Expired","code":410}"#,
            410, .expired, "too old resource version: 5 (10)"
        ),
        (
            #"{"kind":"Status","apiVersion":"v1","status":"Failure","message":"Unauthorized","reason":"Unauthorized","code":401}"#,
            401, .unauthorized, "Unauthorized"
        ),
        (
            #"{"kind":"Status","apiVersion":"v1","status":"Failure","message":"custom reason","reason":"SomethingNew","code":418}"#,
            418, KubeClientError.Code(rawValue: "SomethingNew"), "custom reason"
        ),
        // A Status without reason: the HTTP code decides, as client-go.
        (#"{"kind":"Status","apiVersion":"v1","status":"Failure","message":"slow down"}"#, 429, .tooManyRequests, "slow down"),
        // Bodies that are not a Status: upstream's generic message for the code, with the request.
        ("404 page not found", 404, .notFound, "the server could not find the requested resource (get pods web)"),
        ("", 403, .forbidden, "the server does not allow access to the requested resource (get pods web)"),
        (
            "boom\nstack", 500, .internalError,
            #"an error on the server ("boom stack") has prevented the request from succeeding (get pods web)"#
        ),
        ("", 410, .gone, "the server has asked for the client to retry with a newer resource version (get pods web)"),
        ("", 418, .unknown, "the server responded with the status code 418 but did not return more information (get pods web)"),
        // An object of another kind, whose members a Status also has with other types, is no Status.
        (
            #"{"kind":"Pod","apiVersion":"v1","metadata":{"name":"web"},"spec":{},"status":{"phase":"Running"}}"#, 409, .conflict,
            "the server reported a conflict (get pods web)"
        ),
        // The kind decides wherever it comes; a kind that is no string leaves it to the full decode.
        (
            #"{"code":404,"message":"gone","reason":"NotFound","status":"Failure","kind":"Status"}"#, 404, .notFound, "gone"
        ),
        (
            #"{"kind":7,"message":"m"}"#, 500, .internalError,
            #"an error on the server ("{"kind":7,"message":"m"}") has prevented the request from succeeding (get pods web)"#
        ),
    ] as [(String, Int, KubeClientError.Code, String)])
    func failureResponsesMapToTypedErrors(body: String, httpStatus: Int, code: KubeClientError.Code, message: String) {
        let error = KubeClientError(httpStatus: httpStatus, body: Array(body.utf8), request: "get pods web")
        #expect(error.code == code)
        #expect(error.message == message)
        #expect(error.httpStatus == httpStatus)
        #expect(error.status?.code == Int32(httpStatus))
        #expect(error.description == message)
    }

    @Test func statusDetailsSurvive() {
        let body =
            #"{"kind":"Status","apiVersion":"v1","status":"Failure","message":"m","reason":"Invalid","details":{"name":"ds","group":"apps","kind":"DaemonSet","causes":[{"reason":"FieldValueRequired","message":"Required value","field":"spec.selector"}]},"code":422}"#
        let error = KubeClientError(httpStatus: 422, body: Array(body.utf8))
        #expect(error.status?.details?.causes.map(\.field) == ["spec.selector"])
        #expect(error.status?.details?.group == "apps")
    }

    @Test(arguments: [(KubeClientError.Code.expired, true), (.gone, true), (.conflict, false), (.notFound, false)])
    func expiredCoversBothReasonsA410Carries(code: KubeClientError.Code, expired: Bool) {
        #expect(KubeClientError(code, "m").isExpired == expired)
    }
}
