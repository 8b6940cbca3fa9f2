package vn.civicsquiz.teacher.sets;

import jakarta.enterprise.context.ApplicationScoped;
import vn.civicsquiz.platform.problem.Say;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.civicsquiz.content.text.TextNormaliser;
import vn.civicsquiz.platform.problem.ApiLanguage;
import vn.civicsquiz.platform.problem.Problem;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.teacher.stats.Rows;

/**
 * Question sets, nested like Moodle's question categories. A teacher sees her own sets and the shared ones, files
 * questions in any of them, and changes or deletes only her own. A set is deleted only when it has no subsets and
 * no questions, or after its questions move to another set.
 */
@ApplicationScoped
public class QuestionSets {

    public static final int MAX_NAME = 100;
    /** Deeper nesting than Moodle files ever use; bounds the path walks. */
    public static final int MAX_DEPTH = 20;
    /** Sets one teacher may own: enough for years of courses, few enough to list in one page and one select. */
    public static final int MAX_OWNED = 2_000;

    private static final String VISIBLE = "(s.owner_id = :me OR s.shared)";

    /**
     * The path of each set that meets {@code start} (as {@code tree(id, path, depth)}), walked up from the set to its
     * top: the work grows with the sets asked for, not with every set of every teacher.
     */
    private static String paths(String start) {
        return """
                WITH RECURSIVE up AS (
                    SELECT s.id AS start, s.parent_id AS parent, s.name::text AS path, 1 AS depth
                    FROM question_set s WHERE %s
                    UNION ALL
                    SELECT up.start, p.parent_id, p.name || ' / ' || up.path, up.depth + 1
                    FROM question_set p JOIN up ON p.id = up.parent WHERE up.depth < %d),
                tree AS (SELECT start AS id, path, depth FROM up WHERE parent IS NULL)
                """.formatted(start, MAX_DEPTH);
    }

    private final EntityManager em;
    private final ApiLanguage language;

    public QuestionSets(EntityManager em, ApiLanguage language) {
        this.em = em;
        this.language = language;
    }

    /** Every set the teacher sees, by path. */
    @Transactional
    public List<SetView> list(long teacherId) {
        return list(teacherId, 0, Integer.MAX_VALUE);
    }

    /** One page of the sets the teacher sees, by path. */
    @Transactional
    public List<SetView> list(long teacherId, int page, int size) {
        List<Object[]> rows = em.createNativeQuery(paths(VISIBLE) + select(false) + " ORDER BY t.path, s.id")
                .setParameter("me", teacherId).setFirstResult((int) Math.min(Integer.MAX_VALUE, (long) page * size))
                .setMaxResults(size).getResultList();
        return rows.stream().map(r -> view(r, false)).toList();
    }

    /** How many sets the teacher sees. */
    @Transactional
    public long count(long teacherId) {
        return Rows.asLong(em.createNativeQuery("SELECT count(*) FROM question_set s WHERE " + VISIBLE)
                .setParameter("me", teacherId).getSingleResult());
    }

    @Transactional
    public SetView find(long id, long teacherId) {
        return view(visibleRow(id, teacherId, true), true);
    }

    @Transactional
    public SetView create(long teacherId, SetInput input) {
        if (input == null) {
            throw invalid(List.of(new Problem.FieldError("body", say("một đối tượng JSON có name",
                    "a JSON object with a name"))));
        }
        String name = name(input.name());
        if (input.parent() != null) {
            visibleRow(input.parent(), teacherId, false);
            requireRoomBelow(input.parent(), 1);
        }
        long id = insert(input.parent(), name, teacherId, Boolean.TRUE.equals(input.shared()));
        return find(id, teacherId);
    }

