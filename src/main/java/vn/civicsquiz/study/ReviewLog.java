package vn.civicsquiz.study;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One review of a card: what the learner answered, when, and the interval it led to. */
@Entity
@Table(name = "review_log")
public class ReviewLog extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "card_id", nullable = false)
    public long cardId;

    @Column(nullable = false)
    public short rating;

    @Column(nullable = false, length = 8)
    public String origin;

    @Column(name = "phase_before", nullable = false, length = 12)
    public String phaseBefore;

    @Column(name = "reviewed_at", nullable = false)
    public OffsetDateTime reviewedAt;

    @Column(name = "elapsed_days", nullable = false)
    public int elapsedDays;

    @Column(name = "scheduled_days", nullable = false)
    public int scheduledDays;

    @Column(name = "client_review_id")
    public UUID clientReviewId;
}
