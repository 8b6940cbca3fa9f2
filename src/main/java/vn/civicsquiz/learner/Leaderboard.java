package vn.civicsquiz.learner;

import jakarta.enterprise.context.ApplicationScoped;
import vn.civicsquiz.platform.problem.Say;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.quiz.QuizSettings;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The opt-in leaderboard: signed-in learners who chose a nickname, ranked by questions answered correctly, all
 * time or this week, among every learner or a class's members.
 */
@ApplicationScoped
public class Leaderboard {

    static final int SIZE = 20;
    /** First key of the advisory locks taken while a nickname is chosen (the second is the name's hash). */
    private static final int NICKNAME_LOCK = 0x4e69636b;

    /** @param you whether the row is the current learner's */
    public record Row(int rank, String nickname, int points, boolean you) {
    }

    /** All time, or the week so far (from Monday 00:00 in the product's time zone). */
    public enum Period {
        week, all;

        public static Period parse(String value) {
            return "week".equals(value) ? week : all;
        }
    }

    /**
     * One board as shown.
     *
     * @param classId   the class whose members it ranks, or null for every learner
     * @param weekStart when the week began, for {@link Period#week}; null otherwise
     */
    public record Board(Period period, Long classId, OffsetDateTime weekStart, List<Row> rows) {
    }

    /** A class the learner is a member of, to rank among its members. */
    public record ClassChoice(long id, String name) {
    }

    private final EntityManager em;
    private final Clock clock;
    private final ZoneId zone;

    public Leaderboard(EntityManager em, Clock clock, QuizSettings settings) {
        this.em = em;
        this.clock = clock;
        this.zone = settings.studyZone();
    }

    public List<Row> top(Long currentLearnerId) {
        return board(currentLearnerId, null, Period.all, null).rows();
    }

    /**
     * The board of a period, of every learner or of one class's members; only learners who opted in appear. All
     * time counts the questions a learner ever got right; a week counts those answered right in that week, from
     * the stored answers.
     *
     * @param accountId the current learner's account (null for a guest): a class board is only for its members
     * @throws ProblemException 404 for a class the learner is not a member of
     */
    @Transactional
    public Board board(Long currentLearnerId, Long accountId, Period period, Long classId) {
        if (classId != null && classesOf(accountId).stream().noneMatch(c -> c.id() == classId)) {
            throw ProblemException.notFound(new Say("Lớp " + classId, "Class " + classId));
        }
        String members = classId == null ? "" : " AND l.account_id IN (SELECT account_id FROM class_member WHERE class_id = :classId)";
        OffsetDateTime weekStart = period == Period.week ? weekStart() : null;
        var query = em.createNativeQuery(period == Period.all ? """
                        SELECT l.id, l.nickname, count(lq.question_id) AS points
                        FROM learner l LEFT JOIN learner_question lq ON lq.learner_id = l.id AND lq.correct_count > 0
                        WHERE l.on_leaderboard AND l.account_id IS NOT NULL""" + members + """

                        GROUP BY l.id, l.nickname ORDER BY points DESC, l.nickname LIMIT :size""" : """
                        SELECT l.id, l.nickname, count(DISTINCT a.question_id) AS points
                        FROM learner l JOIN quiz_attempt qa ON qa.learner_id = l.id
                        JOIN attempt_answer a ON a.attempt_id = qa.id AND a.correct AND a.answered_at >= :since
                          AND (qa.mode = 'practice' OR qa.finished_at IS NOT NULL)
                        WHERE l.on_leaderboard AND l.account_id IS NOT NULL""" + members + """

                        GROUP BY l.id, l.nickname ORDER BY points DESC, l.nickname LIMIT :size""")
                .setParameter("size", SIZE);
        if (weekStart != null) {
            query.setParameter("since", weekStart);
        }
        if (classId != null) {
            query.setParameter("classId", classId);
        }
        return new Board(period, classId, weekStart, ranked(query.getResultList(), currentLearnerId));
    }

