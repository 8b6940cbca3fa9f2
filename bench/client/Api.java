import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** The quiz JSON API as a guest learner uses it (X-Guest-Token), plus plain GETs; every call is timed. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String TOKEN = "X-Guest-Token";

    /** A started attempt: the guest's token, the attempt id and the answer bodies per position (1-based). */
    record Attempt(String token, long id, String[] answers) {
    }

    final String base;
    final HttpClient http;

    /** How often a 503 is retried after its Retry-After, as the app's busy page does by itself (0: never). */
    final int busyRetries;
    /** The 503s answered to this client (each retried or, after the last retry, an error). */
    final java.util.concurrent.atomic.AtomicLong shed = new java.util.concurrent.atomic.AtomicLong();

    Api(String base, Executor executor) {
        this(base, executor, 0);
    }

    Api(String base, Executor executor, int busyRetries) {
        this.base = base;
        this.busyRetries = busyRetries;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    }

    /** Starts a quiz as a new guest (token null) or as the given guest. */
    CompletableFuture<Attempt> start(String token, String topic, int size, String mode, Latencies timing) {
        String body = "{\"topic\":\"" + topic + "\",\"size\":" + size + ",\"mode\":\"" + mode + "\"}";
        HttpRequest.Builder r = request("/api/v1/attempts").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            r.header(TOKEN, token);
        }
        return timed(r.build(), 201, timing).thenApply(response -> {
            String issued = response.headers().firstValue(TOKEN).orElse(token);
            return parse(issued, response.body());
        });
    }

    CompletableFuture<HttpResponse<String>> answer(Attempt a, int position, Latencies timing) {
        return timed(request("/api/v1/attempts/" + a.id() + "/answers/" + position).header(TOKEN, a.token())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(a.answers()[position])).build(), 200, timing);
    }

    CompletableFuture<HttpResponse<String>> finish(Attempt a, Latencies timing) {
        return timed(request("/api/v1/attempts/" + a.id() + "/finish").header(TOKEN, a.token())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.noBody()).build(), 200, timing);
    }

    /**
     * Completes exceptionally (after counting an error) unless the status is the expected one. A 503 is retried
     * after its Retry-After up to {@link #busyRetries} times; the time recorded is the admitted request's own.
     */
    CompletableFuture<HttpResponse<String>> timed(HttpRequest request, int expected, Latencies timing) {
        return admitted(request, 0).handle((sent, failure) -> {
            if (failure != null || sent.response().statusCode() != expected) {
                timing.error();
                throw new IllegalStateException(failure != null ? failure.toString()
                        : request.method() + " " + request.uri() + " -> " + sent.response().statusCode() + " "
                        + sent.response().body().substring(0, Math.min(200, sent.response().body().length())));
            }
            timing.add(sent.nanos());
            return sent.response();
        });
    }

    /** A response and how long its request took. */
    private record Sent(HttpResponse<String> response, long nanos) {
    }

    /** Sends the request; a 503 is sent again after its Retry-After while retries are left. */
    private CompletableFuture<Sent> admitted(HttpRequest request, int retried) {
        long t0 = System.nanoTime();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenCompose(response -> {
            Sent sent = new Sent(response, System.nanoTime() - t0);
            if (response.statusCode() != 503) {
                return CompletableFuture.completedFuture(sent);
            }
            shed.incrementAndGet();
            if (retried >= busyRetries) {
                return CompletableFuture.completedFuture(sent);
            }
            long wait = response.headers().firstValueAsLong("Retry-After").orElse(2);
            return CompletableFuture.supplyAsync(() -> null,
                            CompletableFuture.delayedExecutor(wait, java.util.concurrent.TimeUnit.SECONDS))
                    .thenCompose(x -> admitted(request, retried + 1));
        });
    }

    static Attempt parse(String token, String body) {
        try {
            JsonNode attempt = JSON.readTree(body);
            JsonNode questions = attempt.get("questions");
            String[] answers = new String[questions.size() + 1];
            for (JsonNode q : questions) {
                answers[q.get("position").asInt()] = JSON.writeValueAsString(answerFor(q));
            }
            return new Attempt(token, attempt.get("id").asLong(), answers);
        } catch (Exception e) {
            throw new IllegalStateException("unexpected attempt body: " + body, e);
        }
    }

    /** A well-formed answer of the question's kind (right or wrong does not matter to the server's cost). */
    static ObjectNode answerFor(JsonNode question) {
        ObjectNode answer = JSON.createObjectNode();
        JsonNode options = question.get("options");
        switch (question.get("kind").asText()) {
            case "ORDERING" -> {
                var order = answer.putArray("order");
                options.forEach(o -> order.add(o.get("id").asLong()));
            }
            case "MATCHING" -> {
                ObjectNode pairs = answer.putObject("pairs");
                JsonNode choices = question.get("choices");
                for (int i = 0; i < options.size(); i++) { // each choice once: a choice used twice is refused
                    pairs.put(options.get(i).get("id").asText(), choices.get(i % choices.size()).get("id").asLong());
                }
            }
            case "NUMERIC" -> answer.put("value", 2021);
            case "SHORT_ANSWER" -> answer.put("text", "cây tre");
            default -> answer.putArray("optionIds").add(options.get(0).get("id").asLong());
        }
        return answer;
    }
}
