import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Live games with many simulated phones: GAMES games run at once, each with PLAYERS players on WebSockets. For
 * every question the host opens it from the host page ({@link HostBrowser}); each phone notes when the question
 * reaches it (the push latency: from the host's button to the first bytes of the message, before this client
 * parses it), answers once at a random moment inside the first half of the time, and the server closes the question
 * when everyone answered. Also the app's resident memory before the players connect
 * and with all of them connected (read from /proc of the app's process).
 */
final class GameScenario {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SOCKET_CLIENTS = 8;
    /**
     * Several games start at random moments within this many milliseconds, as teachers in different rooms press
     * "start" independently (each push still counted from its own game's button). All of them in the same
     * millisecond, the first question's push to 800 phones waited for 20 starts handled together: p99 215–506 ms
     * against 40–230 ms for the later questions (bench/README.md).
     */
    private static final long START_SPREAD_MS = 2_000;

    private final String base;
    private final String teacherAuth;
    private final HttpClient http;
    /**
     * The phones' sockets, spread over several clients: one java.net.http client reads all its sockets on one
     * selector thread, so 300 phones on one client would queue behind each other in the load client itself.
     */
    private final HttpClient[] sockets = new HttpClient[SOCKET_CLIENTS];
    private final java.util.concurrent.atomic.AtomicInteger nextSocketClient = new java.util.concurrent.atomic.AtomicInteger();
    private final HostBrowser host;
    private final ScheduledExecutorService timer;
    private final Latencies push = new Latencies();
    private final Latencies screen = new Latencies();
    private final Latencies answers = new Latencies();
    private final Latencies hostMoves = new Latencies();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger missed = new AtomicInteger();

    GameScenario(String base, String teacherAuth, ExecutorService pool, ScheduledExecutorService timer)
            throws Exception {
        this.base = base;
        this.teacherAuth = teacherAuth;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(pool)
                .connectTimeout(Duration.ofSeconds(10)).build();
        this.timer = timer;
        for (int i = 0; i < SOCKET_CLIENTS; i++) {
            sockets[i] = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(pool)
                    .connectTimeout(Duration.ofSeconds(10)).build();
        }
        this.host = new HostBrowser(base, teacherAuth, pool);
    }

    List<String> run(int games, int players, int questions, int seconds, String topic, long appPid) throws Exception {
        long rssBefore = rssKb(appPid);
        List<Game> all = new ArrayList<>();
        for (int g = 0; g < games; g++) {
            all.add(new Game(g, players, send("POST", "/api/v1/games", Map.of("topic", topic, "size", questions,
                    "secondsPerQuestion", seconds), "Authorization", teacherAuth)));
        }
        List<CompletableFuture<Void>> joins = new ArrayList<>();
        for (Game game : all) {
            for (int p = 0; p < players; p++) {
                joins.add(game.join(p));
            }
        }
        CompletableFuture.allOf(joins.toArray(CompletableFuture[]::new)).get(300, TimeUnit.SECONDS);
        for (Game game : all) {
            game.connected.await(120, TimeUnit.SECONDS);
            host.open(game.id);
        }
        long rssConnected = settledRssKb(appPid);
        long t0 = System.nanoTime();
        ExecutorService hosts = java.util.concurrent.Executors.newFixedThreadPool(games); // each host waits
        try {
            List<CompletableFuture<Void>> plays = new ArrayList<>();
            for (Game game : all) {
                long startAfter = games == 1 ? 0 : ThreadLocalRandom.current().nextLong(START_SPREAD_MS);
                plays.add(CompletableFuture.runAsync(() -> game.play(questions, seconds, startAfter), hosts));
            }
            CompletableFuture.allOf(plays.toArray(CompletableFuture[]::new)).get(questions * (seconds + 60L) + 60,
                    TimeUnit.SECONDS);
        } finally {
            hosts.shutdownNow();
        }
        double took = (System.nanoTime() - t0) / 1e9;
        all.forEach(Game::close);
        int connected = games * players;
        return List.of(
                push.result("game-push", took).replace("RESULT ", "RESULT games=" + games + " players=" + players + " "),
                screen.result("game-screen", took),
                answers.result("game-answer", took),
                hostMoves.result("game-host", took),
                String.format(Locale.ROOT, "RESULT name=game-answers sent=%d accepted=%d missed=%d", sent.get(),
                        accepted.get(), missed.get()),
                String.format(Locale.ROOT, "RESULT name=game-memory players=%d rss_before_mb=%d rss_connected_mb=%d"
                                + " kb_per_player=%d", connected, rssBefore / 1024, rssConnected / 1024,
                        connected == 0 ? 0 : (rssConnected - rssBefore) / connected));
    }

    /**
     * The server's resident memory once it stops moving: read every 200 ms until two readings a row differ by less
     * than 1 % (at most 10 s), rather than after a fixed pause that is too short on a busy machine and wasted on an
     * idle one.
     */
    private static long settledRssKb(long pid) throws Exception {
        long previous = rssKb(pid);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(200);
            long now = rssKb(pid);
            if (Math.abs(now - previous) * 100 < Math.max(1, previous)) {
                return now;
            }
            previous = now;
        }
        return previous;
    }

    private static long rssKb(long pid) throws Exception {
        Path status = Path.of("/proc/" + pid + "/status");
        if (pid <= 0 || !Files.exists(status)) {
            return 0;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return 0;
    }

    private JsonNode send(String method, String path, Object body, String header, String value) throws Exception {
        HttpResponse<String> response = http.send(request(method, path, body, header, value),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private HttpRequest request(String method, String path, Object body, String header, String value) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body == null ? "{}" : JSON.writeValueAsString(body)));
        if (header != null) {
            b.header(header, value);
        }
        return b.build();
    }

    /** One game: its host and its phones. */
    private final class Game {
        final long id;
        final String pin;
        final int number;
        final List<Phone> phones = new ArrayList<>();
        final CountDownLatch connected;
        volatile long openedAt;
        volatile int current;
        volatile CountDownLatch reached = new CountDownLatch(0);
        volatile CountDownLatch closed = new CountDownLatch(0);

        Game(int number, int players, JsonNode created) {
            this.number = number;
            this.connected = new CountDownLatch(players);
            this.id = created.get("id").asLong();
            this.pin = created.get("pin").asText();
        }

        CompletableFuture<Void> join(int p) {
            try {
                return http.sendAsync(request("POST", "/api/v1/play/" + pin + "/players",
                                Map.of("nickname", "G" + number + " P" + p), null, null), HttpResponse.BodyHandlers.ofString())
                        .thenCompose(r -> {
                            if (r.statusCode() != 201) {
                                throw new IllegalStateException("join: " + r.statusCode() + " " + r.body());
                            }
                            String token = read(r.body()).get("playerToken").asText();
                            Phone phone = new Phone(this, token);
                            synchronized (phones) {
                                phones.add(phone);
                            }
                            HttpClient client = sockets[Math.floorMod(nextSocketClient.getAndIncrement(), SOCKET_CLIENTS)];
                            return client.newWebSocketBuilder().buildAsync(URI.create(base.replaceFirst("^http", "ws")
                                    + "/ws/play/" + pin + "?token=" + token), phone).thenAccept(ws -> phone.socket = ws);
                        });
            } catch (Exception e) {
                return CompletableFuture.failedFuture(e);
            }
        }

        void play(int questions, int seconds, long startAfterMs) {
            try {
                TimeUnit.MILLISECONDS.sleep(startAfterMs);
                for (int q = 1; q <= questions; q++) {
                    reached = new CountDownLatch(phones.size());
                    closed = new CountDownLatch(phones.size());
                    current = q;
                    openedAt = System.nanoTime();
                    host.press(id, q == 1 ? "start" : "next");
                    hostMoves.add(System.nanoTime() - openedAt);
                    if (!reached.await(seconds + 30L, TimeUnit.SECONDS)) {
                        push.error();
                    }
                    if (!closed.await(seconds + 30L, TimeUnit.SECONDS)) {
                        missed.addAndGet((int) closed.getCount());
                    }
                }
                host.press(id, "next"); // the end
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        void close() {
            phones.forEach(p -> {
                if (p.socket != null) {
                    p.socket.abort();
                }
            });
        }
    }

    /** One player's phone: the socket's listener, answering each opened question once. */
    private final class Phone implements WebSocket.Listener {
        final Game game;
        final String token;
        final Map<Integer, Boolean> answered = new ConcurrentHashMap<>();
        final Map<Integer, Boolean> closedSeen = new ConcurrentHashMap<>();
        final StringBuilder partial = new StringBuilder();
        /** When the first part of the message being received arrived: the moment the push reached the phone. */
        long arrived;
        volatile WebSocket socket;
        boolean first = true;
        /** The page being fetched again, and whether another change came in meanwhile (as game.js coalesces). */
        boolean loading;
        boolean again;
        int shownIndex;

        Phone(Game game, String token) {
            this.game = game;
            this.token = token;
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            if (partial.isEmpty()) {
                arrived = System.nanoTime();
            }
            partial.append(data);
            if (last) {
                JsonNode message = read(partial.toString());
                partial.setLength(0);
                if (first) {
                    first = false;
                    game.connected.countDown();
                }
                String event = message.path("event").asText();
                JsonNode view = message.path("game");
                if (message.hasNonNull("screen")) {
                    // game.js swaps in the pushed screen: the question is on the phone when its message is
                    if ("opened".equals(event) && view.path("index").asInt() == game.current) {
                        showed(view.path("index").asInt(), arrived);
                    }
                } else {
                    reload();
                }
                if ("opened".equals(event) && answered.putIfAbsent(view.path("index").asInt(), true) == null) {
                    push.add(arrived - game.openedAt);
                    game.reached.countDown();
                    answerLater(view);
                } else if ("closed".equals(event) && view.path("index").asInt() == game.current
                        && closedSeen.putIfAbsent(game.current, true) == null) {
                    // a question's close is pushed again on later changes: count the current one, once per phone
                    game.closed.countDown();
                }
            }
            webSocket.request(1);
            return null;
        }

        /**
         * What the phone's browser does on a message without its screen (game.js): fetch its page again, one fetch
         * at a time, a change during a fetch making one more. The first page that shows the open question counts as
         * the question on the screen.
         */
        private synchronized void reload() {
            if (loading) {
                again = true;
                return;
            }
            loading = true;
            int current = game.current;
            http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/play/" + game.pin)).timeout(Duration.ofSeconds(30))
                            .header("Accept", "text/html").header("Cookie", "quiz-game=" + token).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).whenComplete((page, failure) -> {
                if (failure != null || page.statusCode() != 200) {
                    screen.error();
                } else if (current > shownIndex && page.body().contains("data-index=\"" + current + "\"")
                        && page.body().contains("data-state=\"QUESTION\"")) {
                    shownIndex = current;
                    screen.add(System.nanoTime() - game.openedAt);
                }
                synchronized (this) {
                    loading = false;
                    if (again) {
                        again = false;
                        reload();
                    }
                }
            });
        }

        private synchronized void showed(int index, long at) {
            if (index > shownIndex) {
                shownIndex = index;
                screen.add(at - game.openedAt);
            }
        }

        private void answerLater(JsonNode view) {
            JsonNode question = view.path("question");
            int index = view.path("index").asInt();
            long seconds = view.path("remainingMs").asLong(10_000) / 1000;
            long delay = ThreadLocalRandom.current().nextLong(Math.max(1, seconds * 500));
            timer.schedule(() -> {
                try {
                    sent.incrementAndGet();
                    long t = System.nanoTime();
                    http.sendAsync(request("PUT", "/api/v1/play/" + game.pin + "/answers/" + index, Api.answerFor(question),
                            "X-Player-Token", token), HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> {
                        if (e == null && r.statusCode() == 200) {
                            answers.add(System.nanoTime() - t);
                            accepted.incrementAndGet();
                        } else {
                            answers.error();
                        }
                    });
                } catch (Exception e) {
                    answers.error();
                }
            }, delay, TimeUnit.MILLISECONDS);
        }
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
