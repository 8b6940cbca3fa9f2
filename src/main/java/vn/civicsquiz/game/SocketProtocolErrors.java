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
        if (connection.isOpen()) {
            int code = e.closeStatus() == null ? 1002 : e.closeStatus().code();
            connection.close(new CloseReason(code, "protocol violation")).subscribe().with(ok -> { }, failed -> { });
        }
    }
}
