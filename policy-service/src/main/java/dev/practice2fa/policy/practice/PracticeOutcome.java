package dev.practice2fa.policy.practice;

/** A practice after a registration request, and whether that request created it. */
record PracticeOutcome(PracticeView practice, boolean created) {
}
