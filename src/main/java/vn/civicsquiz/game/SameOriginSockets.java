package vn.civicsquiz.game;

import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A game socket opened by a browser must be opened by one of this app's pages: a handshake whose Origin is another
 * site is refused with 403 (browsers send the page's cookies with a WebSocket handshake, and no CORS rule stops a
 * foreign page from reading what the socket then says). Clients that send no Origin (not browsers) are let through
 * to the endpoint's own checks.
 */
@ApplicationScoped
public class SameOriginSockets implements HttpUpgradeCheck {

    private final Optional<URI> publicUrl;

    public SameOriginSockets(@ConfigProperty(name = "quiz.public-url") Optional<URI> publicUrl) {
        this.publicUrl = publicUrl;
    }

    @Override
    public Uni<CheckResult> perform(HttpUpgradeContext context) {
        var request = context.httpRequest();
        String origin = request.getHeader("Origin");
        // the Host header as sent, and as the forwarding rules (quarkus.http.proxy.*) made it
        return allowed(origin, request.getHeader("Host")) || allowed(origin, request.host())
                ? CheckResult.permitUpgrade() : CheckResult.rejectUpgrade(403);
    }

    boolean allowed(String origin, String host) {
        if (origin == null) {
            return true;
        }
        if (host != null && (origin.equalsIgnoreCase("http://" + host) || origin.equalsIgnoreCase("https://" + host))) {
            return true;
        }
        return publicUrl.map(url -> origin.equalsIgnoreCase(url.getScheme() + "://" + url.getAuthority()))
                .orElse(false);
    }
}
