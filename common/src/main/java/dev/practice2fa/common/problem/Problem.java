package dev.practice2fa.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem answer. {@code type} is stable and names the kind of problem;
 * {@code detail} explains this occurrence to a developer; {@code errors} lists the fields at
 * fault when the request body or parameters were invalid.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {
    /** The media type every problem answer carries. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: where it is and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    public static Problem of(ProblemKind kind, String detail) {
        return new Problem(kind.type(), kind.title(), kind.status(), detail, List.of());
    }

    public static Problem of(ProblemKind kind, String detail, List<FieldError> errors) {
        return new Problem(kind.type(), kind.title(), kind.status(), detail, List.copyOf(errors));
    }
}
