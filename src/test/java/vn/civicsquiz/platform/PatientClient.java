package vn.civicsquiz.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A JSON API client as a mobile app behaves on a bad network: a short timeout, and the same request sent again
 * after a timeout, a refused connection or a 503, until it gets an answer (or gives up after 90 s). Retries wait
 * longer for their answer, as real clients back off, so a busy server is not buried in duplicate requests.
 */
final class PatientClient {

    static final ObjectMapper JSON = new ObjectMapper();

    record Reply(int status, JsonNode body, HttpResponse<String> raw) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1)).build();
    private final Supplier<String> base;
    private final Duration first;
    private final Duration timeout;
    final AtomicLong requests = new AtomicLong();
    final AtomicLong retries = new AtomicLong();
    final AtomicLong timeouts = new AtomicLong();
    /** Replies thrown away on purpose, as a network that drops a response after the server acted on the request. */
    final AtomicLong lostReplies = new AtomicLong();
    private int loseEvery;
    final AtomicLong unavailable = new AtomicLong();

    /** @param first the short wait of a first try; @param timeout the unit of the growing waits of retries */
    PatientClient(Supplier<String> base, Duration first, Duration timeout) {
        this.base = base;
        this.first = first;
        this.timeout = timeout;
    }

    /**
     * Drops the reply of every {@code n}th first try and sends the request again, so retries of requests the server
     * has already carried out happen however fast the server answers.
     */
    PatientClient losingEveryNthReply(int n) {
        this.loseEvery = n;
        return this;
    }

    /** Sends until a reply other than 503 arrives; the body (JSON) is sent unchanged every time. */
    Reply send(String method, String path, Object body, String... headers) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        String json = body == null ? null : write(body);
        for (int attempt = 0; ; attempt++) {
            if (attempt > 0) {
                retries.incrementAndGet();
                pause(attempt);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(method + " " + path + " got no answer within 90 s");
            }
            long sent = requests.incrementAndGet();
            Duration patience = attempt == 0 ? first : timeout.multipliedBy(Math.min(4L * attempt, 12));
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.get() + path)).timeout(patience)
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json));
            if (json != null || !method.equals("GET")) { // the API refuses a state change without a media type
                request.header("Content-Type", "application/json");
            }
            for (int i = 0; i < headers.length; i += 2) {
                if (headers[i + 1] != null) {
                    request.header(headers[i], headers[i + 1]);
                }
            }
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 503) {
                    unavailable.incrementAndGet();
                    continue;
                }
                if (attempt == 0 && loseEvery > 0 && sent % loseEvery == 0) {
                    lostReplies.incrementAndGet();
                    continue;
                }
                String text = response.body();
                JsonNode node = text == null || text.isBlank() || !text.startsWith("{") ? null : JSON.readTree(text);
                return new Reply(response.statusCode(), node, response);
            } catch (java.net.http.HttpTimeoutException e) {
                timeouts.incrementAndGet();
            } catch (IOException e) {
                // connection refused or reset: the app is down or restarting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(1000, 50L * attempt) + ThreadLocalRandom.current().nextInt(50));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
