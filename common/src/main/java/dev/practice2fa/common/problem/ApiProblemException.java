package dev.practice2fa.common.problem;

import java.util.List;

/**
 * Thrown where a request cannot be answered as asked; the problem mapper turns it into the
 * RFC 9457 answer it carries. Services may define their own kinds of problem by subclassing
 * or by passing a more specific {@code type} through {@link #withType}.
 */
public class ApiProblemException extends RuntimeException {
    private final transient Problem problem;

    public ApiProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public ApiProblemException(ProblemKind kind, String detail) {
        this(Problem.of(kind, detail));
    }

    /** A problem of {@code kind} whose stable type is narrowed to {@code typeSuffix}, e.g. "code-expired". */
    public static ApiProblemException withType(ProblemKind kind, String typeSuffix, String detail) {
        String type = "urn:practice2fa:problem:" + typeSuffix;
        return new ApiProblemException(new Problem(type, kind.title(), kind.status(), detail, List.of()));
    }

    public Problem problem() {
        return problem;
    }
}
