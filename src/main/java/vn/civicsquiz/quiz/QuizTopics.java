package vn.civicsquiz.quiz;

import vn.civicsquiz.content.fact.FactSet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The topics a quiz can be about: every fact set, in the order the articles present them, and "mixed". */
public final class QuizTopics {

    public static final String MIXED = "mixed";
    public static final List<String> ALL;

    static {
        List<String> topics = new ArrayList<>();
        for (FactSet set : FactSet.values()) {
            topics.add(set.slug());
        }
        topics.add(MIXED);
        ALL = Collections.unmodifiableList(topics);
    }

    private QuizTopics() {
    }

    public static boolean known(String topic) {
        return topic != null && ALL.contains(topic);
    }

    /** Message key suffix of a topic's name: "nine-tasks" -> "nine_tasks". */
    public static String key(String topic) {
        return topic.replace('-', '_');
    }
}
