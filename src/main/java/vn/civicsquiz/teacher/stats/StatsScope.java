package vn.civicsquiz.teacher.stats;

import jakarta.persistence.Query;
import vn.civicsquiz.teacher.QuestionFilter;

/**
 * Which answers a report covers: everyone's, or those of one class's members; optionally one topic. Builds the
 * SQL fragments so each query names the class and topic only when they are set.
 */
record StatsScope(Long classId, String topic, QuestionFilter filter) {

    StatsScope(Long classId, String topic) {
        this(classId, topic, QuestionFilter.NONE);
    }

    /** The topic and the other question filters (set, tag, author, origin) on the question alias. */
    String questionCondition(String questionAlias) {
        return topicCondition(questionAlias) + filter.sql(questionAlias);
    }

    boolean filtered() {
        return !filter.onlyTopic();
    }

    /** Binds the class, the topic and the other filters: only for queries built with {@link #questionCondition}. */
    Query bindAll(Query query) {
        return filter.bind(bind(query));
    }

    /** Learner rows of the class members (only with a class). */
    static final String MEMBERS = """
            members AS (SELECT l.id AS learner_id FROM class_member m JOIN learner l ON l.account_id = m.account_id
                        WHERE m.class_id = :classId)""";

    boolean byClass() {
        return classId != null;
    }

    String topicCondition(String questionAlias) {
        return topic == null ? "" : " AND " + questionAlias + ".topic = :topic";
    }

    Query bind(Query query) {
        if (classId != null) {
            query.setParameter("classId", classId);
        }
        if (topic != null) {
            query.setParameter("topic", topic);
        }
        return query;
    }
}
