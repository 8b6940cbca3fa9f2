package vn.civicsquiz.platform.problem;

import java.nio.channels.ClosedChannelException;

/** Recognises, anywhere in a cause chain, that the client closed its connection before its request was read. */
final class ClientGone {

    private ClientGone() {
    }

    static boolean isCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ClosedChannelException
                    || t.getClass().getName().equals("io.vertx.core.http.HttpClosedException")) {
                return true;
            }
        }
        return false;
    }
}
