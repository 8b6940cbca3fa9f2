package vn.civicsquiz.platform.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * A client that opens a connection and stops half-way through its request does not keep it: the server closes a
 * connection idle for quarkus.http.idle-timeout (a minute in the app; two seconds here), so one client cannot hold
 * thousands of them open until the process runs out of file handles.
 */
@QuarkusTest
@TestProfile(IdleConnectionTest.ShortIdle.class)
class IdleConnectionTest {

    public static class ShortIdle implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.idle-timeout", "2s");
        }
    }

    @TestHTTPResource("/")
    URL root;

    @Test
    void aHalfSentRequestIsClosedOnceIdle() throws Exception {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write("GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long start = System.nanoTime();
            InputStream in = socket.getInputStream();
            int read;
            do {
                read = in.read();
            } while (read >= 0);
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(12_000);
        }
    }

    @Test
    void theAppSetsAMinuteAndPingsGameSockets() throws Exception {
        Properties app = new Properties();
        try (var reader = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            app.load(reader);
        }
        assertThat(app.getProperty("quarkus.http.idle-timeout")).isEqualTo("60s");
        assertThat(app.getProperty("quarkus.websockets-next.server.auto-ping-interval")).isEqualTo("25s");
    }
}
