package dev.practice2fa.challenge.enrolment;

import dev.practice2fa.challenge.decision.Method;
import dev.practice2fa.common.problem.ApiProblemException;
import dev.practice2fa.common.problem.Problem;
import dev.practice2fa.common.problem.ProblemKind;
import java.util.List;

/**
 * The method and destination an enrolment asks for, checked before anything is stored.
 *
 * @param type the method
 * @param address the E.164 number or the address; null for an authenticator
 */
public record Destination(Method type, String address) {
    public static Destination of(EnrolmentRequest request) {
        Method type = request == null ? null : Method.parse(request.type());
        if (type == null) {
            throw invalid("type", "must be SMS, EMAIL or AUTHENTICATOR");
        }
        return switch (type) {
            case SMS -> new Destination(type, PhoneNumbers.toE164(request.phone())
                    .orElseThrow(() -> invalid("phone",
                            "must be a phone number in E.164 form, like +61412345678")));
            case EMAIL -> new Destination(type, EmailAddresses.normalise(request.email())
                    .orElseThrow(() -> invalid("email", "must be an email address")));
            case AUTHENTICATOR -> new Destination(type, null);
        };
    }

    private static ApiProblemException invalid(String field, String message) {
        return new ApiProblemException(Problem.of(ProblemKind.INVALID_REQUEST, "The enrolment is not valid.",
                List.of(new Problem.FieldError(field, message))));
    }
}
