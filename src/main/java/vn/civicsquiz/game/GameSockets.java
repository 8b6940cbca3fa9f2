package vn.civicsquiz.game;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.websockets.next.OpenConnections;
import io.quarkus.websockets.next.UserData;
import io.quarkus.websockets.next.WebSocketConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;

/**
 * The open WebSocket connections of each game on this instance, and what is pushed to them: the whole state as
 * {@code {"event": "lobby|opened|closed|ended", "game": {...}}}, the host's view to hosts and the public one
 * (the question without its answer; once closed, the answer, the distribution and the top five) to players.
 */
@ApplicationScoped
public class GameSockets {

    static final UserData.TypedKey<Long> GAME = UserData.TypedKey.forLong("game");
    static final UserData.TypedKey<Boolean> HOST = UserData.TypedKey.forBoolean("host");
    private static final Logger LOG = Logger.getLogger(GameSockets.class);

    private final OpenConnections connections;
    private final GameViews views;
    private final EntityManager em;
    private final ObjectMapper json;

    public GameSockets(OpenConnections connections, GameViews views, EntityManager em, ObjectMapper json) {
        this.connections = connections;
        this.views = views;
        this.em = em;
        this.json = json;
    }

    /** Marks a connection as one of this game's screens. */
    static void attach(WebSocketConnection connection, long gameId, boolean host) {
        connection.userData().put(GAME, gameId);
        connection.userData().put(HOST, host);
    }

    /** Sends the game's state to each of its hosts' screens connected here, and to its players' if asked. */
    public void push(long gameId, boolean playersToo) {
        List<WebSocketConnection> screens = connections.stream()
                .filter(c -> c.isOpen() && Long.valueOf(gameId).equals(c.userData().get(GAME)))
                .filter(c -> playersToo || Boolean.TRUE.equals(c.userData().get(HOST))).toList();
        if (screens.isEmpty()) {
            return;
        }
        Game game = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> em.find(Game.class, gameId));
        if (game == null) {
            return;
        }
        String forHosts = null;
        String forPlayers = null;
        for (WebSocketConnection screen : screens) {
            boolean host = Boolean.TRUE.equals(screen.userData().get(HOST));
            String message;
            if (host) {
                message = forHosts = forHosts != null ? forHosts : message(views.host(game));
            } else {
                message = forPlayers = forPlayers != null ? forPlayers : message(views.everyone(game));
            }
            screen.sendText(message).subscribe().with(ok -> { }, e -> LOG.debugf("A screen went away: %s", e));
        }
    }

    String message(GameView view) {
        String event = switch (view.state()) {
            case LOBBY -> "lobby";
            case QUESTION -> "opened";
            case REVEAL -> "closed";
            case ENDED -> "ended";
        };
        try {
            return json.writeValueAsString(Map.of("event", event, "game", view));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A game view is always serialisable", e);
        }
    }
}
