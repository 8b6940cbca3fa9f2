package vn.civicsquiz.game;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which pages may open a game socket: the app's own (by the request's host or the configured public address). */
class SameOriginSocketsTest {

    @Test
    void ownPagesOpenSocketsAndOtherSitesDoNot() {
        SameOriginSockets behindProxy = new SameOriginSockets(Optional.of(URI.create("https://on-tap.example.vn/")));
        assertThat(behindProxy.allowed("https://on-tap.example.vn", "10.0.0.5:8080")).isTrue();
        assertThat(behindProxy.allowed("HTTPS://ON-TAP.EXAMPLE.VN", "10.0.0.5:8080")).isTrue();
        assertThat(behindProxy.allowed("https://evil.example", "10.0.0.5:8080")).isFalse();
        assertThat(behindProxy.allowed("https://on-tap.example.vn.evil.example", "10.0.0.5:8080")).isFalse();
        assertThat(behindProxy.allowed(null, "10.0.0.5:8080")).as("not a browser: the endpoint decides").isTrue();

        SameOriginSockets direct = new SameOriginSockets(Optional.empty());
        assertThat(direct.allowed("http://localhost:8080", "localhost:8080")).isTrue();
        assertThat(direct.allowed("http://localhost:8081", "localhost:8080")).isFalse();
        assertThat(direct.allowed("null", "localhost:8080")).as("a sandboxed or file page").isFalse();
    }
}
