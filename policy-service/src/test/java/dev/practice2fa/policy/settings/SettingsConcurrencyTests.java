package dev.practice2fa.policy.settings;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.practice2fa.policy.support.Database;
import dev.practice2fa.policy.support.Practices;
import dev.practice2fa.policy.support.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two administrators saving at once never lose an update without being told. */
@QuarkusTest
class SettingsConcurrencyTests {
    private static final String HISTORY_OF = "select count(*) from setting_change where practice_id = ?";

    @Inject
    AgroalDataSource dataSource;

    /** Two threads, whatever the number of cores: the saves must really run side by side. */
    private final ExecutorService savers = Executors.newFixedThreadPool(2);

    private String practiceId;
    private String firstAdmin;
    private String secondAdmin;

    @BeforeEach
    void registerPracticeWithTwoAdministrators() {
        practiceId = Practices.register("p-race");
        firstAdmin = Practices.addMember(practiceId, "FULL_ACCESS");
        secondAdmin = Practices.addMember(practiceId, "FULL_ACCESS");
    }

    @AfterEach
    void stopSavers() {
        savers.shutdownNow();
    }

    @Test
    void ofTwoSavesFromTheSameVersionOneSucceedsAndTheOtherIsToldOfTheConflict() {
        CountDownLatch start = new CountDownLatch(1);

        CompletableFuture<Integer> first = save(firstAdmin, "ENABLED_MANDATORY", start);
        CompletableFuture<Integer> second = save(secondAdmin, "ENABLED_OPTIONAL", start);
        start.countDown();

        assertThat(List.of(first.join(), second.join())).containsExactlyInAnyOrder(200, 409);
        assertThat(Practices.version(practiceId, firstAdmin)).isEqualTo(2);
        assertThat(Database.count(dataSource, HISTORY_OF, practiceId)).isEqualTo(1);
    }

    /**
     * Holds the practice's row lock so that both saves pass every check made before the update,
     * then lets them go: only the database's conditional update can tell them apart.
     */
    @Test
    void theDatabaseRefusesTheSecondOfTwoSavesThatBothPassedTheVersionCheck() throws Exception {
        List<Integer> statuses;
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try (PreparedStatement select = lock.prepareStatement(
                    "select id from practice where id = ? for update")) {
                select.setString(1, practiceId);
                select.executeQuery().close();
            }
            CountDownLatch start = new CountDownLatch(0);
            CompletableFuture<Integer> first = save(firstAdmin, "ENABLED_MANDATORY", start);
            CompletableFuture<Integer> second = save(secondAdmin, "ENABLED_OPTIONAL", start);
            await().atMost(Duration.ofSeconds(20)).until(() -> updatesWaitingForTheLock() == 2);

            lock.commit();
            statuses = List.of(first.join(), second.join());
        }

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(Practices.version(practiceId, firstAdmin)).isEqualTo(2);
        assertThat(Database.count(dataSource, HISTORY_OF, practiceId)).isEqualTo(1);
    }

    private long updatesWaitingForTheLock() {
        return Database.count(dataSource, """
                select count(*) from pg_stat_activity
                 where datname = current_database() and wait_event_type = 'Lock' and query ilike ?""",
                "update practice%");
    }

    /** A save on a thread of its own, once {@code start} opens. */
    private CompletableFuture<Integer> save(String admin, String mode, CountDownLatch start) {
        return CompletableFuture.supplyAsync(() -> {
            awaitOpening(start);
            return given()
                    .auth().oauth2(Tokens.user(admin))
                    .contentType(ContentType.JSON)
                    .header("If-Match", "\"1\"")
                    .body(Map.of("mode", mode, "methodPreference", "SMS"))
                .when()
                    .put("/practices/{practiceId}/two-factor-settings", practiceId)
                .then()
                    .extract().statusCode();
        }, savers);
    }

    private static void awaitOpening(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
