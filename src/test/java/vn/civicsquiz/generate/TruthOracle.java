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

import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.content.fact.FactSet;
import vn.civicsquiz.content.fact.FigureBound;
import vn.civicsquiz.content.text.TextNormaliser;
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

    private static final Pattern WHICH_EVENT_ON = Pattern.compile(
            "^theo các bài viết, (sự kiện|văn bản) nào (diễn ra|được ban hành) vào ");

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
            if (first.set() == FactSet.FIGURES && stem.contains(", có bao nhiêu ")
                    && isValueOf(first, parse(option))) {
                problems.add("a figure with the same count has the value " + option);
            }
            if (first.set() == FactSet.FIGURES && q.stem().startsWith(FigureWording.FILL_IN)
                    && FigureBound.of(first).alsoTrueWith(first.value(), parse(option))) {
                problems.add("the article's «" + FigureWording.bare(first) + "» makes " + option + " true as well");
            }
            if (first.set() == FactSet.FIGURES && stem.endsWith("chỉ điều gì?")
                    && countsMatching(option).stream().anyMatch(f -> isValueOf(f, first.value()))) {
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
                    && chairedBySomeoneIn(first, option)) {
                problems.add(option + " chaired " + first.attribute("name"));
            }
            if (first.set() == FactSet.PHRASES && stem.endsWith("có nghĩa là gì?")
                    && TextNormaliser.fold(option).equals(TextNormaliser.fold(first.attribute("meaning")))) {
                problems.add(option + " is the meaning of " + first.attribute("phrase"));
            }
            if (first.set() == FactSet.EVENTS && WHICH_EVENT_ON.matcher(stem).find()
                    && sameNameDatedWithin(option, first.attribute("date"))) {
                problems.add(option + " also falls on " + first.attribute("date"));
            }
            if (first.set() == FactSet.PHRASES && (stem.endsWith("được nêu trong bối cảnh nào?")
                    || stem.endsWith("được nêu trong bối cảnh nào sau đây?"))
                    && namedMemberSays(option, first.attribute("phrase"))) {
                problems.add(first.attribute("phrase") + " is also said in " + option);
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

    /** The option names a person (name inside "role name") who chaired an event of this name. */
    private boolean chairedBySomeoneIn(Fact event, String option) {
        String folded = TextNormaliser.fold(option);
        return facts.stream().filter(f -> f.set() == FactSet.EVENTS && f.attribute("chair") != null
                        && TextNormaliser.fold(f.attribute("name")).equals(TextNormaliser.fold(event.attribute("name"))))
                .anyMatch(f -> folded.equals(TextNormaliser.fold(f.attribute("chair"))) || facts.stream()
                        .filter(p -> p.set() == FactSet.PEOPLE && folded.contains(TextNormaliser.fold(p.attribute("name"))))
                        .anyMatch(p -> TextNormaliser.fold(f.attribute("chair")).contains(TextNormaliser.fold(p.attribute("name")))));
    }

    /** Some event of that name has a date inside the asked one, or the asked one inside it (2021 ⊃ 2021-12-13). */
    private boolean sameNameDatedWithin(String name, String date) {
        return facts.stream().filter(f -> f.set() == FactSet.EVENTS && f.attribute("date") != null
                        && TextNormaliser.fold(f.attribute("name")).equals(TextNormaliser.fold(name)))
                .anyMatch(f -> f.attribute("date").startsWith(date) || date.startsWith(f.attribute("date")));
    }

    /** The context names a task or lesson ("bài học kinh nghiệm thứ hai") whose text contains the phrase. */
    private boolean namedMemberSays(String context, String phrase) {
        String where = TextNormaliser.fold(context);
        return facts.stream().filter(f -> f.ordinal() != null
                        && (f.set() == FactSet.NINE_TASKS || f.set() == FactSet.FIVE_LESSONS))
                .filter(f -> where.contains((f.set() == FactSet.NINE_TASKS ? "nhiệm vụ trọng tâm thứ " : "bài học kinh nghiệm thứ ")
                        + ORDINAL_WORDS.get(f.ordinal() - 1)))
                .anyMatch(f -> TextNormaliser.fold(f.text() + " " + f.quote()).contains(TextNormaliser.fold(phrase)));
    }

    boolean isMember(FactSet set, String text) {
        return facts.stream().anyMatch(f -> f.set() == set
                && TextNormaliser.fold(f.label()).equals(TextNormaliser.fold(text)));
    }

    /** The value of this measure at any date, of a related measure, or the total it is part of. */
    private boolean isValueOf(Fact figure, BigDecimal value) {
        return facts.stream().filter(f -> f.set() == FactSet.FIGURES && f.value() != null)
                .filter(f -> f == figure || sameCounts(f, figure) || related(f, figure))
                .anyMatch(f -> f.value().compareTo(value) == 0
                        || (f.attribute("of") != null && new BigDecimal(f.attribute("of")).compareTo(value) == 0));
    }

    private static boolean sameCounts(Fact a, Fact b) {
        return TextNormaliser.fold(a.attribute("counts")).equals(TextNormaliser.fold(b.attribute("counts")));
    }

    private static boolean related(Fact a, Fact b) {
        return a.id().equals(b.attribute("relatedTo")) || b.id().equals(a.attribute("relatedTo"));
    }

    private List<Fact> countsMatching(String option) {
        String folded = TextNormaliser.fold(option);
        return facts.stream().filter(f -> f.set() == FactSet.FIGURES && f.value() != null
                && folded.contains(TextNormaliser.fold(f.attribute("counts")))).toList();
    }

    /**
     * The same person with a role whose words include, or are included in, the other's
     * (Tổng Bí thư ⊂ Tổng Bí thư, Chủ tịch nước; Phó Bí thư Thành ủy ⊂ Phó Bí thư Thường trực Thành ủy).
     */
    private boolean holds(String name, String role) {
        List<String> asked = words(role);
        return facts.stream().anyMatch(f -> f.set() == FactSet.PEOPLE
                && TextNormaliser.fold(f.attribute("name")).equals(TextNormaliser.fold(name))
                && (words(f.attribute("role")).containsAll(asked) || asked.containsAll(words(f.attribute("role")))));
    }

    private static List<String> words(String text) {
        return List.of(TextNormaliser.fold(text).split("[^\\p{L}\\p{M}]+"));
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
