package dev.practice2fa.common.problem;

/**
 * The kinds of problem the services answer with. Each has a stable {@code type} URI that
 * clients may switch on, a short title and an HTTP status.
 */
public enum ProblemKind {
    INVALID_REQUEST(400, "The request is not valid"),
    UNAUTHENTICATED(401, "A valid bearer token is required"),
    FORBIDDEN(403, "The caller may not do this"),
    NOT_FOUND(404, "No such resource"),
    METHOD_NOT_ALLOWED(405, "The method is not allowed on this resource"),
    NOT_ACCEPTABLE(406, "No acceptable representation"),
    CONFLICT(409, "The resource changed since it was read"),
    PAYLOAD_TOO_LARGE(413, "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "The request body must be JSON"),
    PRECONDITION_REQUIRED(428, "The version the change is based on is required"),
    TOO_MANY_REQUESTS(429, "Too many attempts"),
    INTERNAL_ERROR(500, "Something went wrong on our side"),
    UNAVAILABLE(503, "A dependency is unavailable; try again shortly");

    private static final String TYPE_PREFIX = "urn:practice2fa:problem:";

    private final int status;
    private final String title;

    ProblemKind(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String type() {
        return TYPE_PREFIX + name().toLowerCase().replace('_', '-');
    }
}
