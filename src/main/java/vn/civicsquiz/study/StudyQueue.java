package vn.civicsquiz.study;

import jakarta.enterprise.context.ApplicationScoped;
import vn.civicsquiz.platform.problem.Say;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.civicsquiz.content.StoredFact;
import vn.civicsquiz.platform.problem.ProblemException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A learner's due cards. Opening the queue first lets new facts in as 'new' cards, in the facts' curated order,
 * until the learner's daily new-card limit is reached (cards a quiz answer created do not count against it).
 * Cards of retired facts stay stored but are not shown.
 */
@ApplicationScoped
public class StudyQueue {

    /** A card of the queue with what it shows. */
    public record StudyCard(long id, String factId, CardState state, CardFace face) {

        public CardPhase phase() {
            return state.phase();
        }

        public Instant due() {
            return state.due();
        }

        /** The message key of the phase, e.g. {@code phase_new}. */
        public String phaseKey() {
            return "phase_" + ReviewCard.phaseName(state.phase());
        }
    }

    /** How many cards are due now (of them new), and the first of them in due order. */
    public record Due(long dueCount, long newCount, List<StudyCard> cards) {
    }

    /** How many of the learner's cards are due (?2 = now), and how many of them are new. */
    static final String DUE_COUNTS = """
            SELECT count(*), count(*) FILTER (WHERE c.phase = 'new')
            FROM review_card c JOIN fact f ON f.id = c.fact_id
            WHERE c.account_id = ?1 AND c.due <= ?2 AND f.status = 'active'""";

    /** The first ?3 due cards, earliest first: a range scan of review_card (account_id, due), whatever the deck size. */
    static final String FIRST_DUE = """
            SELECT c.id FROM review_card c JOIN fact f ON f.id = c.fact_id
            WHERE c.account_id = ?1 AND c.due <= ?2 AND f.status = 'active'
            ORDER BY c.due, c.id
            LIMIT ?3""";

    private final EntityManager em;
    private final StudyPreferencesService preferences;
    private final StudyConfig config;
    private final java.time.ZoneId zone;

    public StudyQueue(EntityManager em, StudyPreferencesService preferences, StudyConfig config,
                      vn.civicsquiz.quiz.QuizSettings quizSettings) {
        this.zone = quizSettings.studyZone(); // the one zone of the product: study days, quiz timers, deadlines
        this.em = em;
        this.preferences = preferences;
        this.config = config;
    }

    @Transactional
    public Due due(long accountId, Instant now) {
        return due(accountId, now, config.queuePageSize());
    }

    @Transactional
    public Due due(long accountId, Instant now, int maxCards) {
        StudyPreferences settings = preferences.lock(accountId);
        introduceNewCards(accountId, settings.dailyNewLimit, now);
        Object[] counts = (Object[]) em.createNativeQuery(DUE_COUNTS)
                .setParameter(1, accountId).setParameter(2, at(now)).getSingleResult();
        List<StudyCard> cards = maxCards <= 0 ? List.of() : firstDue(accountId, now, maxCards);
        return new Due(((Number) counts[0]).longValue(), ((Number) counts[1]).longValue(), cards);
    }

    private List<StudyCard> firstDue(long accountId, Instant now, int maxCards) {
        @SuppressWarnings("unchecked") // untyped, so that Hibernate's plan cache finds it (see QuestionPicker.run)
        List<Long> ids = ((List<Number>) em.createNativeQuery(FIRST_DUE)
                .setParameter(1, accountId).setParameter(2, at(now)).setParameter(3, maxCards).getResultList())
                .stream().map(Number::longValue).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, StudyCard> byId = new HashMap<>();
        em.createQuery("select c, f from ReviewCard c, StoredFact f where f.id = c.factId and c.id in ?1",
                        Object[].class)
                .setParameter(1, ids).getResultStream()
                .forEach(row -> byId.put(((ReviewCard) row[0]).id, card((ReviewCard) row[0], (StoredFact) row[1])));
        return ids.stream().map(byId::get).toList();
    }

    /** One of the learner's cards, due or not; another learner's card does not exist. */
    @Transactional
    public StudyCard card(long accountId, long cardId) {
        List<Object[]> rows = em.createQuery("""
                        select c, f from ReviewCard c, StoredFact f
                        where f.id = c.factId and c.id = ?1 and c.accountId = ?2""", Object[].class)
                .setParameter(1, cardId).setParameter(2, accountId).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound(new Say("Thẻ " + cardId, "Card " + cardId));
        }
        return card((ReviewCard) rows.get(0)[0], (StoredFact) rows.get(0)[1]);
    }

    private void introduceNewCards(long accountId, int dailyLimit, Instant now) {
        OffsetDateTime startOfDay = LocalDate.ofInstant(now, zone).atStartOfDay(zone)
                .toOffsetDateTime();
        long introducedToday = ((Number) em.createNativeQuery("""
                        SELECT count(*) FROM review_card
                        WHERE account_id = ?1 AND origin = 'study' AND created_at >= ?2""")
                .setParameter(1, accountId).setParameter(2, startOfDay).getSingleResult()).longValue();
        long room = dailyLimit - introducedToday;
        if (room <= 0) {
            return;
        }
        em.createNativeQuery("""
                        INSERT INTO review_card (account_id, fact_id, origin, phase, due, created_at)
                        SELECT ?1, f.id, 'study', 'new', ?2, ?2 FROM fact f
                        WHERE f.status = 'active' AND coalesce(f.attributes ->> 'trap', '') <> 'true'
                          AND NOT EXISTS (SELECT 1 FROM review_card c WHERE c.account_id = ?1 AND c.fact_id = f.id)
                        ORDER BY f.position, f.id
                        LIMIT ?3
                        ON CONFLICT (account_id, fact_id) DO NOTHING""")
                .setParameter(1, accountId).setParameter(2, at(now)).setParameter(3, room).executeUpdate();
    }

    static StudyCard card(ReviewCard card, StoredFact fact) {
        return new StudyCard(card.id, card.factId, card.state(), CardFaces.of(StudyFacts.of(fact)));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
