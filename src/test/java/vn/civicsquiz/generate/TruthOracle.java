package vn.civicsquiz.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.civicsquiz.content.Fact;
import vn.civicsquiz.content.FactSet;
import vn.civicsquiz.content.TextNormaliser;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionDraft.OptionDraft;
import vn.civicsquiz.question.QuestionKind;

/**
 * Decides, from the facts alone and independently of how the generator chose its options, whether a wrong option
 * of a question is in fact true. Returns the problems found, one line each.
 */
final class TruthOracle {

    private static final Pattern NUMBER = Pattern.compile("\\d[\\d.]*(,\\d+)?");
    private static final List<String> ORDINAL_WORDS = List.of("nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám",
            "chín");
    private static final Pattern NTH = Pattern.compile("^(nhiệm vụ trọng tâm|bài học kinh nghiệm) thứ (\\p{L}+) trong");

    private final List<Fact> facts;
    private final Map<String, Fact> byId;

    TruthOracle(List<Fact> facts) {
        this.facts = facts;
        this.byId = facts.stream().collect(Collectors.toMap(Fact::id, Function.identity()));
    }

    List<String> problems(QuestionDraft q) {
        List<String> problems = new ArrayList<>();
        Fact first = byId.get(q.factIds().get(0));
        String stem = TextNormaliser.fold(q.stem());
        for (OptionDraft wrong : wrongOptions(q)) {
            String option = wrong.text();
            if (first.set() == FactSet.FIGURES && stem.endsWith("là bao nhiêu?")
                    && isValueOf(first.attribute("counts"), parse(option))) {
                problems.add("a figure with the same count has the value " + option);
            }
            if (first.set() == FactSet.FIGURES && stem.endsWith("chỉ điều gì?")
                    && countsMatching(option).stream().anyMatch(f -> f.value().compareTo(first.value()) == 0)) {
                problems.add(option + " also has the value " + first.value());
            }
            if (first.set() == FactSet.PEOPLE && stem.contains(", ai là ")
                    && holds(option, first.attribute("role"))) {
                problems.add(option + " holds the role " + first.attribute("role"));
            }
            if (first.set() == FactSet.PEOPLE && stem.endsWith("giữ chức vụ nào?")
                    && holds(first.attribute("name"), option)) {
                problems.add(first.attribute("name") + " holds " + option);
            }
            if (first.set() == FactSet.EVENTS && stem.startsWith("ai chủ trì")
                    && TextNormaliser.fold(option).equals(TextNormaliser.fold(first.attribute("chair")))) {
                problems.add(option + " chaired " + first.attribute("name"));
            }
            if (first.set() == FactSet.PHRASES && stem.endsWith("có nghĩa là gì?")
                    && TextNormaliser.fold(option).equals(TextNormaliser.fold(first.attribute("meaning")))) {
                problems.add(option + " is the meaning of " + first.attribute("phrase"));
            }
            if (q.kind() == QuestionKind.NEGATIVE && !isMember(topic(q), option)) {
                problems.add("a shown option of an odd-one-out question is not a member: " + option);
            }
            if (q.kind() == QuestionKind.MULTIPLE && isMember(topic(q), option)) {
                problems.add("a wrong option of a choose-all question is a member: " + option);
            }
            nthMember(q).filter(expected -> TextNormaliser.fold(expected.label()).equals(TextNormaliser.fold(option)))
                    .ifPresent(expected -> problems.add(option + " is " + expected.id()));
        }
        for (OptionDraft right : q.options().stream().filter(OptionDraft::correct).toList()) {
            if (q.kind() == QuestionKind.NEGATIVE && isMember(topic(q), right.text())) {
                problems.add("the odd one out is a member: " + right.text());
            }
            if (q.kind() == QuestionKind.MULTIPLE && !isMember(topic(q), right.text())) {
                problems.add("a right option of a choose-all question is not a member: " + right.text());
            }
            nthMember(q).filter(expected -> !TextNormaliser.fold(expected.label()).equals(TextNormaliser.fold(right.text())))
                    .ifPresent(expected -> problems.add(right.text() + " marked right but " + expected.id() + " is"));
        }
        return problems;
    }

    private static List<OptionDraft> wrongOptions(QuestionDraft q) {
        if (q.kind() == QuestionKind.TRUE_FALSE || q.kind() == QuestionKind.ORDERING || q.kind() == QuestionKind.MATCHING) {
            return List.of();
        }
        return q.options().stream().filter(o -> !o.correct()).toList();
    }

    private static FactSet topic(QuestionDraft q) {
        return FactSet.fromSlug(q.topic()).orElseThrow();
    }

    /** For "nhiệm vụ trọng tâm thứ ba trong … là gì?", the fact that really is the third. */
    private Optional<Fact> nthMember(QuestionDraft q) {
        Matcher m = NTH.matcher(TextNormaliser.fold(q.stem()));
        if (q.kind() != QuestionKind.SINGLE || !m.find() || !q.stem().endsWith("là gì?")) {
            return Optional.empty();
        }
        int ordinal = ORDINAL_WORDS.indexOf(m.group(2)) + 1;
        FactSet set = m.group(1).startsWith("nhiệm vụ") ? FactSet.NINE_TASKS : FactSet.FIVE_LESSONS;
        return facts.stream().filter(f -> f.set() == set && f.ordinal() != null && f.ordinal() == ordinal).findFirst();
    }

    boolean isMember(FactSet set, String text) {
        return facts.stream().anyMatch(f -> f.set() == set
                && TextNormaliser.fold(f.label()).equals(TextNormaliser.fold(text)));
    }

    private boolean isValueOf(String counts, BigDecimal value) {
        return facts.stream().anyMatch(f -> f.set() == FactSet.FIGURES && f.value() != null
                && TextNormaliser.fold(counts).equals(TextNormaliser.fold(f.attribute("counts")))
                && f.value().compareTo(value) == 0);
    }

    private List<Fact> countsMatching(String option) {
        String folded = TextNormaliser.fold(option);
        return facts.stream().filter(f -> f.set() == FactSet.FIGURES && f.value() != null
                && folded.contains(TextNormaliser.fold(f.attribute("counts")))).toList();
    }

    /** The same person with a role that contains, or is contained in, the other (Tổng Bí thư ⊂ Tổng Bí thư, Chủ tịch nước). */
    private boolean holds(String name, String role) {
        String r = TextNormaliser.fold(role);
        return facts.stream().anyMatch(f -> f.set() == FactSet.PEOPLE
                && TextNormaliser.fold(f.attribute("name")).equals(TextNormaliser.fold(name))
                && (TextNormaliser.fold(f.attribute("role")).contains(r) || r.contains(TextNormaliser.fold(f.attribute("role")))));
    }

    /** "Hơn 1.200 tổ chức" → 1200, "24,8 tỷ USD" → 24.8. */
    static BigDecimal parse(String option) {
        Matcher m = NUMBER.matcher(option);
        if (!m.find()) {
            throw new IllegalArgumentException("no number in " + option);
        }
        return new BigDecimal(m.group().replace(".", "").replace(',', '.'));
    }
}
