package dev.practice2fa.challenge.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CodeGeneratorTests {
    private final CodeGenerator generator = new CodeGenerator();

    @Test
    void everyCodeHasSixDigitsAndAboutATenthStartWithZero() {
        int total = 100_000;
        int[] firstDigits = new int[10];

        IntStream.range(0, total).mapToObj(i -> generator.next()).forEach(code -> {
            assertThat(code).matches("^[0-9]{6}$");
            firstDigits[code.charAt(0) - '0']++;
        });

        // A tenth is 10,000; five standard deviations (about 475) either side never fails by chance.
        for (int count : firstDigits) {
            assertThat(count).isBetween(9_500, 10_500);
        }
    }

    @Test
    void codesAreWellFormedOnlyWhenSixAsciiDigits() {
        assertThat(CodeFormat.isWellFormed("005924")).isTrue();
        assertThat(CodeFormat.isWellFormed("5924")).isFalse();
        assertThat(CodeFormat.isWellFormed("05924")).isFalse();
        assertThat(CodeFormat.isWellFormed("005924\n")).isFalse();
        assertThat(CodeFormat.isWellFormed("٠٠٥٩٢٤")).isFalse();
        assertThat(CodeFormat.isWellFormed(null)).isFalse();
    }
}
