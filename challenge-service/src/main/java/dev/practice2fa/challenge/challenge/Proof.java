package dev.practice2fa.challenge.challenge;

import dev.practice2fa.challenge.code.CodeFormat;
import dev.practice2fa.challenge.decision.Method;
import dev.practice2fa.challenge.enrolment.RecoveryCodes;
import dev.practice2fa.common.problem.ApiProblemException;
import dev.practice2fa.common.problem.Problem;
import dev.practice2fa.common.problem.ProblemKind;
import java.util.List;

/**
 * What a verification offers: a code for a method, or a recovery code. Anything that cannot be
 * a code is refused before any attempt is counted, so it changes nothing.
 *
 * @param method the method, null for a recovery code
 * @param code six ASCII digits, or the normalised recovery code
 */
public record Proof(Method method, String code) {
    public boolean isRecoveryCode() {
        return method == null;
    }

    /** The name security events and answers use for the proof's kind. */
    public String kind() {
        return isRecoveryCode() ? "RECOVERY_CODE" : method.name();
    }

    public static Proof of(VerificationRequest request) {
        if (request == null) {
            throw invalid("body", "must be {\"method\",\"code\"} or {\"recoveryCode\"}");
        }
        if (request.recoveryCode() != null) {
            if (request.method() != null || request.code() != null) {
                throw invalid("recoveryCode", "must come alone, without method and code");
            }
            String normalised = RecoveryCodes.normalise(request.recoveryCode());
            if (normalised == null) {
                throw invalid("recoveryCode", "must be a recovery code as issued, like abcde-fghjk");
            }
            return new Proof(null, normalised);
        }
        Method method = Method.parse(request.method());
        if (method == null) {
            throw invalid("method", "must be SMS, EMAIL or AUTHENTICATOR");
        }
        if (!CodeFormat.isWellFormed(request.code())) {
            throw ApiProblemException.withType(ProblemKind.INVALID_REQUEST, "invalid-code",
                    "A code is exactly six ASCII digits; nothing was counted.");
        }
        return new Proof(method, request.code());
    }

    private static ApiProblemException invalid(String field, String message) {
        return new ApiProblemException(Problem.of(ProblemKind.INVALID_REQUEST,
                "The verification is not valid.", List.of(new Problem.FieldError(field, message))));
    }
}
