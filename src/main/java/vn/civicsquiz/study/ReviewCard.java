package vn.civicsquiz.study;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/** One learner's flashcard for one fact, with its FSRS scheduling state. */
@Entity
@Table(name = "review_card")
public class ReviewCard extends PanacheEntityBase {

    public static final String FROM_STUDY = "study";
    public static final String FROM_QUIZ = "quiz";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "account_id", nullable = false)
    public long accountId;

    @Column(name = "fact_id", nullable = false, length = 100)
    public String factId;

    @Column(nullable = false, length = 8)
    public String origin;

    @Column(nullable = false, length = 12)
    public String phase;

    @Column(nullable = false)
    public short step;

    @Column(nullable = false)
    public double stability;

    @Column(nullable = false)
    public double difficulty;

    @Column(nullable = false)
    public int reps;

    @Column(nullable = false)
    public int lapses;

    @Column(nullable = false)
    public OffsetDateTime due;

    @Column(name = "last_review")
    public OffsetDateTime lastReview;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Version
    @Column(nullable = false)
    public int version;

    public CardState state() {
        return new CardState(phase(), step, stability, difficulty, reps, lapses, due.toInstant(),
                lastReview == null ? null : lastReview.toInstant());
    }

    public CardPhase phase() {
        return CardPhase.valueOf(phase.toUpperCase(Locale.ROOT));
    }

    public void apply(CardState next) {
        phase = phaseName(next.phase());
        step = (short) next.step();
        stability = next.stability();
        difficulty = next.difficulty();
        reps = next.reps();
        lapses = next.lapses();
        due = next.due().atOffset(ZoneOffset.UTC);
        lastReview = next.lastReview() == null ? null : next.lastReview().atOffset(ZoneOffset.UTC);
    }

    public static String phaseName(CardPhase phase) {
        return phase.name().toLowerCase(Locale.ROOT);
    }
}
