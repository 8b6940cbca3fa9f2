package vn.civicsquiz.platform.problem;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;

import static org.assertj.core.api.Assertions.assertThat;

/** A connection the client closed while its body was read is not an error of the app (no ERROR with a stack). */
class ClientGoneTest {

    @Test
    void aClosedChannelUnderTheBodyReadIsTheClientGone() {
        assertThat(ClientGone.isCause(new RuntimeException(new IOException(new ClosedChannelException())))).isTrue();
        assertThat(ClientGone.isCause(new IOException(new io.vertx.core.http.HttpClosedException("Connection was closed"))))
                .isTrue();
    }

    @Test
    void otherInputFailuresAreNot() {
        assertThat(ClientGone.isCause(new IOException("Broken pipe"))).isFalse();
        assertThat(ClientGone.isCause(new IllegalStateException("a bug"))).isFalse();
    }
}
