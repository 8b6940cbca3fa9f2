package vn.civicsquiz.game;

import io.restassured.path.json.JsonPath;

import java.net.http.WebSocket;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Collects the text messages of one game screen's WebSocket (a phone or the host's projector). */
public final class SocketInbox implements WebSocket.Listener {

    final LinkedBlockingQueue<String> messages = new LinkedBlockingQueue<>();
    /** The close code the server sent, once it closed the socket. */
    final java.util.concurrent.CompletableFuture<Integer> closed = new java.util.concurrent.CompletableFuture<>();

    @Override
    public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            messages.add(partial.toString());
            partial.setLength(0);
        }
        socket.request(1);
        return null;
    }

    /** The next message, within 20 s. */
    public JsonPath next() throws InterruptedException {
        String message = messages.poll(20, TimeUnit.SECONDS);
        assertThat(message).as("a message within 20 s").isNotNull();
        return JsonPath.from(message);
    }

    /** The next message whose event is this one (earlier news may still be on its way). */
    public JsonPath next(String event) throws InterruptedException {
        for (int i = 0; i < 20; i++) {
            JsonPath message = next();
            if (event.equals(message.getString("event"))) {
                return message;
            }
        }
        throw new AssertionError("no " + event + " message");
    }

    /** The next message within the time given, or null when none came. */
    public String poll(long millis) throws InterruptedException {
        return messages.poll(millis, TimeUnit.MILLISECONDS);
    }
}
