package vn.civicsquiz.teacher.sources;

import vn.civicsquiz.content.article.SourceDocument;
import vn.civicsquiz.platform.access.TooManyRequests;
import vn.civicsquiz.platform.problem.Problem;
import vn.civicsquiz.platform.problem.ProblemException;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A wall-clock bound on drafting an article: drafting runs on a few threads of its own, the request waits at most
 * {@code timeout} and then answers 422 (split the article), and the abandoned drafting is interrupted and stops
 * at its next stage. With every drafting thread busy a new article is refused at once (429, Retry-After), so
 * hostile articles can neither hold the request workers nor pile up work behind them.
 */
public final class DraftingTimeLimit implements AutoCloseable {

    private final Duration timeout;
    private final ThreadPoolExecutor threads;
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
    }

    /**
     * @throws ProblemException 422 when drafting would take longer than the bound (or the drafting's own 4xx),
     *                          429 while every drafting thread is busy
     */
    public SourceDrafting.Drafted draft(SourceDocument document) {
        Future<SourceDrafting.Drafted> future;
        try {
            future = threads.submit(() -> drafting.apply(document));
        } catch (RejectedExecutionException e) {
            throw new TooManyRequests("Other articles are being drafted right now; try again in a moment",
                    Math.max(1, timeout.toSeconds()));
        }
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | CancellationException e) {
            future.cancel(true);
            throw tooSlow();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw tooSlow();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private ProblemException tooSlow() {
        return new ProblemException(422, "Unprocessable Content", "Drafting this article takes longer than "
                + timeout.toMillis() / 1000.0 + " s; split it into shorter articles",
                List.of(new Problem.FieldError("text", "drafts within " + timeout.toMillis() / 1000.0 + " s")));
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