    /** Monday 00:00 of this week in the product's time zone. */
    public OffsetDateTime weekStart() {
        return LocalDate.now(clock.withZone(zone)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .atStartOfDay(zone).toOffsetDateTime();
    }

    /** The classes the account is a member of, by name; none for a guest. */
    @Transactional
    public List<ClassChoice> classesOf(Long accountId) {
        if (accountId == null) {
            return List.of();
        }
        List<?> rows = em.createNativeQuery("""
                        SELECT c.id, c.name FROM school_class c JOIN class_member m ON m.class_id = c.id
                        WHERE m.account_id = ?1 ORDER BY c.name, c.id""")
                .setParameter(1, accountId).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(c -> new ClassChoice(((Number) c[0]).longValue(), (String) c[1])).toList();
    }

    /** Equal points share a rank. */
    private static List<Row> ranked(List<?> rows, Long currentLearnerId) {
        List<Row> board = new ArrayList<>();
        int rank = 0;
        long previous = -1;
        for (int i = 0; i < rows.size(); i++) {
            Object[] c = (Object[]) rows.get(i);
            long points = ((Number) c[2]).longValue();
            rank = points == previous ? rank : i + 1;
            previous = points;
            board.add(new Row(rank, (String) c[1], (int) points, currentLearnerId != null
                    && currentLearnerId == ((Number) c[0]).longValue()));
        }
        return board;
    }

    /** What became of a learner's leaderboard choice. */
    public enum Choice {
        SAVED, INVALID, TAKEN
    }

    /**
     * Saves whether the learner shows on the board and under which nickname (checked by {@link DisplayNames}); a
     * nickname another learner holds, ignoring case and diacritics, is refused. Nothing changes unless saved.
     */
    @Transactional
    public Choice choose(long learnerId, boolean onBoard, String nickname) {
        Optional<String> name;
        try {
            name = onBoard ? Optional.of(DisplayNames.require(nickname, DisplayNames.Kind.NICKNAME))
                    : DisplayNames.check(nickname, DisplayNames.Kind.NICKNAME);
        } catch (AccountException e) {
            return Choice.INVALID;
        }
        String key = name.map(DisplayNames::sameNameKey).orElse(null);
        if (key != null) {
            // learners choosing the same name at once take turns; the unique index backs this up
            em.createNativeQuery("SELECT pg_advisory_xact_lock(?1, hashtext(?2))")
                    .setParameter(1, NICKNAME_LOCK).setParameter(2, key).getSingleResult();
            boolean taken = !em.createNativeQuery("SELECT 1 FROM learner WHERE nickname_key = ?1 AND id <> ?2")
                    .setParameter(1, key).setParameter(2, learnerId).getResultList().isEmpty();
            if (taken) {
                return Choice.TAKEN;
            }
        }
        Learner learner = Learner.findById(learnerId);
        learner.onLeaderboard = onBoard;
        learner.nickname = name.orElse(null);
        learner.nicknameKey = key;
        return Choice.SAVED;
    }

    /**
     * Nicknames saved before they had keys get theirs, oldest learner first; a later learner whose nickname
     * means the same as an earlier one's loses it and leaves the board until they choose another.
     */
    @Transactional
    public int keyEarlierNicknames() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, nickname FROM learner WHERE nickname IS NOT NULL AND nickname_key IS NULL ORDER BY id""")
                .getResultList();
        int keyed = 0;
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            String key = DisplayNames.sameNameKey((String) row[1]);
            boolean taken = !em.createNativeQuery("SELECT 1 FROM learner WHERE nickname_key = ?1")
                    .setParameter(1, key).getResultList().isEmpty();
            if (taken) {
                em.createNativeQuery("UPDATE learner SET nickname = NULL, on_leaderboard = false WHERE id = ?1")
                        .setParameter(1, id).executeUpdate();
            } else {
                em.createNativeQuery("UPDATE learner SET nickname_key = ?2 WHERE id = ?1")
                        .setParameter(1, id).setParameter(2, key).executeUpdate();
            }
            keyed++;
        }
        return keyed;
    }

    void onStart(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent event) {
        keyEarlierNicknames();
    }
}
