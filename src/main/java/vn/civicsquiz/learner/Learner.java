package vn.civicsquiz.learner;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Whoever takes quizzes: an account, or a guest known by the hash of a random browser token. A guest who signs
 * up keeps this row (and so every attempt) with the account attached.
 */
@Entity
@Table(name = "learner")
public class Learner extends PanacheEntityBase {

    /** The learner of an account, made on its first need (an account that never answered has none). */
    public static Learner ofAccount(long accountId) {
        getEntityManager().createNativeQuery(
                        "INSERT INTO learner (account_id) VALUES (?1) ON CONFLICT (account_id) DO NOTHING")
                .setParameter(1, accountId).executeUpdate();
        return Learner.<Learner>find("accountId", accountId).firstResultOptional().orElseThrow();
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "account_id")
    public Long accountId;

    /** Opaque public id of a guest, safe to hand to other features (the token itself is never stored). */
    @Column(name = "guest_id")
    public UUID guestId;

    @Column(name = "guest_token_hash", length = 64)
    public String guestTokenHash;

    @Column(length = 40)
    public String nickname;

    /** {@link DisplayNames#sameNameKey} of the nickname: unique, so no two learners show the same name. */
    @Column(name = "nickname_key", length = 160)
    public String nicknameKey;

    @Column(name = "on_leaderboard", nullable = false)
    public boolean onLeaderboard;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "claimed_at")
    public OffsetDateTime claimedAt;

    public LearnerRef ref() {
        return new LearnerRef(id, accountId, accountId == null ? guestId : null);
    }
}
