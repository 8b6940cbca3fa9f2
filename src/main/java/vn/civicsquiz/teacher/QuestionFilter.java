package vn.civicsquiz.teacher;

import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.civicsquiz.content.text.TextNormaliser;
import vn.civicsquiz.question.QuestionKind;
import vn.civicsquiz.question.QuestionOrigin;
import vn.civicsquiz.question.QuestionStatus;

/**
 * Which questions a list, an export or a statistics report covers. Every field is optional.
 *
 * @param setIds a set with all its subsets (resolved by {@link vn.civicsquiz.teacher.sets.QuestionSets#subtree})
 * @param tag    compared ignoring case
 * @param author the account that wrote or imported the questions
 * @param text   searched in stem and options ignoring diacritics and case ("dang" finds "Đảng")
 */
public record QuestionFilter(String topic, QuestionKind kind, QuestionStatus status, QuestionOrigin origin,
                             List<Long> setIds, String tag, Long author, String text) {

    public static final QuestionFilter NONE = new QuestionFilter(null, null, null, null, null, null, null, null);

    public boolean onlyTopic() {
        return kind == null && status == null && origin == null && setIds == null && tag == null && author == null
                && text == null;
    }

    /** A JPQL condition on {@code Question} (alias-free), its parameters added to {@code params}. */
    String jpql(Map<String, Object> params) {
        StringBuilder where = new StringBuilder("1 = 1");
        eq(where, params, "topic", topic);
        eq(where, params, "kind", kind);
        eq(where, params, "status", status);
        eq(where, params, "origin", origin);
        eq(where, params, "createdBy", author);
        if (setIds != null) {
            where.append(" and setId in :setIds");
            params.put("setIds", setIds);
        }
        if (tag != null) {
            where.append(" and id in (select t.id from Question t join t.tags g where lower(g) = :tag)");
            params.put("tag", tag.toLowerCase(Locale.ROOT));
        }
        if (text != null) {
            where.append(" and searchText like :text escape '\\'");
            params.put("text", pattern(text));
        }
        return where.toString();
    }

    /** The same condition in SQL on the question table under {@code alias}, starting with " AND" when not empty. */
    public String sql(String alias) {
        StringBuilder where = new StringBuilder();
        if (topic != null) {
            where.append(" AND ").append(alias).append(".topic = :f_topic");
        }
        if (kind != null) {
            where.append(" AND ").append(alias).append(".kind = :f_kind");
        }
        if (status != null) {
            where.append(" AND ").append(alias).append(".status = :f_status");
        }
        if (origin != null) {
            where.append(" AND ").append(alias).append(".origin = :f_origin");
        }
        if (author != null) {
            where.append(" AND ").append(alias).append(".created_by = :f_author");
        }
        if (setIds != null) {
            where.append(" AND ").append(alias).append(".set_id IN (:f_sets)");
        }
        if (tag != null) {
            where.append(" AND EXISTS (SELECT 1 FROM question_tag f_t WHERE f_t.question_id = ").append(alias)
                    .append(".id AND lower(f_t.tag) = :f_tag)");
        }
        if (text != null) {
            where.append(" AND ").append(alias).append(".search_text LIKE :f_text ESCAPE '\\'");
        }
        return where.toString();
    }

    public Query bind(Query query) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("f_topic", topic);
        values.put("f_kind", kind == null ? null : kind.name());
        values.put("f_status", status == null ? null : status.name());
        values.put("f_origin", origin == null ? null : origin.name());
        values.put("f_author", author);
        values.put("f_sets", setIds);
        values.put("f_tag", tag == null ? null : tag.toLowerCase(Locale.ROOT));
        values.put("f_text", text == null ? null : pattern(text));
        values.forEach((name, value) -> {
            if (value != null) {
                query.setParameter(name, value);
            }
        });
        return query;
    }

    private static String pattern(String text) {
        String key = TextNormaliser.searchKey(text).strip();
        return "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static void eq(StringBuilder where, Map<String, Object> params, String field, Object value) {
        if (value != null) {
            where.append(" and ").append(field).append(" = :").append(field);
            params.put(field, value);
        }
    }
}
