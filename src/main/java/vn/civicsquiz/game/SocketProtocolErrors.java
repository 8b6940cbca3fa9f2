package vn.civicsquiz.game;

import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OnError;
import io.quarkus.websockets.next.WebSocketConnection;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * A client that breaks the WebSocket protocol (a frame over the size limit, a malformed frame) is closed with the
 * protocol's code and noted at DEBUG: it is the client's mistake, and a stack trace per frame would let anyone fill
 * the log.
 */
@ApplicationScoped
public class SocketProtocolErrors {

    private static final Logger LOG = Logger.getLogger(SocketProtocolErrors.class);

    @OnError
    void refused(WebSocketConnection connection, CorruptedWebSocketFrameException e) {
        LOG.debugf("WebSocket %s closed after a protocol violation: %s", connection.handshakeRequest().path(),
                e.getMessage());
        close(connection, e.closeStatus() == null ? 1002 : e.closeStatus().code());
    }

    /**
     * Vert.x refuses a message assembled from frames past {@code quarkus.websockets-next.server.max-message-size}
     * with an IllegalStateException; any other one is a fault of the app and is logged as the default handler would.
     */
    @OnError
    void tooLong(WebSocketConnection connection, IllegalStateException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("max message size")) {
            LOG.debugf("WebSocket %s closed after a message over the size limit: %s",
                    connection.handshakeRequest().path(), message);
            close(connection, 1009);
        } else {
            LOG.errorf(e, "Unhandled error on WebSocket %s", connection.handshakeRequest().path());
            close(connection, 1011);
        }
    }

    private static void close(WebSocketConnection connection, int code) {
        if (connection.isOpen()) {
            connection.close(new CloseReason(code, "")).subscribe().with(ok -> { }, failed -> { });
        }
    }
}
