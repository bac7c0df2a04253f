package dev.practice2fa.policy.membership;

/** A membership after a request, and whether that request created it. */
record MembershipOutcome(MemberView member, boolean created) {
}
