package vn.civicsquiz.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A start-up sync is skipped only by the build that ran it, with the same settings, on the same database. */
@QuarkusTest
class StartupSyncMarksTest {

    @Inject
    EntityManager em;

    @Test
    void only_the_build_that_synced_with_the_same_settings_skips() {
        String step = "test-" + UUID.randomUUID().toString().substring(0, 8);
        StartupSyncMarks build = new StartupSyncMarks(em, Optional.of("digest-of-one-build"));
        StartupSyncMarks nextBuild = new StartupSyncMarks(em, Optional.of("digest-of-the-next-build"));

        assertThat(inTransaction(() -> build.synced(step, "seed 1"))).as("never synced").isFalse();
        QuarkusTransaction.requiringNew().run(() -> build.mark(step, "seed 1"));

        assertThat(inTransaction(() -> build.synced(step, "seed 1"))).as("a restart of the same build").isTrue();
        assertThat(inTransaction(() -> build.synced(step, "seed 2"))).as("other settings").isFalse();
        assertThat(inTransaction(() -> nextBuild.synced(step, "seed 1"))).as("a new build").isFalse();

        QuarkusTransaction.requiringNew().run(() -> nextBuild.mark(step, "seed 1"));
        assertThat(inTransaction(() -> nextBuild.synced(step, "seed 1"))).isTrue();
        assertThat(inTransaction(() -> build.synced(step, "seed 1"))).as("the older build syncs again").isFalse();
    }

    @Test
    void run_from_classes_every_sync_runs() {
        assertThat(StartupSyncMarks.buildDigest()).as("tests run from target/classes, not from a jar").isEmpty();
        StartupSyncMarks classes = new StartupSyncMarks(em, Optional.empty());
        String step = "test-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> classes.mark(step, ""));
        assertThat(inTransaction(() -> classes.synced(step, ""))).isFalse();
    }

    private static boolean inTransaction(java.util.concurrent.Callable<Boolean> check) {
        return QuarkusTransaction.requiringNew().call(check);
    }
}
