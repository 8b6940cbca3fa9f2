package vn.civicsquiz.quiz.grading;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Random;

/**
 * Keyed seeds for option orders that are not stored (the study quiz recomputes its question's order when the answer
 * comes back): HMAC-SHA256 under the database's grading_secret (V63), so the order cannot be predicted from what a
 * learner sees, and every instance computes the same one.
 */
@ApplicationScoped
public class LayoutSeeds {

    private final EntityManager em;
    private volatile byte[] key;

    public LayoutSeeds(EntityManager em) {
        this.em = em;
    }

    /** A random source seeded by the secret and the given parts (e.g. card, review count, question). */
    public Random random(String purpose, long... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            ByteBuffer buffer = ByteBuffer.allocate(Long.BYTES * parts.length);
            for (long part : parts) {
                buffer.putLong(part);
            }
            return new Random(ByteBuffer.wrap(mac.doFinal(buffer.array())).getLong());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            String secret = (String) em.createNativeQuery("SELECT secret FROM grading_secret WHERE id = 1")
                    .getSingleResult();
            k = secret.getBytes(StandardCharsets.UTF_8);
            key = k; // immutable once made: caching it keeps instances interchangeable
        }
        return k;
    }
}
