package dev.practice2fa.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ArrivalScheduleTests {
    @Test
    void spacesOperationsEvenlyAtTheRate() {
        ArrivalSchedule schedule = new ArrivalSchedule(200, Duration.ofSeconds(1), 1_000);

        assertThat(schedule.operations()).isEqualTo(200);
        assertThat(schedule.offsetNanos(0)).isZero();
        assertThat(schedule.offsetNanos(1)).isEqualTo(5_000_000);
        assertThat(schedule.offsetNanos(199)).isEqualTo(995_000_000);
    }

    @Test
    void neverDriftsWhenThePeriodIsNoWholeNumberOfNanoseconds() {
        ArrivalSchedule schedule = new ArrivalSchedule(7, Duration.ofHours(1), Integer.MAX_VALUE);

        assertThat(schedule.offsetNanos(7 * 3_000)).isEqualTo(3_000_000_000_000L);
        assertThat(schedule.offsetNanos(1)).isEqualTo(142_857_143);
    }

    @Test
    void startsNoMoreThanTheOperationLimit() {
        ArrivalSchedule schedule = new ArrivalSchedule(1_000, Duration.ofSeconds(10), 25);

        assertThat(schedule.operations()).isEqualTo(25);
    }

    @Test
    void startsAtLeastOneOperationForAShortLowRateStep() {
        ArrivalSchedule schedule = new ArrivalSchedule(1, Duration.ofMillis(10), 100);

        assertThat(schedule.operations()).isEqualTo(1);
    }

    @Test
    void refusesARateThatIsNotPositive() {
        assertThatThrownBy(() -> new ArrivalSchedule(0, Duration.ofSeconds(1), 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ArrivalSchedule(Double.NaN, Duration.ofSeconds(1), 10))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
