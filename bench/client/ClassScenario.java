import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A class taking a quiz: learners arrive spread over the ramp, each starts a 10-question practice quiz as a new
 * guest, answers every question after a think time and finishes. No thread waits while a learner thinks.
 */
final class ClassScenario {

    final Latencies start = new Latencies();
    final Latencies answer = new Latencies();
    final Latencies finish = new Latencies();
    final AtomicInteger completed = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();

    private final Api api;
    private final ScheduledExecutorService timer;
    private final int thinkMinMs;
    private final int thinkMaxMs;
    private final String name;

    ClassScenario(Api api, ScheduledExecutorService timer, int thinkMinMs, int thinkMaxMs) {
        this(api, timer, thinkMinMs, thinkMaxMs, "class");
    }

    /** Results named NAME-start, NAME-answer, NAME-finish and NAME-quizzes. */
    ClassScenario(Api api, ScheduledExecutorService timer, int thinkMinMs, int thinkMaxMs, String name) {
        this.name = name;
        this.api = api;
        this.timer = timer;
        this.thinkMinMs = thinkMinMs;
        this.thinkMaxMs = thinkMaxMs;
    }

    List<String> run(int learners, double rampSeconds, String topic) throws Exception {
        long t0 = System.nanoTime();
        CompletableFuture<?>[] all = new CompletableFuture<?>[learners];
        for (int i = 0; i < learners; i++) {
            long delayMs = (long) (rampSeconds * 1000 * i / learners);
            all[i] = later(delayMs).thenCompose(x -> learner(topic))
                    .handle((x, failure) -> (failure == null ? completed : failed).incrementAndGet());
        }
        CompletableFuture.allOf(all).get(30, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - t0) / 1e9;
        return List.of(start.result(name + "-start", seconds), answer.result(name + "-answer", seconds),
                finish.result(name + "-finish", seconds), String.format(java.util.Locale.ROOT,
                        "RESULT name=%s-quizzes learners=%d completed=%d failed=%d seconds=%.1f shed=%d",
                        name, learners, completed.get(), failed.get(), seconds, api.shed.get()));
    }

    private CompletableFuture<Void> learner(String topic) {
        CompletableFuture<Api.Attempt> attempt = api.start(null, topic, 10, "practice", start);
        CompletableFuture<?> step = attempt;
        for (int p = 1; p <= 10; p++) {
            int position = p;
            step = step.thenCompose(x -> later(think()))
                    .thenCompose(x -> api.answer(attempt.join(), position, answer));
        }
        return step.thenCompose(x -> later(think())).thenCompose(x -> api.finish(attempt.join(), finish))
                .thenApply(x -> null);
    }

    private long think() {
        return ThreadLocalRandom.current().nextLong(thinkMinMs, thinkMaxMs + 1L);
    }

    private CompletableFuture<Void> later(long ms) {
        CompletableFuture<Void> f = new CompletableFuture<>();
        timer.schedule(() -> f.complete(null), ms, TimeUnit.MILLISECONDS);
        return f;
    }
}
