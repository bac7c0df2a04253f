package dev.practice2fa.policy.settings;

import dev.practice2fa.common.problem.ApiProblemException;
import dev.practice2fa.common.problem.ProblemKind;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version a change is based on, from the {@code If-Match} header (the ETag a read gave) or
 * the body's {@code version}. Both may be sent if they agree.
 */
final class ExpectedVersion {
    /** The only ETag this service hands out: a strong tag holding the version. */
    private static final Pattern ETAG = Pattern.compile("^\"([1-9][0-9]{0,17})\"$");

    private ExpectedVersion() {
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    static Optional<Long> of(String ifMatch, Long bodyVersion) {
        Optional<Long> fromHeader = parse(ifMatch);
        boolean both = fromHeader.isPresent() && bodyVersion != null;
        if (both && !fromHeader.get().equals(bodyVersion)) {
            throw new ApiProblemException(ProblemKind.INVALID_REQUEST,
                    "If-Match and the body's version name different versions.");
        }
        return fromHeader.or(() -> Optional.ofNullable(bodyVersion));
    }

    private static Optional<Long> parse(String ifMatch) {
        if (ifMatch == null) {
            return Optional.empty();
        }
        Matcher matcher = ETAG.matcher(ifMatch.trim());
        if (!matcher.matches()) {
            throw new ApiProblemException(ProblemKind.INVALID_REQUEST,
                    "If-Match must hold one ETag as GET returned it, such as \"3\".");
        }
        return Optional.of(Long.parseLong(matcher.group(1)));
    }
}
