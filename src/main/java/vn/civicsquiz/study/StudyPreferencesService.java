package vn.civicsquiz.study;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** Reads and saves a learner's study settings; a learner who never saved any has the defaults. */
@ApplicationScoped
public class StudyPreferencesService {

    private final EntityManager em;

    private final Clock clock;

    public StudyPreferencesService(EntityManager em, Clock clock) {
        this.clock = clock;
        this.em = em;
    }

    /** The settings, defaults when none are stored; nothing is written. */
    public StudyPreferences of(long accountId) {
        StudyPreferences stored = em.find(StudyPreferences.class, accountId);
        return stored != null ? stored : defaults(accountId);
    }

    /**
     * The learner's settings row, created with the defaults when missing and locked until the transaction ends:
     * it serialises everything that must not run twice at once for one learner (introducing new cards).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public StudyPreferences lock(long accountId) {
        em.createNativeQuery("INSERT INTO study_settings (account_id) VALUES (?1) ON CONFLICT (account_id) DO NOTHING")
                .setParameter(1, accountId).executeUpdate();
        return em.find(StudyPreferences.class, accountId, LockModeType.PESSIMISTIC_WRITE);
    }

    @Transactional
    public StudyPreferences save(long accountId, BigDecimal desiredRetention, int dailyNewLimit) {
        StudyPreferences row = lock(accountId);
        row.desiredRetention = desiredRetention;
        row.dailyNewLimit = (short) dailyNewLimit;
        row.updatedAt = OffsetDateTime.now(clock);
        return row;
    }

    private static StudyPreferences defaults(long accountId) {
        StudyPreferences row = new StudyPreferences();
        row.accountId = accountId;
        return row;
    }
}
