package vn.civicsquiz.study;

import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.content.fact.FactSet;
import vn.civicsquiz.question.SourceLink;

import java.util.List;

/**
 * Turns a fact into a flashcard: a question that the fact answers. Card text is article content and, like the
 * questions, stays Vietnamese whatever the interface language.
 */
public final class CardFaces {

    private static final List<String> ORDINALS =
            List.of("nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười");

    private CardFaces() {
    }

    public static CardFace of(Fact fact) {
        return new CardFace(front(fact), answer(fact), fact.text(), fact.quote(),
                SourceLink.to(fact.source(), fact.id()));
    }

    static String front(Fact fact) {
        return switch (fact.set()) {
            case NINE_TASKS -> ordered(fact, "Nhiệm vụ trọng tâm thứ %s của công tác đối ngoại là gì?");
            case FIVE_LESSONS -> ordered(fact, "Bài học kinh nghiệm thứ %s của đối ngoại thời kỳ Đổi mới là gì?");
            case THREE_PILLARS -> ordered(fact, "Trụ cột thứ %s của nền ngoại giao toàn diện, hiện đại là gì?");
            case FIGURES -> fact.attribute("counts") == null
                    ? "Bài báo nêu con số nào (" + when(fact.asOf()) + ") về: " + fact.unit() + "?"
                    : "Bao nhiêu " + fact.attribute("counts") + "? (" + when(fact.asOf()) + ")";
            case PEOPLE -> name(fact) + " giữ chức vụ gì? (" + when(fact.asOf()) + ")";
            case EVENTS -> "Bài báo cho biết gì về “" + fact.label() + "”?";
            case PHRASES -> fact.attribute("meaning") != null
                    ? "“" + phrase(fact) + "” nghĩa là gì?"
                    : "Cụm từ “" + phrase(fact) + "” được nói đến trong bối cảnh nào?";
        };
    }

    static String answer(Fact fact) {
        return switch (fact.set()) {
            case PEOPLE -> fact.attribute("role") == null ? fact.label() : fact.attribute("role");
            case PHRASES -> fact.attribute("meaning") != null ? fact.attribute("meaning")
                    : fact.attribute("context") != null ? fact.attribute("context") : fact.label();
            default -> fact.label();
        };
    }

    /** "2021-12-14" -> "14/12/2021", "2021-12" -> "12/2021", "2024" -> "2024". */
    static String when(String asOf) {
        String[] parts = asOf.split("-");
        return switch (parts.length) {
            case 3 -> Integer.parseInt(parts[2]) + "/" + Integer.parseInt(parts[1]) + "/" + parts[0];
            case 2 -> Integer.parseInt(parts[1]) + "/" + parts[0];
            default -> asOf;
        };
    }

    private static String ordered(Fact fact, String pattern) {
        Integer ordinal = fact.ordinal();
        if (ordinal == null || ordinal < 1 || ordinal > ORDINALS.size()) {
            return "“" + fact.label() + "” — hãy nêu đầy đủ.";
        }
        return String.format(pattern, ORDINALS.get(ordinal - 1));
    }

    private static String name(Fact fact) {
        return fact.attribute("name") == null ? fact.label() : fact.attribute("name");
    }

    private static String phrase(Fact fact) {
        return fact.attribute("phrase") == null ? fact.label() : fact.attribute("phrase");
    }

    /** Trap facts exist to be confused with a set; studying them as cards would teach the confusion. */
    public static boolean studied(Fact fact) {
        return !(fact.set() == FactSet.PHRASES && "true".equals(fact.attribute("trap")));
    }
}
