package vn.civicsquiz.web;

import io.quarkus.runtime.Startup;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Versioned URLs for the style sheets, scripts and icons ({@code {inject:assets.url('/css/app.css')}} gives
 * {@code /css/app.css?v=<content hash>}), so that browsers keep them for a year and still fetch a new file the
 * moment a deploy changes it. A request with the current version is answered as immutable; any other (no
 * version, or an old page's version) must be revalidated.
 */
@Named("assets")
@ApplicationScoped
@Startup
public class StaticAssets {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";
    private static final List<String> FOLDERS = List.of("/css/", "/js/", "/icons/");

    private final Map<String, String> versions = new ConcurrentHashMap<>();

    /** The path with its content version; a path that is not a shipped asset is returned as given. */
    public String url(String path) {
        String version = version(path);
        return version == null ? path : path + "?v=" + version;
    }

    /** The content hash of a shipped file, or null; only files that exist are remembered (a finite set). */
    String version(String path) {
        return versions.computeIfAbsent(path, StaticAssets::hashOf);
    }

    void install(@Observes Router router) {
        for (String folder : FOLDERS) {
            router.route(folder + "*").order(Integer.MIN_VALUE + 10).handler(this::cacheHeaders);
        }
        router.route("/favicon.ico").order(Integer.MIN_VALUE + 10).handler(this::cacheHeaders);
    }

    void cacheHeaders(RoutingContext rc) {
        String requested = rc.request().getParam("v");
        String current = version(rc.normalizedPath());
        boolean immutable = requested != null && requested.equals(current);
        rc.addHeadersEndHandler(v -> {
            if (rc.response().getStatusCode() == 200 || rc.response().getStatusCode() == 304) {
                rc.response().putHeader("Cache-Control", immutable ? IMMUTABLE : REVALIDATE);
            }
        });
        rc.next();
    }

    private static String hashOf(String path) {
        try (InputStream in = StaticAssets.class.getResourceAsStream("/META-INF/resources" + path)) {
            if (in == null || path.contains("..")) {
                return null;
            }
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()), 0, 5);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
