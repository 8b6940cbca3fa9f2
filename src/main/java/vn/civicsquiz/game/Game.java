package vn.civicsquiz.game;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** A live game (V80). Times come from the server's clock; the open question closes by itself at {@code closesAt}. */
@Entity
@Table(name = "game")
public class Game extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 6)
    public String pin;

    @Column(name = "host_id", nullable = false)
    public Long hostId;

    @Column(nullable = false, length = 40)
    public String topic;

    @Column(name = "assignment_id")
    public Long assignmentId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "question_ids", nullable = false, columnDefinition = "bigint[]")
    public Long[] questionIds;

    @Column(name = "seconds_per_question", nullable = false)
    public short secondsPerQuestion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8, columnDefinition = "varchar(8)")
    public GameState state;

    @Column(name = "current_index", nullable = false)
    public short currentIndex;

    @Column(name = "opened_at")
    public OffsetDateTime openedAt;

    @Column(name = "closes_at")
    public OffsetDateTime closesAt;

    /** Set while the host has paused the open question: its clock stopped then. */
    @Column(name = "paused_at")
    public OffsetDateTime pausedAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "ended_at")
    public OffsetDateTime endedAt;

    public int size() {
        return questionIds.length;
    }

    public List<Long> questions() {
        return List.of(questionIds);
    }

    /** The question id at a 1-based index. */
    public long questionAt(int index) {
        return questionIds[index - 1];
    }

    /**
     * The state as of {@code now}: an open question whose time is up counts as revealed even before anyone wrote
     * that down, so no timer is needed for a late answer to be refused. A paused question stays open.
     */
    public GameState stateAt(Instant now) {
        if (state == GameState.QUESTION && pausedAt == null && !now.isBefore(closesAt.toInstant())) {
            return GameState.REVEAL;
        }
        return state;
    }

    /** Whether answers are taken: a question is open and not paused. */
    public boolean open(Instant now) {
        return stateAt(now) == GameState.QUESTION && pausedAt == null;
    }

    public boolean paused() {
        return state == GameState.QUESTION && pausedAt != null;
    }

    /** Time left to answer, by the server's clock; a paused question keeps what it had when paused. */
    public java.time.Duration remaining(Instant now) {
        Instant from = pausedAt != null ? pausedAt.toInstant() : now;
        java.time.Duration left = java.time.Duration.between(from, closesAt.toInstant());
        return left.isNegative() ? java.time.Duration.ZERO : left;
    }

    public boolean last() {
        return currentIndex >= size();
    }
}
