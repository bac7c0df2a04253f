package dev.practice2fa.benchmarks.scenario.totp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TotpStepBookTests {
    private final TotpStepBook book = new TotpStepBook();

    @Test
    void handsOutTheCurrentAndTheNextStepOfAFactorOnceEach() {
        assertThat(book.reserve("f-1", 100)).hasValue(100);
        assertThat(book.reserve("f-1", 100)).hasValue(101);
        assertThat(book.reserve("f-1", 100)).isEmpty();
    }

    @Test
    void neverHandsOutTheStepBeforeTheCurrentOneWhichMayExpireBeforeUse() {
        assertThat(book.reserve("f-1", 100)).hasValue(100);
        assertThat(book.reserve("f-1", 102)).hasValue(102);
    }

    @Test
    void keepsEachFactorsStepsApart() {
        assertThat(book.reserve("f-1", 100)).hasValue(100);
        assertThat(book.reserve("f-2", 100)).hasValue(100);
    }

    @Test
    void givesAFactorUsedUpInThisStepItsNextStepOnceTimeMovesOn() {
        book.reserve("f-1", 100);
        book.reserve("f-1", 100);

        assertThat(book.reserve("f-1", 101)).hasValue(102);
    }
}
