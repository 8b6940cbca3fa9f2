package vn.civicsquiz.study;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A learner's study knobs (table study_settings): desired retention and how many new cards a day. */
@Entity
@Table(name = "study_settings")
public class StudyPreferences extends PanacheEntityBase {

    public static final BigDecimal DEFAULT_RETENTION = new BigDecimal("0.90");
    public static final int DEFAULT_DAILY_NEW_LIMIT = 20;

    @Id
    @Column(name = "account_id")
    public Long accountId;

    @Column(name = "desired_retention", nullable = false, precision = 3, scale = 2)
    public BigDecimal desiredRetention = DEFAULT_RETENTION;

    @Column(name = "daily_new_limit", nullable = false)
    public short dailyNewLimit = DEFAULT_DAILY_NEW_LIMIT;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public FsrsSettings fsrs() {
        return FsrsSettings.defaults().withDesiredRetention(desiredRetention.doubleValue());
    }
}
