import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * wrk's model without wrk: {@code concurrency} workers, each sending its next request as soon as the previous one
 * answered, for a fixed time or until the requests run out (the supplier returns null).
 */
final class ClosedLoad {

    private ClosedLoad() {
    }

    static String run(Api api, String name, double seconds, int concurrency, int expected,
                      IntFunction<HttpRequest> requests) throws InterruptedException {
        Latencies timing = new Latencies();
        AtomicInteger sequence = new AtomicInteger();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        CountDownLatch done = new CountDownLatch(concurrency);
        long t0 = System.nanoTime();
        for (int w = 0; w < concurrency; w++) {
            Thread worker = new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        HttpRequest request = requests.apply(sequence.getAndIncrement());
                        if (request == null) {
                            return;
                        }
                        long start = System.nanoTime();
                        try {
                            HttpResponse<String> r = api.http.send(request, HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() == expected) {
                                timing.add(System.nanoTime() - start);
                            } else {
                                timing.error();
                            }
                        } catch (Exception e) {
                            timing.error();
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
            worker.setDaemon(true);
            worker.start();
        }
        done.await();
        return timing.result(name, (System.nanoTime() - t0) / 1e9);
    }
}
