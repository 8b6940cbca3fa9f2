package vn.civicsquiz.game;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.civicsquiz.platform.access.CreationLimits;
import vn.civicsquiz.platform.security.ClientAddress;

import java.time.Duration;

/**
 * How many times one address may join games in a window. A whole class often shares one address, so the limit
 * is a class's worth of joins and more, yet far from what it takes to try PINs at random.
 */
@ApplicationScoped
public class GameJoins {

    static final String KIND = "game-join";

    private final CreationLimits limits;
    private final Instance<RoutingContext> request;
    private final int max;
    private final Duration window;

    public GameJoins(CreationLimits limits, Instance<RoutingContext> request,
                     @ConfigProperty(name = "quiz.game.joins.max", defaultValue = "300") int max,
                     @ConfigProperty(name = "quiz.game.joins.window", defaultValue = "PT10M") Duration window) {
        this.limits = limits;
        this.request = request;
        this.max = max;
        this.window = window;
    }

    /** Counts one join from the current request's address. @throws vn.civicsquiz.platform.access.TooManyRequests */
    public void take() {
        limits.take(KIND, ClientAddress.of(request.get()), max, window);
    }
}
