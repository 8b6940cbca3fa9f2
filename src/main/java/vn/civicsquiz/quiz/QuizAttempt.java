package vn.civicsquiz.quiz;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import java.math.BigDecimal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.OffsetDateTime;

/** One quiz a learner started: its questions are fixed in {@link AttemptItem}s when it starts. */
@Entity
@Table(name = "quiz_attempt")
public class QuizAttempt extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "learner_id", nullable = false)
    public Long learnerId;

    @Column(nullable = false, length = 40)
    public String topic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, columnDefinition = "varchar(16)")
    public QuizMode mode;

    /** Built from the learner's mistakes instead of fresh questions. */
    @Column(nullable = false)
    public boolean review;

    @Column(nullable = false)
    public short size;

    @Column(name = "time_limit_seconds")
    public Integer timeLimitSeconds;

    @Column(name = "started_at", nullable = false)
    public OffsetDateTime startedAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;

    /** The sum of the answers' credits, set when the attempt is finished. */
    @Column(precision = 7, scale = 3)
    public BigDecimal score;

    /** The class assignment this attempt was started from, or null. */
    @Column(name = "assignment_id")
    public Long assignmentId;

    @Version
    public int version;

    public boolean finished() {
        return finishedAt != null;
    }

    /** When a timed attempt ends by itself, or null. */
    public OffsetDateTime deadline() {
        return timeLimitSeconds == null ? null : startedAt.plusSeconds(timeLimitSeconds);
    }

    public boolean overdue(OffsetDateTime now) {
        return !finished() && deadline() != null && now.isAfter(deadline());
    }

    public boolean feedbackAfterEachAnswer() {
        return mode == QuizMode.practice;
    }

    /** Time spent, up to the end or to now for an unfinished attempt. */
    public Duration elapsed(OffsetDateTime now) {
        return Duration.between(startedAt, finished() ? finishedAt : now);
    }
}