    /** Renames, moves under another set (never under itself or its subsets) or shares; send the version read. */
    @Transactional
    public SetView patch(long id, long teacherId, SetInput input, boolean parentSent) {
        Object[] row = ownedRow(id, teacherId);
        if (input == null || input.version() == null) {
            throw invalid(List.of(new Problem.FieldError("version", say("bắt buộc: phiên bản bạn đã đọc",
                    "required: the version you read"))));
        }
        int version = ((Number) row[3]).intValue();
        if (input.version() != version) {
            throw ProblemException.conflict(say("Bộ câu hỏi " + id + " đã thay đổi từ khi bạn đọc (phiên bản "
                    + version + ", của bạn " + input.version() + "); hãy đọc lại",
                    "Question set " + id + " has changed since you read it (version " + version + ", yours "
                            + input.version() + "); read it again"));
        }
        String name = input.name() == null ? (String) row[1] : name(input.name());
        Long parent = parentSent ? input.parent() : (row[2] == null ? null : Rows.asLong(row[2]));
        if (parentSent && parent != null) {
            visibleRow(parent, teacherId, false);
            if (subtree(id).contains(parent)) {
                throw invalid(List.of(new Problem.FieldError("parent", say(
                        "không thể là chính bộ này hay một bộ con của nó", "cannot be the set itself or one of its "
                                + "subsets"))));
            }
            requireRoomBelow(parent, height(id));
        }
        boolean shared = input.shared() == null ? (Boolean) row[4] : input.shared();
        try {
            em.createNativeQuery("UPDATE question_set SET name = ?1, parent_id = ?2, shared = ?3, version = version + 1 "
                            + "WHERE id = ?4")
                    .setParameter(1, name).setParameter(2, parent).setParameter(3, shared).setParameter(4, id)
                    .executeUpdate();
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            throw nameTaken(name);
        }
        return find(id, teacherId);
    }

    /**
     * Deletes an own set without subsets. Its questions, if any, first move to {@code moveTo} (a set the teacher
     * sees); without it a set holding questions is not deleted.
     */
    @Transactional
    public void delete(long id, long teacherId, Long moveTo) {
        ownedRow(id, teacherId);
        long subsets = Rows.asLong(em.createNativeQuery("SELECT count(*) FROM question_set WHERE parent_id = ?1")
                .setParameter(1, id).getSingleResult());
        if (subsets > 0) {
            throw ProblemException.conflict(say("Bộ câu hỏi " + id + " còn " + subsets + " bộ con; hãy xoá hoặc "
                    + "chuyển chúng trước", "Question set " + id + " still has " + subsets + " subsets; delete or "
                    + "move them first"));
        }
        long questions = directQuestions(id);
        if (questions > 0 && moveTo == null) {
            throw ProblemException.conflict(say("Bộ câu hỏi " + id + " còn " + questions + " câu hỏi; gửi "
                    + "?moveTo=<id bộ khác> để chuyển chúng rồi xoá", "Question set " + id + " still holds "
                    + questions + " questions; send ?moveTo=<another set's id> to move them and delete it"));
        }
        if (moveTo != null) {
            if (moveTo == id) {
                throw invalid(List.of(new Problem.FieldError("moveTo", say("một bộ khác với bộ bị xoá",
                        "a set other than the one deleted"))));
            }
            visibleRow(moveTo, teacherId, false);
            em.createNativeQuery("UPDATE question SET set_id = ?1, version = version + 1 WHERE set_id = ?2")
                    .setParameter(1, moveTo).setParameter(2, id).executeUpdate();
        }
        long used = Rows.asLong(em.createNativeQuery("SELECT count(*) FROM class_assignment_set WHERE set_id = ?1")
                .setParameter(1, id).getSingleResult());
        if (used > 0) {
            throw ProblemException.conflict(say("Bộ câu hỏi " + id + " đang được " + used + " bài tập sử dụng",
                    "Question set " + id + " is used by " + used + " assignments"));
        }
        em.createNativeQuery("DELETE FROM question_set WHERE id = ?1").setParameter(1, id).executeUpdate();
    }

    /** @throws ProblemException 400 naming the field when the teacher does not see that set */
    public void requireVisible(Long setId, long teacherId, String field) {
        if (setId != null && !visible(setId, teacherId)) {
            throw invalid(List.of(new Problem.FieldError(field, say("không có bộ câu hỏi " + setId
                    + " (xem GET /api/v1/sets)", "no question set " + setId + " (see GET /api/v1/sets)"))));
        }
    }

    public boolean visible(long setId, long teacherId) {
        return !em.createNativeQuery("SELECT 1 FROM question_set s WHERE s.id = :id AND " + VISIBLE)
                .setParameter("id", setId).setParameter("me", teacherId).getResultList().isEmpty();
    }

