import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The load client of bench/run. Every measurement prints one "RESULT name=.. key=value .." line.
 * <pre>
 * prepare BASE ATTEMPTS SIZE TOPIC FILE      start ATTEMPTS quizzes as new guests; FILE gets one answer a line
 * history BASE QUIZZES TOPIC                 one guest finishes QUIZZES quizzes; prints TOKEN=..
 * load BASE SECONDS CONCURRENCY NAME get PATH ["Header: value"]
 * load BASE SECONDS CONCURRENCY NAME answers FILE     each prepared answer once: first-time writes only
 * load BASE SECONDS CONCURRENCY NAME start TOPIC SIZE each request a new guest's quiz
 * class BASE LEARNERS RAMP_SECONDS THINK_MIN_MS THINK_MAX_MS TOPIC
 * storm BASE LEARNERS WINDOW_MS TOPIC
 * overload BASE LEARNERS RAMP_SECONDS THINK_MIN_MS THINK_MAX_MS STORM TOPIC   a class past the app's capacity,
 *                                            then a start storm, then how long until full service is back
 * game BASE TEACHER_AUTH GAMES PLAYERS QUESTIONS SECONDS TOPIC APP_PID   live games over WebSockets
 * seed JDBC_URL USER PASSWORD SQL_FILE [name=value ...]
 * sql JDBC_URL USER PASSWORD STATEMENT         one statement in autocommit (CREATE DATABASE); prints a value
 * </pre>
 */
