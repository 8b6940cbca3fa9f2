package vn.civicsquiz.game;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
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

    /**
     * Sends the game's state to each of its hosts' screens connected here, and to its players' if asked.
     *
     * @return whether the game has any screen here
     */
    public boolean push(long gameId, boolean playersToo) {
        List<WebSocketConnection> screens = this.screens.getOrDefault(gameId, Set.of()).stream()
                .filter(c -> c.isOpen() && (playersToo || isHost(c))).toList();
        if (screens.isEmpty()) {
            return this.screens.containsKey(gameId);
        }
        long start = System.nanoTime();
        boolean anyHost = screens.stream().anyMatch(GameSockets::isHost);
        boolean anyPlayer = screens.stream().anyMatch(c -> !isHost(c));
        GameViews.Pushed views = this.views.pushed(gameId, anyHost, anyPlayer).orElse(null);
        if (views == null) {
            return false;
        }
        long read = System.nanoTime();
        String forHosts = anyHost ? message(views.forHosts()) : null;
        String forPlayers = anyPlayer ? message(views.forPlayers()) : null;
        Bodies bodies = new Bodies(views.forPlayers());
        for (WebSocketConnection screen : screens) {
            String text = isHost(screen) ? forHosts : forPhone(screen, forPlayers, views, bodies);
            screen.sendText(text).subscribe().with(ok -> { }, e -> LOG.debugf("A screen went away: %s", e));
        }
        if (LOG.isDebugEnabled()) {
            LOG.debugf("Game %d pushed to %d screens: read %.1f ms, rendered and sent %.1f ms", gameId, screens.size(),
                    (read - start) / 1e6, (System.nanoTime() - read) / 1e6);
        }
        return true;
    }

    /**
     * A phone's message: the players' news with the phone's whole game screen rendered in (its own score, rank
     * and result included), so the phone shows it at once instead of asking for its page again. A player no longer
     * in the game gets the news alone (the page then sends them back to joining).
     */
    private String forPhone(WebSocketConnection screen, String news, GameViews.Pushed views, Bodies bodies) {
        Long player = screen.userData().get(PLAYER);
        GameView.You you = player == null ? null : views.players().get(player);
        if (you == null) {
            return news;
        }
        String language = screen.userData().get(LANGUAGE);
        return withScreen(news, me(views.forPlayers().withYou(you), language), bodies.of(you, language));
    }

    /** The message a phone gets when it connects: its view, and its screen rendered in its language. */
    String phoneMessage(GameView own, String language) {
        return withScreen(message(own), me(own, language), new Bodies(own).of(own.you(), language));
    }

    /** The news (a JSON object) with the screen as one more member: the phone's own line, then the shared body. */
    private static String withScreen(String news, char[] me, char[] body) {
        return new StringBuilder(news.length() + me.length + body.length + 16)
                .append(news, 0, news.length() - 1).append(",\"screen\":\"").append(me).append(body).append("\"}")
                .toString();
    }

    private static char[] me(GameView own, String language) {
        return quoted(PlayPages.Templates.play$me(own).setLocale(locale(language)).render());
    }

    private static java.util.Locale locale(String language) {
        return java.util.Locale.forLanguageTag(language == null ? "vi" : language);
    }

    private static char[] quoted(String html) {
        return JsonStringEncoder.getInstance().quoteAsString(html);
    }

    /**
     * The body of the players' screen for one push, rendered once per language and per way of having answered
     * (answered the open question or not; the last one right, wrong or unanswered, and its points): with 300
     * phones a push renders a handful of bodies and 300 one-line headers instead of 300 whole screens.
     */
    private static final class Bodies {
        private final GameView shared;
        private final Map<String, char[]> rendered = new java.util.HashMap<>();

        Bodies(GameView shared) {
            this.shared = shared;
        }

        char[] of(GameView.You you, String language) {
            GameView.Last last = you == null ? null : you.last();
            String key = language + '|' + (you != null && you.answered()) + '|' + (last == null ? "-"
                    : last.answered() + "|" + last.correct() + "|" + last.points());
            return rendered.computeIfAbsent(key, k -> quoted(PlayPages.Templates.play$body(shared.withYou(you), false,
                    "").setLocale(locale(language)).render()));
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
