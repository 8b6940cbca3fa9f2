package vn.civicsquiz.teacher.sources;

import vn.civicsquiz.content.article.SourceDocument;
import vn.civicsquiz.platform.problem.Say;
import vn.civicsquiz.platform.access.TooManyRequests;
import vn.civicsquiz.platform.problem.Problem;
import vn.civicsquiz.platform.problem.ProblemException;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A wall-clock bound on drafting an article: drafting runs on a few threads of its own and the request thread does
 * not wait for it (the reply is written when the drafting's future completes). Past {@code timeout} the future
 * fails with 422 (split the article) and the abandoned drafting is interrupted and stops at its next stage. With
 * every drafting thread busy a new article is refused at once (429, Retry-After), so hostile articles can neither
 * hold the request workers nor pile up work behind them.
 */
public final class DraftingTimeLimit implements AutoCloseable {

    private final Duration timeout;
    private final ThreadPoolExecutor threads;
    private final ScheduledExecutorService deadlines;
    private final Function<SourceDocument, SourceDrafting.Drafted> drafting;

    public DraftingTimeLimit(Duration timeout, int threads, Function<SourceDocument, SourceDrafting.Drafted> drafting) {
        this.timeout = timeout;
        this.drafting = drafting;
        AtomicInteger count = new AtomicInteger();
        this.threads = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES, new SynchronousQueue<>(), task -> {
            Thread thread = new Thread(task, "source-drafting-" + count.incrementAndGet());
            thread.setDaemon(true); // never holds up shutdown
            return thread;
        });
        this.threads.allowCoreThreadTimeOut(true);
        this.deadlines = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "source-drafting-deadline");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts drafting and returns at once. The future fails with the drafting's own {@link ProblemException}, or
     * with a 422 when drafting takes longer than the bound.
     *
     * @throws TooManyRequests 429 at once while every drafting thread is busy
     */
    public CompletableFuture<SourceDrafting.Drafted> start(SourceDocument document) {
        CompletableFuture<SourceDrafting.Drafted> result = new CompletableFuture<>();
        FutureTask<Void> task = new FutureTask<>(() -> {
            try {
                result.complete(drafting.apply(document));
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
            return null;
        });
        try {
            threads.execute(task);
        } catch (RejectedExecutionException e) {
            throw new TooManyRequests(new Say("Các bài báo khác đang được soạn câu hỏi; hãy thử lại sau giây lát",
                    "Other articles are being drafted right now; try again in a moment"),
                    Math.max(1, timeout.toSeconds()));
        }
        ScheduledFuture<?> deadline = deadlines.schedule(() -> {
            if (result.completeExceptionally(tooSlow())) {
                task.cancel(true);
            }
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        result.whenComplete((drafted, failure) -> deadline.cancel(false));
        return result;
    }

    private ProblemException tooSlow() {
        String seconds = Double.toString(timeout.toMillis() / 1000.0);
        return new ProblemException.Unprocessable(new Say("Soạn câu hỏi cho bài báo này mất hơn " + seconds
                + " giây; hãy chia thành các bài ngắn hơn", "Drafting this article takes longer than " + seconds
                + " s; split it into shorter articles"), ProblemException.fault("text",
                "soạn xong trong " + seconds + " giây", "drafts within " + seconds + " s"));
    }

    @Override
    public void close() {
        threads.shutdownNow();
        deadlines.shutdownNow();
    }
}
