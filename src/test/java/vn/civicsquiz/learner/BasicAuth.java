package vn.civicsquiz.learner;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** An HTTP Basic header encoded as UTF-8 (RFC 7617), as curl and browsers send it for Vietnamese names. */
public final class BasicAuth {

    private BasicAuth() {
    }

    public static String header(String username, String password) {
        return "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
