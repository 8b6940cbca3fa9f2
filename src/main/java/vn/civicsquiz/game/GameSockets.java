package vn.civicsquiz.game;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.websockets.next.UserData;
import io.quarkus.websockets.next.WebSocketConnection;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open WebSocket connections of each game on this instance, and what is pushed to them: the whole state as
 * {@code {"event": "lobby|opened|closed|ended", "game": {...}}}, the host's view to hosts and the public one
 * (the question without its answer; once closed, the answer, the distribution and the top five) to players, each
 * phone's with its own screen rendered in ({@code "screen"}): a change costs one read of the standings for the whole
 * game, not one page request per phone.
 */
@ApplicationScoped
public class GameSockets {

    static final UserData.TypedKey<Long> GAME = UserData.TypedKey.forLong("game");
    static final UserData.TypedKey<Boolean> HOST = UserData.TypedKey.forBoolean("host");
    static final UserData.TypedKey<Long> PLAYER = UserData.TypedKey.forLong("player");
    static final UserData.TypedKey<String> LANGUAGE = UserData.TypedKey.forString("language");
    private static final Logger LOG = Logger.getLogger(GameSockets.class);

    private final GameViews views;
    private final ObjectMapper json;

    public GameSockets(GameViews views, ObjectMapper json) {
        this.views = views;
        this.json = json;
    }

    /**
     * Each game's screens on this instance. A push looks up its game's screens here instead of going through every
     * open connection (with 20 games of 40 that scan, made for each answer's push to the host, was most of the
     * push's time).
     */
    private final Map<Long, Set<WebSocketConnection>> screens = new ConcurrentHashMap<>();

    /** Marks a connection as one of this game's screens. */
    void attach(WebSocketConnection connection, long gameId, boolean host) {
        connection.userData().put(GAME, gameId);
        connection.userData().put(HOST, host);
        screens.computeIfAbsent(gameId, id -> ConcurrentHashMap.newKeySet()).add(connection);
    }

    /** Marks a connection as this player's phone, whose screen is rendered in the page's language. */
    void attachPlayer(WebSocketConnection connection, long gameId, long playerId, String language) {
        connection.userData().put(PLAYER, playerId);
        connection.userData().put(LANGUAGE, language);
        attach(connection, gameId, false);
    }

    /** Forgets a closed screen. */
    void detach(WebSocketConnection connection) {
        Long gameId = connection.userData().get(GAME);
        if (gameId != null) {
            screens.computeIfPresent(gameId, (id, set) -> {
                set.remove(connection);
                return set.isEmpty() ? null : set;
            });
        }
    }

    /** Sends the game's state to each of its hosts' screens connected here, and to its players' if asked. */
    public void push(long gameId, boolean playersToo) {
        List<WebSocketConnection> screens = this.screens.getOrDefault(gameId, Set.of()).stream()
                .filter(c -> c.isOpen() && (playersToo || isHost(c))).toList();
        if (screens.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        boolean anyHost = screens.stream().anyMatch(GameSockets::isHost);
        boolean anyPlayer = screens.stream().anyMatch(c -> !isHost(c));
        GameViews.Pushed views = this.views.pushed(gameId, anyHost, anyPlayer).orElse(null);
        if (views == null) {
            return;
        }
        long read = System.nanoTime();
        String forHosts = anyHost ? message(views.forHosts()) : null;
        String forPlayers = anyPlayer ? message(views.forPlayers()) : null;
        for (WebSocketConnection screen : screens) {
            String text = isHost(screen) ? forHosts : forPhone(screen, forPlayers, views);
            screen.sendText(text).subscribe().with(ok -> { }, e -> LOG.debugf("A screen went away: %s", e));
        }
        if (LOG.isDebugEnabled()) {
            LOG.debugf("Game %d pushed to %d screens: read %.1f ms, rendered and sent %.1f ms", gameId, screens.size(),
                    (read - start) / 1e6, (System.nanoTime() - read) / 1e6);
        }
    }

    /**
     * A phone's message: the players' news with the phone's whole game screen rendered in (its own score, rank
     * and result included), so the phone shows it at once instead of asking for its page again. A player no longer
     * in the game gets the news alone (the page then sends them back to joining).
     */
    private String forPhone(WebSocketConnection screen, String news, GameViews.Pushed views) {
        Long player = screen.userData().get(PLAYER);
        GameView.You you = player == null ? null : views.players().get(player);
        return you == null ? news : withScreen(news, views.forPlayers().withYou(you), screen.userData().get(LANGUAGE));
    }

    /** The message a phone gets when it connects: its view, and its screen rendered in its language. */
    String phoneMessage(GameView own, String language) {
        return withScreen(message(own), own, language);
    }

    private String withScreen(String message, GameView own, String language) {
        String html = PlayPages.Templates.play$screen(own, false, "")
                .setLocale(java.util.Locale.forLanguageTag(language == null ? "vi" : language)).render();
        try {
            // the news is a JSON object: the screen goes in as one more member
            return message.substring(0, message.length() - 1) + ",\"screen\":" + json.writeValueAsString(html) + "}";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A string is always serialisable", e);
        }
    }

    private static boolean isHost(WebSocketConnection screen) {
        return Boolean.TRUE.equals(screen.userData().get(HOST));
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
