package vn.civicsquiz.teacher.sources;

import org.junit.jupiter.api.Test;
import vn.civicsquiz.platform.access.TooManyRequests;
import vn.civicsquiz.platform.problem.ProblemException;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Drafting an article runs off the caller's thread and is bounded in wall-clock time: past the bound the request
 * gets a 422 at once and the abandoned drafting stops; while every drafting thread is busy a new article gets a 429 at once.
 */
class DraftingTimeLimitTest {

    @Test
    void anArticleThatDraftsTooLongIsRefusedAtTheBoundAndItsDraftingStops() throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        try (DraftingTimeLimit limit = new DraftingTimeLimit(Duration.ofMillis(20), 2, document -> {
            try {
                return SourceDrafting.draft(document);
            } finally {
                stopped.countDown();
            }
        })) {
            long start = System.nanoTime();
            CompletableFuture<SourceDrafting.Drafted> drafting = limit.start(SourceDraftingScaleTest.document(160));
            assertThat((System.nanoTime() - start) / 1_000_000).as("ms until the caller is free").isLessThan(100);
            assertThatThrownBy(() -> outcome(drafting))
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(vn.civicsquiz.platform.problem.ErrorResponses.statusOf(e)).isEqualTo(422);
                        assertThat(e.getMessage()).contains("split it");
                    });
            assertThat((System.nanoTime() - start) / 1_000_000).as("ms until the answer").isLessThan(1_000);
            assertThat(stopped.await(30, TimeUnit.SECONDS)).as("the abandoned drafting has stopped").isTrue();
        }
    }

    @Test
    void anOrdinaryArticleIsDraftedWithinTheBound() throws Exception {
        try (DraftingTimeLimit limit = new DraftingTimeLimit(Duration.ofSeconds(60), 2, SourceDrafting::draft)) {
            SourceDrafting.Drafted drafted = outcome(limit.start(SourceDraftingScaleTest.document(5)));
            assertThat(drafted.facts()).isNotEmpty();
        }
    }

    @Test
    void theDraftingsOwnRefusalsPassThrough() {
        try (DraftingTimeLimit limit = new DraftingTimeLimit(Duration.ofSeconds(60), 2, SourceDrafting::draft)) {
            assertThatThrownBy(() -> outcome(limit.start(SourceDraftingScaleTest.document(SourceDrafting.MAX_FACTS / 2))))
                    .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.getMessage())
                            .contains("facts, more than"));
        }
    }

    @Test
    void whileEveryDraftingThreadIsBusyANewArticleIsRefusedAtOnce() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        try (DraftingTimeLimit limit = new DraftingTimeLimit(Duration.ofSeconds(30), 1, document -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return SourceDrafting.draft(document);
        })) {
            CompletableFuture<SourceDrafting.Drafted> first = limit.start(SourceDraftingScaleTest.document(3));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            long start = System.nanoTime();
            assertThatThrownBy(() -> limit.start(SourceDraftingScaleTest.document(4)))
                    .isInstanceOfSatisfying(TooManyRequests.class, e -> assertThat(e.retryAfterSeconds()).isPositive());
            assertThat((System.nanoTime() - start) / 1_000_000).as("ms until the 429").isLessThan(500);
            release.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS).facts()).isNotEmpty();
        }
    }

    /** The drafting's result, or the refusal it failed with (as the request's exception mappers see it). */
    private static SourceDrafting.Drafted outcome(CompletableFuture<SourceDrafting.Drafted> drafting) throws Exception {
        try {
            return drafting.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw (Exception) e.getCause();
        }
    }
}
