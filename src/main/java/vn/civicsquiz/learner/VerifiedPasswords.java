package vn.civicsquiz.learner;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Password/hash pairs that bcrypt has verified recently. API clients send HTTP Basic credentials with every request,
 * and a bcrypt check (tens of milliseconds of CPU) per request would cap a teacher's API at a few dozen requests a
 * second per core.
 * <p>
 * The key is an HMAC of the stored bcrypt hash and the password under a random key that lives only in this
 * process, so a changed password (a new hash) never matches an old entry, on any instance. Only successful checks
 * are remembered: a wrong password always pays the full bcrypt cost. Entries expire after {@link #TTL}; when the
 * map is full it is emptied, which only costs a few bcrypt checks again.
 */
final class VerifiedPasswords {

    static final Duration TTL = Duration.ofMinutes(10);
    static final int MAX_ENTRIES = 10_000;

    private final ConcurrentHashMap<String, Instant> verified = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private final Clock clock;

    VerifiedPasswords(Clock clock) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.clock = clock;
    }

    boolean contains(String password, String hash) {
        Instant expires = verified.get(fingerprint(password, hash));
        return expires != null && clock.instant().isBefore(expires);
    }

    void remember(String password, String hash) {
        if (verified.size() >= MAX_ENTRIES) {
            verified.clear();
        }
        verified.put(fingerprint(password, hash), clock.instant().plus(TTL));
    }

    private String fingerprint(String password, String hash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(hash.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
