package vn.civicsquiz.platform.security;

import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address a request came from, as far as this app can know it: the socket's peer, or, when that peer is one
 * of the configured trusted proxies, the last address in its X-Forwarded-For (the one the proxy itself saw).
 * The first entry, which Vert.x reports as the remote address, is whatever the client chose to write.
 */
public final class ClientAddress {

    private static volatile Set<String> trusted;

    private ClientAddress() {
    }

    public static String of(RoutingContext http) {
        if (http == null || http.request().connection() == null) {
            return "unknown";
        }
        SocketAddress peer = http.request().connection().remoteAddress();
        String peerHost = peer == null ? "unknown" : peer.hostAddress();
        if (peerHost != null && trustedProxies().contains(normalise(peerHost))) {
            String forwarded = http.request().getHeader("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                String[] hops = forwarded.split(",");
                String last = hops[hops.length - 1].strip();
                return last.length() > 64 ? last.substring(0, 64) : last;
            }
        }
        return peerHost == null ? "unknown" : peerHost;
    }

    private static Set<String> trustedProxies() {
        Set<String> known = trusted;
        if (known == null) {
            List<String> configured = ConfigProvider.getConfig()
                    .getOptionalValues("quarkus.http.proxy.trusted-proxies", String.class).orElse(List.of());
            known = configured.stream().map(ClientAddress::normalise).collect(Collectors.toUnmodifiableSet());
            trusted = known;
        }
        return known;
    }

    private static String normalise(String address) {
        String a = address.strip();
        if (a.startsWith("[") && a.endsWith("]")) {
            a = a.substring(1, a.length() - 1);
        }
        return switch (a) {
            case "0:0:0:0:0:0:0:1", "::1" -> "::1";
            default -> a;
        };
    }
}
