package vn.civicsquiz.game;

import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import jakarta.annotation.security.RolesAllowed;
import vn.civicsquiz.learner.Role;
import vn.civicsquiz.platform.security.Caller;

/** The host's screen: {@code /ws/host/{id}}, for the teacher who created the game (session cookie or HTTP Basic). */
@WebSocket(path = "/ws/host/{id}")
@RolesAllowed(Role.TEACHER)
public class HostSocket {

    private final GameHost host;
    private final GameSockets sockets;
    private final GameViews views;
    private final Caller caller;
    private final HostSessions sessions;

    public HostSocket(GameHost host, GameSockets sockets, GameViews views, Caller caller, HostSessions sessions) {
        this.host = host;
        this.sockets = sockets;
        this.views = views;
        this.caller = caller;
        this.sessions = sessions;
    }

    @OnOpen
    public String open(WebSocketConnection connection) {
        Game game;
        try {
            game = host.find(caller.accountId(), Long.parseLong(connection.pathParam("id")));
        } catch (RuntimeException notTheirs) {
            connection.close(new CloseReason(4404, "no such game of this host")).subscribe().with(ok -> { }, e -> { });
            return null;
        }
        sockets.attach(connection, game.id, true);
        sessions.opened(connection, caller.accountId());
        return sockets.message(views.host(game));
    }

    @OnClose
    public void close(WebSocketConnection connection) {
        sockets.detach(connection);
        sessions.closed(connection);
    }
}