public final class BenchClient {

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
        try {
            for (String line : run(args, pool, timer)) {
                System.out.println(line);
            }
        } finally {
            pool.shutdownNow();
            timer.shutdownNow();
        }
    }

    static List<String> run(String[] a, ExecutorService pool, ScheduledExecutorService timer) throws Exception {
        switch (a[0]) {
            case "seed" -> {
                Map<String, String> values = new HashMap<>();
                for (int i = 5; i < a.length; i++) {
                    values.put(a[i].substring(0, a[i].indexOf('=')), a[i].substring(a[i].indexOf('=') + 1));
                }
                long t0 = System.nanoTime();
                Seeder.run(a[1], a[2], a[3], Path.of(a[4]), values);
                return List.of(String.format(java.util.Locale.ROOT, "RESULT name=seed file=%s seconds=%.1f",
                        Path.of(a[4]).getFileName(), (System.nanoTime() - t0) / 1e9));
            }
            case "sql" -> {
                try (var c = java.sql.DriverManager.getConnection(a[1], a[2], a[3]); var s = c.createStatement()) {
                    if (s.execute(a[4])) {
                        var rs = s.getResultSet();
                        return List.of(rs.next() ? String.valueOf(rs.getObject(1)) : "");
                    }
                    return List.of();
                }
            }
            case "class" -> {
                return new ClassScenario(new Api(a[1], pool), timer, Integer.parseInt(a[4]), Integer.parseInt(a[5]))
                        .run(Integer.parseInt(a[2]), Double.parseDouble(a[3]), a[6]);
            }
            case "game" -> {
                return new GameScenario(a[1], a[2], pool, timer).run(Integer.parseInt(a[3]), Integer.parseInt(a[4]),
                        Integer.parseInt(a[5]), Integer.parseInt(a[6]), a[7], Long.parseLong(a[8]));
            }
            case "overload" -> {
                return Overload.run(a[1], pool, timer, Integer.parseInt(a[2]), Double.parseDouble(a[3]),
                        Integer.parseInt(a[4]), Integer.parseInt(a[5]), Integer.parseInt(a[6]), a[7]);
            }
            case "storm" -> {
                return List.of(storm(new Api(a[1], pool), timer, Integer.parseInt(a[2]), Long.parseLong(a[3]), a[4]));
            }
            case "prepare" -> {
                return List.of(prepare(new Api(a[1], pool), Integer.parseInt(a[2]), Integer.parseInt(a[3]), a[4],
                        Path.of(a[5])));
            }
            case "history" -> {
                Api api = new Api(a[1], pool);
                Latencies t = new Latencies();
                Api.Attempt first = api.start(null, a[3], 10, "practice", t).get();
                String token = first.token();
                for (int q = 0; q < Integer.parseInt(a[2]); q++) {
                    Api.Attempt attempt = q == 0 ? first : api.start(token, a[3], 10, "practice", t).get();
                    for (int p = 1; p < attempt.answers().length; p++) {
                        api.answer(attempt, p, t).get();
                    }
                    api.finish(attempt, t).get();
                }
                return List.of("TOKEN=" + token);
            }
            case "load" -> {
                return List.of(load(new Api(a[1], pool), Double.parseDouble(a[2]), Integer.parseInt(a[3]), a[4], a));
            }
            default -> throw new IllegalArgumentException("unknown command " + a[0]);
        }
    }

    static String load(Api api, double seconds, int concurrency, String name, String[] a) throws Exception {
        switch (a[5]) {
            case "get" -> {
                HttpRequest.Builder b = api.request(a[6]).GET();
                if (a.length > 7) {
                    b.header(a[7].substring(0, a[7].indexOf(':')), a[7].substring(a[7].indexOf(':') + 1).trim());
                }
                HttpRequest request = b.build();
                return ClosedLoad.run(api, name, seconds, concurrency, 200, i -> request);
            }
            case "answers" -> {
                List<String> lines = Files.readAllLines(Path.of(a[6]));
                return ClosedLoad.run(api, name, seconds, concurrency, 200, i -> {
                    if (i >= lines.size()) {
                        return null;
                    }
                    String[] f = lines.get(i).split(" ", 4);
                    return api.request("/api/v1/attempts/" + f[1] + "/answers/" + f[2]).header(Api.TOKEN, f[0])
                            .header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString(f[3])).build();
                });
            }
            case "start" -> {
                String body = "{\"topic\":\"" + a[6] + "\",\"size\":" + a[7] + ",\"mode\":\"practice\"}";
                return ClosedLoad.run(api, name, seconds, concurrency, 201, i -> api.request("/api/v1/attempts")
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                        .build());
            }
            default -> throw new IllegalArgumentException("unknown load kind " + a[5]);
        }
    }

    static String prepare(Api api, int attempts, int size, String topic, Path file) throws Exception {
        Latencies timing = new Latencies();
        List<CompletableFuture<Api.Attempt>> started = new ArrayList<>();
        java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(8);
        for (int i = 0; i < attempts; i++) {
            inFlight.acquire();
            started.add(api.start(null, topic, size, "practice", timing).whenComplete((x, e) -> inFlight.release()));
        }
        List<String> lines = new ArrayList<>();
        for (CompletableFuture<Api.Attempt> f : started) {
            Api.Attempt attempt = f.get();
            for (int p = 1; p < attempt.answers().length; p++) {
                lines.add(attempt.token() + " " + attempt.id() + " " + p + " " + attempt.answers()[p]);
            }
        }
        // interleave attempts so that concurrent writers rarely touch the same attempt
        List<String> interleaved = new ArrayList<>(lines.size());
        for (int p = 0; p < size; p++) {
            for (int i = p; i < lines.size(); i += size) {
                interleaved.add(lines.get(i));
            }
        }
        Files.write(file, interleaved);
        return timing.result("prepare", 0) + " answers=" + interleaved.size();
    }

    static String storm(Api api, ScheduledExecutorService timer, int learners, long windowMs, String topic)
            throws Exception {
        return storm(api, timer, learners, windowMs, topic, "storm-start");
    }

    static String storm(Api api, ScheduledExecutorService timer, int learners, long windowMs, String topic,
                        String name) throws Exception {
        Latencies timing = new Latencies();
        long t0 = System.nanoTime();
        CompletableFuture<?>[] all = new CompletableFuture<?>[learners];
        for (int i = 0; i < learners; i++) {
            CompletableFuture<Object> f = new CompletableFuture<>();
            timer.schedule(() -> api.start(null, topic, 10, "practice", timing)
                            .whenComplete((x, e) -> f.complete(null)),
                    windowMs * i / learners * 1000, TimeUnit.MICROSECONDS);
            all[i] = f;
        }
        CompletableFuture.allOf(all).get(10, TimeUnit.MINUTES);
        return timing.result(name, (System.nanoTime() - t0) / 1e9)
                + String.format(java.util.Locale.ROOT, " all_done_s=%.2f", (System.nanoTime() - t0) / 1e9);
    }
}
