package vn.civicsquiz.platform;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The packaged application (target/quarkus-app) started as a user starts it, in its own process. */
final class PackagedApp implements AutoCloseable {

    private final Process process;
    final int port;
    final Path log;

    private PackagedApp(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the app with exactly the given extra environment; the database URL of the test run is removed. */
    static PackagedApp start(Map<String, String> env) throws IOException {
        return start(env, freePort());
    }

    /** As {@link #start(Map)} on the given port (a restart keeps its address). */
    static PackagedApp start(Map<String, String> env, int port) throws IOException {
        Path log = Files.createTempFile("civics-quiz-app", ".log");
        log.toFile().deleteOnExit(); // tests read it after the app stopped
        String jar = System.getProperty("quiz.app.jar", "target/quarkus-app/quarkus-run.jar");
        ProcessBuilder builder = new ProcessBuilder(List.of(javaBinary(), "-jar", jar))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("QUARKUS_DATASOURCE"));
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", "packaged-app-test-session-key-0123456789abc");
        builder.environment().putAll(env);
        return new PackagedApp(builder.start(), port, log);
    }

    /** Waits until GET / answers 200; returns how long that took. */
    Duration awaitHome(Duration limit) throws Exception {
        return await("/", limit);
    }

    /** Waits until GET path answers 200; returns how long that took. */
    Duration await(String path, Duration limit) throws Exception {
        long began = System.nanoTime();
        long deadline = began + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("app exited early:\n" + Files.readString(log));
            }
            if (status(path) == 200) {
                return Duration.ofNanos(System.nanoTime() - began);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("app did not serve " + path + " within " + limit + ":\n" + Files.readString(log));
    }

    int status(String path) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create("http://localhost:" + port + path).toURL()
                    .openConnection();
            c.setConnectTimeout(500);
            c.setReadTimeout(5000);
            return c.getResponseCode();
        } catch (IOException e) {
            return -1;
        }
    }

    /** Every process started by the app, however deep. */
    List<ProcessHandle> descendants() {
        return process.descendants().toList();
    }

    long pid() {
        return process.pid();
    }

    /** Kills the app without warning (SIGKILL), as a crash or an OOM killer does. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("app did not die within 30 s");
        }
    }

    /** Stops the app as a service manager does (SIGTERM) and waits for it. */
    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("app did not stop within 60 s; its log: " + log);
        }
    }

    /** Waits for the app to exit by itself (a refused start); returns its exit code and log. */
    Exit awaitExit(Duration limit) throws Exception {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("app still running after " + limit + ":\n" + Files.readString(log));
        }
        String output = Files.readString(log);
        Files.deleteIfExists(log);
        return new Exit(process.exitValue(), output);
    }

    record Exit(int code, String log) {
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
