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
            CompletableFuture<SourceDrafting.Drafted> drafting = limit.start(SourceDraftingScaleTest.document(160));
            assertThatThrownBy(() -> outcome(drafting))
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(vn.civicsquiz.platform.problem.ErrorResponses.statusOf(e)).isEqualTo(422);
                        assertThat(e.getMessage()).contains("split it");
                    });
            assertThat(stopped.await(30, TimeUnit.SECONDS)).as("the abandoned drafting has stopped").isTrue();
        }
    }

    @Test
    void theCallerIsFreeWhileTheDraftingRuns() throws Exception {
        CountDownLatch proceed = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        try (DraftingTimeLimit limit = new DraftingTimeLimit(Duration.ofSeconds(60), 2, document -> {
            try {
                proceed.await(30, TimeUnit.SECONDS);
                return SourceDrafting.draft(document);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                done.countDown();
            }
        })) {
            CompletableFuture<SourceDrafting.Drafted> drafting = limit.start(SourceDraftingScaleTest.document(5));
            // start returned while the drafting is still held: the request's thread does not wait for it
            assertThat(done.getCount()).isEqualTo(1);
            assertThat(drafting).isNotDone();
            proceed.countDown();
            assertThat(outcome(drafting).facts()).isNotEmpty();
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
            // refused by start itself, without waiting for a thread
            assertThatThrownBy(() -> limit.start(SourceDraftingScaleTest.document(4)))
                    .isInstanceOfSatisfying(TooManyRequests.class, e -> assertThat(e.retryAfterSeconds()).isPositive());
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