    /** Every set's path of names from the top, by id: the categories an export files questions under. */
    public java.util.Map<Long, List<String>> paths() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, parent_id, name FROM question_set").getResultList();
        java.util.Map<Long, Object[]> byId = new java.util.HashMap<>();
        rows.forEach(r -> byId.put(Rows.asLong(r[0]), r));
        java.util.Map<Long, List<String>> paths = new java.util.HashMap<>();
        for (Long id : byId.keySet()) {
            java.util.LinkedList<String> names = new java.util.LinkedList<>();
            Object[] at = byId.get(id);
            for (int depth = 0; at != null && depth < MAX_DEPTH; depth++) {
                names.addFirst((String) at[2]);
                at = at[1] == null ? null : byId.get(Rows.asLong(at[1]));
            }
            paths.put(id, List.copyOf(names));
        }
        return paths;
    }

    /** The set and every set below it. */
    public List<Long> subtree(long setId) {
        List<?> ids = em.createNativeQuery("""
                        WITH RECURSIVE below AS (
                            SELECT id, 1 AS depth FROM question_set WHERE id = ?1
                            UNION ALL
                            SELECT s.id, b.depth + 1 FROM question_set s JOIN below b ON s.parent_id = b.id
                            WHERE b.depth < ?2)
                        SELECT id FROM below""")
                .setParameter(1, setId).setParameter(2, MAX_DEPTH).getResultList();
        return ids.stream().map(Rows::asLong).toList();
    }

    /**
     * The set at this path of names (a GIFT {@code $CATEGORY}), created under the teacher where missing. At each
     * level an existing set the teacher sees is reused, her own first.
     */
    @Transactional
    public long ensurePath(List<String> names, long teacherId) {
        Long parent = null;
        for (String raw : names.subList(0, Math.min(names.size(), MAX_DEPTH))) {
            String name = clip(TextNormaliser.nfc(raw).strip());
            Optional<Long> existing = em.createNativeQuery("""
                            SELECT s.id FROM question_set s WHERE s.name = :name AND %s
                            AND s.parent_id IS NOT DISTINCT FROM CAST(:parent AS BIGINT)
                            ORDER BY (s.owner_id = :me) DESC NULLS LAST, s.id LIMIT 1""".formatted(VISIBLE))
                    .setParameter("name", name).setParameter("parent", parent).setParameter("me", teacherId)
                    .getResultList().stream().map(Rows::asLong).findFirst();
            parent = existing.isPresent() ? existing.get() : insert(parent, name, teacherId, false);
        }
        return parent;
    }

    private long insert(Long parent, String name, long teacherId, boolean shared) {
        long owned = Rows.asLong(em.createNativeQuery("SELECT count(*) FROM question_set WHERE owner_id = ?1")
                .setParameter(1, teacherId).getSingleResult());
        if (owned >= MAX_OWNED) {
            throw ProblemException.conflict(say("Bạn đã có " + MAX_OWNED + " bộ câu hỏi, mức tối đa; hãy xoá hoặc "
                    + "gộp bớt những bộ không dùng nữa", "You own " + MAX_OWNED + " question sets, the most allowed; "
                    + "delete or merge those you no longer use"));
        }
        List<?> id = em.createNativeQuery("""
                        INSERT INTO question_set (parent_id, name, owner_id, shared) VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT DO NOTHING RETURNING id""")
                .setParameter(1, parent).setParameter(2, name).setParameter(3, teacherId).setParameter(4, shared)
                .getResultList();
        if (id.isEmpty()) {
            throw nameTaken(name);
        }
        return Rows.asLong(id.get(0));
    }

    /**
     * @throws ProblemException 400 on {@code parent} when {@code levels} more levels under it would nest deeper
     *                          than {@link #MAX_DEPTH} (the path walks stop there)
     */
    private void requireRoomBelow(long parent, int levels) {
        int depth = ((Number) em.createNativeQuery("""
                        WITH RECURSIVE up AS (
                            SELECT parent_id, 1 AS depth FROM question_set WHERE id = ?1
                            UNION ALL
                            SELECT s.parent_id, up.depth + 1 FROM question_set s JOIN up ON s.id = up.parent_id
                            WHERE up.depth <= ?2)
                        SELECT max(depth) FROM up""")
                .setParameter(1, parent).setParameter(2, MAX_DEPTH).getSingleResult()).intValue();
        if (depth + levels > MAX_DEPTH) {
            throw invalid(List.of(new Problem.FieldError("parent", say("bộ này đã ở tầng " + depth + "; bộ câu hỏi "
                    + "lồng nhau tối đa " + MAX_DEPTH + " tầng", "that set is at level " + depth + "; question sets "
                    + "nest at most " + MAX_DEPTH + " levels deep"))));
        }
    }

    /** Levels from the set down to its deepest subset, the set itself counted. */
    private int height(long id) {
        return ((Number) em.createNativeQuery("""
                        WITH RECURSIVE below AS (
                            SELECT id, 1 AS depth FROM question_set WHERE id = ?1
                            UNION ALL
                            SELECT s.id, b.depth + 1 FROM question_set s JOIN below b ON s.parent_id = b.id
                            WHERE b.depth <= ?2)
                        SELECT max(depth) FROM below""")
                .setParameter(1, id).setParameter(2, MAX_DEPTH).getSingleResult()).intValue();
    }

    private long directQuestions(long id) {
        return Rows.asLong(em.createNativeQuery("SELECT count(*) FROM question WHERE set_id = ?1")
                .setParameter(1, id).getSingleResult());
    }

    private Object[] visibleRow(long id, long teacherId, boolean withCounts) {
        List<Object[]> rows = em.createNativeQuery(paths("s.id = :id AND " + VISIBLE) + select(withCounts))
                .setParameter("id", id).setParameter("me", teacherId).getResultList();
        if (rows.isEmpty()) {
            throw new ProblemException.NotFound(new Say("Không có bộ câu hỏi " + id,
                    "Question set " + id + " does not exist"));
        }
        return rows.get(0);
    }

    /** id, name, parent_id, version, shared — of a set the teacher made. */
    private Object[] ownedRow(long id, long teacherId) {
        visibleRow(id, teacherId, false);
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT id, name, parent_id, version, shared FROM question_set WHERE id = ?1 AND owner_id = ?2 "
                                + "FOR UPDATE")
                .setParameter(1, id).setParameter(2, teacherId).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notPermitted(new Say("Bộ câu hỏi " + id + " là của giáo viên khác: bạn "
                    + "dùng được nhưng không sửa hay xoá được", "Question set " + id + " belongs to another teacher: "
                    + "you may use it but not change or delete it"));
        }
        return rows.get(0);
    }

    private static String select(boolean withCounts) {
        String counts = withCounts ? """
                (SELECT count(*) FROM question q WHERE q.set_id = s.id),
                (SELECT count(*) FROM question q WHERE q.set_id IN (
                    WITH RECURSIVE below AS (SELECT s.id AS id, 1 AS depth UNION ALL
                        SELECT c.id, b.depth + 1 FROM question_set c JOIN below b ON c.parent_id = b.id
                        WHERE b.depth < %d)
                    SELECT id FROM below))""".formatted(MAX_DEPTH) : "NULL, NULL";
        return """
                SELECT s.id, s.parent_id, s.name, t.path, s.shared, s.owner_id, s.version, %s,
                       (SELECT count(*) FROM question_set c WHERE c.parent_id = s.id), s.created_at
                FROM question_set s JOIN tree t ON t.id = s.id""".formatted(counts);
    }

    private static SetView view(Object[] r, boolean withCounts) {
        return new SetView(Rows.asLong(r[0]), r[1] == null ? null : Rows.asLong(r[1]), (String) r[2], (String) r[3],
                (Boolean) r[4], r[5] == null ? null : Rows.asLong(r[5]), ((Number) r[6]).intValue(),
                withCounts ? Rows.asLong(r[7]) : null, withCounts ? Rows.asLong(r[8]) : null, Rows.asLong(r[9]),
                Rows.asTime(r[10]));
    }

    private String name(String raw) {
        String name = raw == null ? "" : TextNormaliser.nfc(raw).strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw invalid(List.of(new Problem.FieldError("name", say("bắt buộc, 1 đến " + MAX_NAME + " ký tự",
                    "required, 1 to " + MAX_NAME + " characters"))));
        }
        return name;
    }

    private static String clip(String name) {
        String n = name.isEmpty() ? "?" : name;
        if (n.length() <= MAX_NAME) {
            return n;
        }
        int end = MAX_NAME;
        if (Character.isHighSurrogate(n.charAt(end - 1))) {
            end--; // never half a character: the column would keep "?"
        }
        return n.substring(0, end);
    }

    private ProblemException nameTaken(String name) {
        return ProblemException.conflict(say("Đã có bộ câu hỏi tên \"" + name + "\" ở chỗ này",
                "A question set named \"" + name + "\" already exists there"));
    }

    private ProblemException invalid(List<Problem.FieldError> errors) {
        return ProblemException.badRequest(say("Bộ câu hỏi không hợp lệ", "The question set is not valid"),
                new ArrayList<>(errors));
    }

    private String say(String vietnamese, String english) {
        return language.say(vietnamese, english);
    }
}
