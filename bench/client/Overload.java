import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * More learners than the app can serve, then a start storm, then recovery. The learners retry a 503 after its
 * Retry-After (at most eight times), as the app's busy page does by itself; what is measured is how the admitted
 * requests fare (their own times), how many were shed, how many learners could not finish, and how long after the
 * burst a new learner is served at once again: the first of three quiz starts in a row, a quarter second apart,
 * each answered 201 within a second.
 */
final class Overload {

    private static final int BUSY_RETRIES = 8;
    private static final long RECOVERY_LIMIT_S = 120;

    private Overload() {
    }

    static List<String> run(String base, ExecutorService pool, ScheduledExecutorService timer, int learners,
                            double rampSeconds, int thinkMinMs, int thinkMaxMs, int storm, String topic)
            throws Exception {
        List<String> results = new ArrayList<>(new ClassScenario(new Api(base, pool, BUSY_RETRIES), timer,
                thinkMinMs, thinkMaxMs, "overload").run(learners, rampSeconds, topic));
        Api stormApi = new Api(base, pool, BUSY_RETRIES);
        results.add(BenchClient.storm(stormApi, timer, storm, 1000, topic, "overload-storm")
                + " shed=" + stormApi.shed.get());
        results.add(recovery(new Api(base, pool), topic));
        return results;
    }

    private static String recovery(Api api, String topic) throws Exception {
        HttpRequest start = api.request("/api/v1/attempts").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"topic\":\"" + topic + "\",\"size\":10,\"mode\":\"practice\"}")).build();
        long t0 = System.nanoTime();
        int inARow = 0;
        long firstOfRow = t0;
        while (System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(RECOVERY_LIMIT_S)) {
            long sent = System.nanoTime();
            int status;
            try {
                status = api.http.sendAsync(start, HttpResponse.BodyHandlers.discarding())
                        .get(1, TimeUnit.SECONDS).statusCode();
            } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
                status = 0;
            }
            if (status == 201 && System.nanoTime() - sent <= TimeUnit.SECONDS.toNanos(1)) {
                if (inARow++ == 0) {
                    firstOfRow = sent;
                }
                if (inARow == 3) {
                    return String.format(Locale.ROOT, "RESULT name=overload-recovery seconds=%.1f",
                            (firstOfRow - t0) / 1e9);
                }
            } else {
                inARow = 0;
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        return "RESULT name=overload-recovery seconds=never limit_s=" + RECOVERY_LIMIT_S;
    }
}
