package vn.civicsquiz.game;

import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A player's screen: {@code /ws/play/{pin}?token=…}, or the token as the first message ({@code {"token":"…"}} or
 * the bare token). Once known, the player gets the game's state at once and with every change, with its own screen
 * rendered in (see {@link GameSockets}).
 */
@WebSocket(path = "/ws/play/{pin}")
public class PlaySocket {

    private static final io.quarkus.websockets.next.UserData.TypedKey<Boolean> REFUSED =
            io.quarkus.websockets.next.UserData.TypedKey.forBoolean("refused");

    /** How long a socket may stay open without saying which player it is. */
    static final long TOKEN_WAIT_MS = 10_000;

    private final GamePlay play;
    private final GameSockets sockets;
    private final GameViews views;
    private final io.vertx.core.Vertx vertx;

    public PlaySocket(GamePlay play, GameSockets sockets, GameViews views, io.vertx.core.Vertx vertx) {
        this.play = play;
        this.sockets = sockets;
        this.views = views;
        this.vertx = vertx;
    }

    @OnOpen
    public String open(WebSocketConnection connection) {
        String token = queryToken(connection.handshakeRequest().query());
        if (token == null) {
            // a socket that never names its player is closed, not kept open for nothing
            vertx.setTimer(TOKEN_WAIT_MS, id -> {
                if (connection.isOpen() && connection.userData().get(GameSockets.GAME) == null) {
                    connection.close(new CloseReason(4401, "no player token")).subscribe().with(ok -> { }, e -> { });
                }
            });
            return null;
        }
        return attach(connection, token);
    }

    @OnTextMessage
    public String message(WebSocketConnection connection, String text) {
        if (connection.userData().get(GameSockets.GAME) != null || connection.isClosed()
                || Boolean.TRUE.equals(connection.userData().get(REFUSED))) {
            return null; // a known player has nothing more to say here (answers go through the API or the page),
            // and a refused one is being closed: nothing it sends is read
        }
        String token = text.strip();
        if (token.startsWith("{")) {
            int colon = token.indexOf(':');
            token = colon < 0 ? "" : token.substring(colon + 1).replaceAll("[\"}\\s]", "");
        }
        return attach(connection, token);
    }

    private String attach(WebSocketConnection connection, String token) {
        Optional<GamePlayer> player = play.player(token);
        Game game = player.map(p -> {
            try {
                return play.ofPlayer(connection.pathParam("pin"), p);
            } catch (RuntimeException notThisGame) {
                return null;
            }
        }).orElse(null);
        if (game == null) {
            connection.userData().put(REFUSED, true);
            connection.close(new CloseReason(4401, "unknown player token")).subscribe().with(ok -> { }, e -> { });
            return null;
        }
        sockets.attachPlayer(connection, game.id, player.get().id, language(connection));
        return sockets.phoneMessage(views.player(game, player.get()), language(connection));
    }

    @OnClose
    public void close(WebSocketConnection connection) {
        sockets.detach(connection);
    }

    /** The phone's page language, as its pages remember it (the lang cookie), else Vietnamese. */
    static String language(WebSocketConnection connection) {
        String cookies = connection.handshakeRequest().header("Cookie");
        if (cookies != null) {
            for (String cookie : cookies.split(";")) {
                String c = cookie.strip();
                if (c.equals(vn.civicsquiz.web.LanguageResolver.COOKIE + "=en")) {
                    return "en";
                }
            }
        }
        return vn.civicsquiz.web.LanguageResolver.DEFAULT;
    }

    static String queryToken(String query) {
        if (query == null) {
            return null;
        }
        for (String part : query.split("&")) {
            if (part.startsWith("token=")) {
                return URLDecoder.decode(part.substring(6), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
