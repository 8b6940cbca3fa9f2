package vn.civicsquiz.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.civicsquiz.content.article.ArticleCleaner;
import vn.civicsquiz.content.article.CleanArticle;
import vn.civicsquiz.content.article.SourceCatalog;
import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.content.fact.FactSet;
import vn.civicsquiz.content.fact.FactWeight;
import vn.civicsquiz.content.fact.FigureBound;
import vn.civicsquiz.content.text.TextNormaliser;
import vn.civicsquiz.content.text.VietnameseNumbers;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionDraft.OptionDraft;
import vn.civicsquiz.question.QuestionKind;

/**
 * The rules a generated question must keep to be sound, checked mechanically over a whole bank and its facts. Each
 * rule returns readable problems ("stem → what is wrong"); an empty list means the bank keeps the rule. Independent
 * of the templates: it reads the questions as a learner sees them, plus the facts they name.
 */
final class SoundnessChecker {

    /** A number as the articles write it, with the hedge before it: "trên 50", "1.200", "24,8". */
    private static final Pattern HEDGED_NUMBER = Pattern.compile(
            "(?:(vượt mốc|hơn|trên|gần|khoảng|ít nhất|tối thiểu)\\s+)?(?<![\\d.,/])(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?(?![\\d/]|[.,]\\d)");
    private static final Pattern GUILLEMETS = Pattern.compile("«([^»]*)»");
    private static final Pattern DATE = Pattern.compile("(?:ngày |tháng |năm )?\\d{1,2}/\\d{1,2}/\\d{4}|(?:tháng )\\d{1,2}/\\d{4}|năm \\d{4}");
    private static final BigDecimal UN_MEMBERS = BigDecimal.valueOf(193);

    private final List<QuestionDraft> bank;
    private final Map<String, Fact> facts;
    private final Map<String, String> foldedArticles = new LinkedHashMap<>();
    /** The articles' exact characters (NFC), lower case only: what a «…» quotation must copy. */
    private final Map<String, String> verbatimArticles = new LinkedHashMap<>();
    /** Each article's publication date as sources.yaml gives it ("2021-12-14", "2021-12"). */
    private final Map<String, String> articleDates = new LinkedHashMap<>();

    SoundnessChecker(List<QuestionDraft> bank, List<Fact> facts) {
        this.bank = bank;
        this.facts = facts.stream().collect(Collectors.toMap(Fact::id, f -> f, (a, b) -> a, LinkedHashMap::new));
        SourceCatalog sources = SourceCatalog.load();
        ArticleCleaner cleaner = new ArticleCleaner();
        sources.all().forEach(d -> {
            CleanArticle clean = cleaner.clean(d);
            foldedArticles.put(d.id(), TextNormaliser.fold(clean.text()));
            verbatimArticles.put(d.id(), verbatim(clean.text()));
            if (d.date() != null) {
                articleDates.put(d.id(), d.date().strip());
            }
        });
    }

    private Fact primary(QuestionDraft q) {
        return facts.get(q.factIds().get(0));
    }

    private static boolean fillIn(QuestionDraft q) {
        return q.stem().startsWith(FigureWording.FILL_IN);
    }

    private static boolean keyedTrue(QuestionDraft q) {
        return q.options().stream().anyMatch(o -> o.correct() && Drafts.TRUE.equals(o.text()));
    }

    /** NFC and lower case, never respelt: "hoá" stays "hoá". */
    static String verbatim(String s) {
        return TextNormaliser.nfc(s == null ? "" : s).toLowerCase(TextNormaliser.VIETNAMESE);
    }

    private static String fold(String s) {
        return TextNormaliser.fold(s == null ? "" : s);
    }

    // ---- 1. bounds: no distractor or false statement is entailed by the figure it is about ----

    List<String> boundsProblems() {
        List<String> problems = new ArrayList<>();
        for (QuestionDraft q : bank) {
            Fact figure = primary(q);
            if (figure != null && figure.set() == FactSet.FIGURES && q.kind() == QuestionKind.MATCHING) {
                problems.addAll(matchingBoundsProblems(q));
                continue;
            }
            if (figure == null || figure.set() != FactSet.FIGURES || q.factIds().size() > 1 || figure.value() == null) {
                continue;
            }
            FigureBound bound = FigureBound.of(figure);
            if (q.stem().startsWith(WHAT_IT_COUNTS)) {
                problems.addAll(whatItCountsProblems(q, figure));
                continue;
            }
            switch (q.kind()) {
                case SINGLE -> {
                    if (fillIn(q)) {
                        for (OptionDraft o : q.options()) {
                            Optional<Claim> claim = onlyNumber(o.text());
                            if (claim.isEmpty()) {
                                problems.add(q.stem() + " → option is not a number: " + o.text());
                            } else if (o.correct() != (claim.get().value().compareTo(figure.value()) == 0)) {
                                problems.add(q.stem() + " → option " + o.text() + " is keyed " + o.correct()
                                        + " but the article states " + figure.value());
                            } else if (!o.correct() && bound.alsoTrueWith(figure.value(), claim.get().value())) {
                                problems.add(q.stem() + " → distractor " + o.text() + " is also true: the article says "
                                        + FigureWording.bare(figure));
                            }
                        }
                    } else {
                        if (!bound.exact() && numericOptions(q)) {
                            problems.add(q.stem() + " → a bound (" + bound.slug() + ") asked with values as options");
                        }
                        for (OptionDraft o : q.options()) {
                            Optional<Claim> claim = onlyNumber(o.text());
                            if (claim.isEmpty()) {
                                continue;
                            }
                            boolean contradicted = bound.contradicts(figure.value(), claim.get().bound(),
                                    claim.get().value());
                            if (o.correct() == contradicted) {
                                problems.add(q.stem() + " → option " + o.text() + (o.correct()
                                        ? " is keyed right but the fact contradicts it"
                                        : " is keyed wrong but " + figure.label() + " does not rule it out"));
                            }
                        }
                    }
                }
                case TRUE_FALSE -> statementProblem(q, figure, bound).ifPresent(problems::add);
                case NUMERIC -> {
                    if (!bound.exact() && !fillIn(q)) {
                        problems.add(q.stem() + " → a bound typed as a value: ask for the number the article states");
                    }
                    if (q.tolerance().signum() != 0 && (bound.exact() || fillIn(q))) {
                        problems.add(q.stem() + " → tolerance " + q.tolerance() + " on a stated number");
                    }
                    if (q.numericAnswer().compareTo(figure.value()) != 0) {
                        problems.add(q.stem() + " → answer " + q.numericAnswer() + " is not " + figure.value());
                    }
                }
                default -> {
                }
            }
        }
        return problems;
    }

    private static final String WHAT_IT_COUNTS = "Trong các bài viết, con số";

    /**
     * "Con số «trên 50» chỉ điều gì?": every wrong label is a figure whose own value rules the number out (not 600 tỉ
     * USD, which is "trên 50" too, nor «hàng nghìn», which nothing contradicts), of the same kind and within a
     * order of magnitude of it (no 5.200 years, no 193 permanent members, no 1.200 countries).
     */
    private List<String> whatItCountsProblems(QuestionDraft q, Fact figure) {
        List<String> problems = new ArrayList<>();
        Matcher quoted = GUILLEMETS.matcher(q.stem());
        List<Claim> asked = quoted.find() ? claims(quoted.group(1)) : List.of();
        if (asked.size() != 1) {
            return List.of(q.stem() + " → the number asked about is not one plain or hedged number");
        }
        Claim claim = asked.get(0);
        for (OptionDraft o : q.options()) {
            if (o.correct()) {
                continue;
            }
            Optional<Fact> other = figureLabelled(o.text());
            if (other.isEmpty()) {
                problems.add(q.stem() + " → distractor " + o.text() + " names no figure of the facts");
                continue;
            }
            Fact f = other.get();
            if (!FigureBound.of(f).contradicts(f.value(), claim.bound(), claim.value())) {
                problems.add(q.stem() + " → distractor " + o.text() + " is not ruled out: the article says "
                        + f.label());
            }
            double ratio = Math.max(f.value().doubleValue(), claim.value().doubleValue())
                    / Math.min(f.value().doubleValue(), claim.value().doubleValue());
            boolean countries = fold(f.unit()).equals("quốc gia") || fold(f.unit()).equals("nước");
            if (ratio > 10 || !FigureKinds.kind(f).equals(FigureKinds.kind(figure)) || limit(f, "max").isPresent()
                    || countries && claim.value().compareTo(UN_MEMBERS) > 0) {
                problems.add(q.stem() + " → distractor " + o.text() + " is absurd for this number (" + f.label()
                        + ")");
            }
        }
        return problems;
    }

    /**
     * A matching graded all or nothing has one answer only if no row's figure fits another row's number: a second
     * complete matching the articles do not contradict would be marked wrong.
     */
    private List<String> matchingBoundsProblems(QuestionDraft q) {
        List<String> problems = new ArrayList<>();
        for (OptionDraft row : q.options()) {
            Optional<Fact> rowFact = row.match() == null ? Optional.empty() : figureLabelled(row.text());
            if (rowFact.isEmpty()) {
                continue;
            }
            Fact f = rowFact.get();
            for (OptionDraft other : q.options()) {
                if (other == row || other.match() == null) {
                    continue;
                }
                List<Claim> number = claims(other.match());
                if (number.size() != 1 || !FigureBound.of(f).contradicts(f.value(), number.get(0).bound(),
                        number.get(0).value())) {
                    problems.add(q.stem() + " → " + row.text() + " also fits «" + other.match() + "» (the article says "
                            + f.label() + ")");
                }
            }
        }
        return problems;
    }

    /** The figure an option names, as the learner reads it: its label with its time. */
    private Optional<Fact> figureLabelled(String option) {
        return facts.values().stream().filter(f -> f.set() == FactSet.FIGURES && FigureWording.counted(f))
                .filter(f -> fold(FigureWording.countsOption(f)).equals(fold(option))).findFirst();
    }

    /** A statement about a figure: the curated text itself (true), or it with one number changed (false, if contradicted). */
    private Optional<String> statementProblem(QuestionDraft q, Fact figure, FigureBound bound) {
        String text = Vietnamese.withoutFinalStop(figure.text());
        String stem = Vietnamese.withoutFinalStop(q.stem());
        if (stem.equals(text)) {
            return keyedTrue(q) ? Optional.empty() : Optional.of(q.stem() + " → the fact itself keyed Sai");
        }
        List<Claim> said = claims(text);
        List<Claim> stated = claims(stem);
        if (said.size() != stated.size()) {
            return Optional.of(q.stem() + " → not the fact's statement with a number changed");
        }
        for (int i = 0; i < said.size(); i++) {
            if (said.get(i).value().compareTo(stated.get(i).value()) != 0) {
                Claim claim = stated.get(i);
                boolean contradicted = said.get(i).value().compareTo(figure.value()) == 0
                        && bound.contradicts(figure.value(), claim.bound(), claim.value());
                if (keyedTrue(q) || !contradicted) {
                    return Optional.of(q.stem() + " → keyed " + (keyedTrue(q) ? "Đúng" : "Sai") + " but "
                            + figure.label() + (contradicted ? " contradicts it" : " does not rule it out"));
                }
                return Optional.empty();
            }
        }
        return Optional.of(q.stem() + " → differs from the fact in words, not in its number");
    }

    private static boolean numericOptions(QuestionDraft q) {
        return q.options().stream().allMatch(o -> onlyNumber(o.text()).isPresent());
    }

    /** The option is one (hedged) number, with at most a unit after it. */
    private static Optional<Claim> onlyNumber(String text) {
        List<Claim> claims = claims(text);
        if (claims.size() != 1) {
            return Optional.empty();
        }
        Matcher m = HEDGED_NUMBER.matcher(fold(text));
        return m.find() && m.start() == 0 ? Optional.of(claims.get(0)) : Optional.empty();
    }

    static List<Claim> claims(String text) {
        List<Claim> out = new ArrayList<>();
        Matcher m = HEDGED_NUMBER.matcher(fold(text));
        while (m.find()) {
            String digits = m.group(2).replace(".", "") + (m.group(3) == null ? "" : "." + m.group(3));
            out.add(new Claim(FigureBound.implied(m.group(1), null), new BigDecimal(digits)));
        }
        return out;
    }

    record Claim(FigureBound bound, BigDecimal value) {
    }

    // ---- 2. two questions with the same stem have the same key ----

    List<String> sameStemProblems() {
        Map<String, String> keys = new HashMap<>();
        Map<String, String> firstStem = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (QuestionDraft q : bank) {
            if (q.kind() == QuestionKind.MATCHING || q.kind() == QuestionKind.ORDERING || q.kind() == QuestionKind.MULTIPLE
                    || q.kind() == QuestionKind.NEGATIVE || fold(q.stem()).contains("sau đây")) {
                continue; // "which of the following": the options are part of the question
            }
            String stem = q.kind() + "|" + fold(q.stem());
            String key = q.kind() == QuestionKind.NUMERIC ? q.numericAnswer().stripTrailingZeros().toPlainString()
                    : q.options().stream().filter(OptionDraft::correct).map(o -> fold(o.text())).sorted()
                    .collect(Collectors.joining("|"));
            String before = keys.putIfAbsent(stem, key);
            if (before != null && !before.equals(key)) {
                problems.add(q.stem() + " → asked twice with keys '" + before + "' and '" + key + "'");
            }
            firstStem.putIfAbsent(stem, q.stem());
        }
        return problems;
    }

    // ---- 3. a time-bound fact is asked with its time and its subject ----

    List<String> timeAndSubjectProblems() {
        List<String> problems = new ArrayList<>();
        for (QuestionDraft q : bank) {
            Fact fact = primary(q);
            if (fact == null || q.factIds().size() > 1) {
                continue;
            }
            String shown = fold(q.stem());
            if (fact.set() == FactSet.FIGURES) {
                boolean whatItCounts = q.stem().startsWith("Trong các bài viết, con số");
                String where = whatItCounts ? fold(q.options().stream().filter(OptionDraft::correct).findFirst()
                        .orElseThrow().text()) : shown;
                String time = fact.attribute("time");
                if (time != null && !time.isBlank() && !where.contains(fold(time))
                        && !containsYears(where, time)) {
                    problems.add(q.stem() + " → does not say when (" + time + ")");
                }
                String subject = fact.attribute("subject");
                if (subject != null && !whatItCounts && !shown.contains(fold(subject))) {
                    problems.add(q.stem() + " → does not name the subject " + subject);
                }
            } else if (fact.set() == FactSet.PEOPLE) {
                String year = Vietnamese.year(fact.asOf());
                if (year != null && !shown.contains(year)) {
                    problems.add(q.stem() + " → a role held at a time, asked without the year " + year);
                }
            } else if (fact.set() == FactSet.EVENTS && fact.attribute("holder") != null
                    && !shown.contains(fold(fact.attribute("holder")))
                    && q.options().stream().noneMatch(o -> o.correct() && fold(o.text()).equals(fold(fact.attribute("holder"))))) {
                // unless the holder is what the question asks for
                problems.add(q.stem() + " → a position asked without its holder " + fact.attribute("holder"));
            }
        }
        return problems;
    }

    private static boolean containsYears(String where, String time) {
        Matcher years = Pattern.compile("\\d{4}").matcher(time);
        boolean any = false;
        while (years.find()) {
            any = true;
            if (!where.contains(years.group())) {
                return false;
            }
        }
        return any;
    }

    // ---- 4. guillemets only around the articles' own words ----

    List<String> guillemetProblems() {
        List<String> problems = new ArrayList<>();
        for (QuestionDraft q : bank) {
            List<String> texts = new ArrayList<>(List.of(q.stem(), q.explanation()));
            q.options().forEach(o -> texts.add(o.text()));
            for (String text : texts) {
                Matcher m = GUILLEMETS.matcher(text);
                while (m.find()) {
                    String inner = verbatim(m.group(1));
                    if (inner.isBlank() || verbatimArticles.values().stream().noneMatch(a -> a.contains(inner))) {
                        problems.add(q.stem() + " → «" + m.group(1) + "» is not the articles' exact wording");
                    }
                }
            }
        }
        return problems;
    }

    // ---- 5. the quote shown holds what the question tests ----

    List<String> quoteProblems() {
        List<String> problems = new ArrayList<>();
        for (QuestionDraft q : bank) {
            Fact fact = primary(q);
            String quote = fold(q.quote());
            if (!foldedArticles.getOrDefault(q.sourceId(), "").contains(quote)) {
                problems.add(q.stem() + " → quote not in article " + q.sourceId() + ": " + q.quote());
            }
            if (fact == null || q.factIds().size() > 1) {
                continue;
            }
            if (fact.set() == FactSet.FIGURES && fact.value() != null) {
                String number = fact.attribute("display") != null ? fold(fact.attribute("display"))
                        : VietnameseNumbers.format(fact.value());
                if (VietnameseNumbers.indexOfNumber(quote, number) < 0) {
                    problems.add(q.stem() + " → the quote does not show " + number);
                }
            }
            if (fact.set() == FactSet.PEOPLE && !quote.contains(fold(fact.attribute("name")))) {
                problems.add(q.stem() + " → the quote does not name " + fact.attribute("name"));
            }
            if (fact.set() == FactSet.EVENTS && q.stem().contains("chủ trì") && fact.attribute("chair") != null) {
                String chair = fact.attribute("chair");
                String[] words = chair.split("\\s+");
                String name = String.join(" ", List.of(words).subList(Math.max(0, words.length - 3), words.length));
                if (!quote.contains(fold(name))) {
                    problems.add(q.stem() + " → the quote does not name the chair " + name);
                }
            }
            if (FactCatalogSets.ORDERED.contains(fact.set()) && !quote.contains(fold(fact.label()))) {
                problems.add(q.stem() + " → the quote does not hold «" + fact.label() + "»");
            }
            if (fact.set() == FactSet.EVENTS && fact.attribute("years") != null
                    && !quote.contains(fold(fact.attribute("term")).replaceAll("^(nhiệm kỳ|năm) ", ""))) {
                problems.add(q.stem() + " → the quote does not hold the term " + fact.attribute("term"));
            }
            if (fact.set() == FactSet.PHRASES && fact.attribute("phrase") != null
                    && !quote.contains(fold(fact.attribute("phrase")))) {
                problems.add(q.stem() + " → the quote does not hold the phrase");
            }
        }
        return problems;
    }

    /** The sets whose members are asked by their label, quoted. */
    private static final class FactCatalogSets {
        static final java.util.Set<FactSet> ORDERED = vn.civicsquiz.content.fact.FactCatalog.ORDERED_SETS;
    }

    // ---- 6. true/false balance per topic ----

    List<String> balanceProblems() {
        List<String> problems = new ArrayList<>();
        bank.stream().filter(q -> q.kind() == QuestionKind.TRUE_FALSE)
                .collect(Collectors.groupingBy(QuestionDraft::topic)).forEach((topic, statements) -> {
                    double share = statements.stream().filter(SoundnessChecker::keyedTrue).count()
                            / (double) statements.size();
                    if (share < 0.40 || share > 0.60) {
                        problems.add(topic + " → " + Math.round(share * 100) + " % of its true/false statements are true");
                    }
                });
        return problems;
    }

    // ---- 7. no value outside what is possible for the measure ----

    List<String> impossibleValueProblems() {
        List<String> problems = new ArrayList<>();
        for (QuestionDraft q : bank) {
            Fact figure = primary(q);
            if (figure == null || figure.set() != FactSet.FIGURES || q.factIds().size() > 1) {
                continue;
            }
            List<String> texts = new ArrayList<>();
            q.options().stream().filter(o -> onlyNumber(o.text()).isPresent()).forEach(o -> texts.add(o.text()));
            if (q.kind() == QuestionKind.TRUE_FALSE) {
                texts.add(q.stem());
            }
            Optional<BigDecimal> max = limit(figure, "max");
            Optional<BigDecimal> min = limit(figure, "min");
            boolean countries = List.of("nước", "quốc gia").contains(fold(figure.unit()));
            for (String text : texts) {
                for (Claim claim : claims(text)) {
                    if (claims(figure.text()).stream().anyMatch(c -> c.value().compareTo(claim.value()) == 0)
                            && claim.value().compareTo(figure.value()) != 0) {
                        continue; // another number of the curated statement (the 193 of "189/193")
                    }
                    boolean tooBig = max.map(m -> claim.value().compareTo(m) > 0).orElse(false)
                            || (countries && claim.value().compareTo(UN_MEMBERS) > 0)
                            || ("%".equals(figure.unit()) && claim.value().compareTo(BigDecimal.valueOf(100)) > 0);
                    boolean tooSmall = min.map(m -> claim.value().compareTo(m) < 0).orElse(false)
                            || claim.value().signum() <= 0;
                    if (text.equals(q.stem()) && claims(figure.text()).stream()
                            .anyMatch(c -> c.value().compareTo(claim.value()) == 0)) {
                        continue;
                    }
                    if (tooBig || tooSmall) {
                        problems.add(q.stem() + " → " + claim.value() + " is outside what is possible for "
                                + figure.attribute("counts"));
                    }
                }
            }
        }
        return problems;
    }

    private static Optional<BigDecimal> limit(Fact figure, String which) {
        String value = figure.attribute(which);
        return value == null ? Optional.empty() : Optional.of(new BigDecimal(value.strip()));
    }

    // ---- 8. no word or date repeated where template parts meet ----

    List<String> seamProblems() {
        List<String> problems = new ArrayList<>();
        for (QuestionDraft q : bank) {
            List<String> texts = new ArrayList<>(List.of(q.stem()));
            q.options().forEach(o -> texts.add(o.text()));
            for (String text : texts) {
                seam(text).ifPresent(p -> problems.add(q.stem() + " → " + p));
            }
            if (q.quote() != null && QUOTE_CUT.matcher(fold(q.quote()).strip()).find()) {
                problems.add(q.stem() + " → the quote shown stops mid-clause: " + q.quote());
            }
            String said = q.explanation() == null ? "" : q.explanation().split(" Bài viết ghi:")[0];
            familyNamedTwice(said).ifPresent(p -> problems.add(q.stem() + " → explanation: " + p));
        }
        return problems;
    }

    /** A quote that ends on a word that announces more ("… với 3 trụ cột là"). */
    static final Pattern QUOTE_CUT = Pattern.compile("\\s(là|của|và|với|các|những|tại|gồm|như|cho|về|từ|trong)[:,]?$");

    private static final List<String> FAMILY_NOUNS = List.of("nhiệm vụ trọng tâm", "bài học kinh nghiệm");

    /**
     * "Nhiệm vụ trọng tâm thứ ba trong các nhiệm vụ trọng tâm …": once the family is named, a member is "nhiệm vụ
     * thứ ba". Words inside «» are the article's and not counted.
     */
    static Optional<String> familyNamedTwice(String text) {
        String outsideQuotes = fold(text).replaceAll("«[^»]*»", " ");
        for (String noun : FAMILY_NOUNS) {
            int first = outsideQuotes.indexOf(noun);
            if (first >= 0 && outsideQuotes.indexOf(noun, first + noun.length()) >= 0) {
                return Optional.of("'" + noun + "' twice");
            }
        }
        return Optional.empty();
    }

    static Optional<String> seam(String text) {
        String[] words = fold(text).replaceAll("[,.;:?!()«»“”\"]", " ").trim().split("\\s+");
        for (int i = 1; i < words.length; i++) {
            if (words[i].equals(words[i - 1]) && !words[i].matches("[\\d.,/-]+|vừa|từ")) {
                return Optional.of("'" + words[i] + " " + words[i] + "'");
            }
        }
        Matcher dates = DATE.matcher(fold(text));
        Map<String, Integer> seen = new HashMap<>();
        while (dates.find()) {
            String date = dates.group().replaceAll("^(ngày|tháng|năm) ", "");
            if (seen.merge(date, 1, Integer::sum) > 1) {
                return Optional.of("the date " + date + " twice");
            }
        }
        if (text.matches("(?s).*(\\.\\.(?!\\.)|\\?\\.|,,|\\s[,.?]|\\(\\s*\\)|:\\s*:).*")) {
            return Optional.of("broken punctuation");
        }
        if (fold(text).contains(": theo ")) {
            return Optional.of("'Theo …: Theo …'");
        }
        if (fold(text).contains("gắn với thời điểm")) {
            return Optional.of("'gắn với thời điểm': say what happened (diễn ra, được ban hành)");
        }
        if (text.strip().endsWith(")?")) {
            return Optional.of("a parenthesis glued before the question mark: say where and when in the sentence");
        }
        if (COUNT_THAT.matcher(fold(text)).find()) {
            return Optional.of("'Có bao nhiêu X mà Y V?': ask in the article's own order");
        }
        Optional<String> family = familyNamedTwice(text);
        if (family.isPresent()) {
            return family;
        }
        Matcher dangling = DANGLING.matcher(fold(text));
        if (dangling.find()) {
            return Optional.of("a clause ends on '" + dangling.group(1) + "'");
        }
        return Optional.empty();
    }

    /** "Có bao nhiêu năm đổi mới mà Hội nghị … đánh giá?": a noun phrase glued into a question. */
    private static final Pattern COUNT_THAT = Pattern.compile("^có bao nhiêu [^?]* mà ");
    /** A preposition left without its object: "… tập trung vào?", "… (2024) nằm ngoài". */
    private static final Pattern DANGLING = Pattern.compile(
            "\\s(vào|tới|với|của|cho|về|từ|trong|nằm ngoài)\\s*(?:[?)]|\\.?$)");

    // ---- ambiguous stems: a stem must identify one fact ----

    /**
     * A phrase asked for its context or speaker is said once in all the articles; a position Việt Nam has held in
     * several terms is asked "according to the article"; "lần thứ mấy" only for a numbered series or with what the
     * article counts from.
     */
    List<String> ambiguityProblems() {
        List<String> problems = new ArrayList<>();
        for (QuestionDraft q : bank) {
            String stem = fold(q.stem());
            boolean whichOne = (stem.contains("bối cảnh nào") || stem.contains("ai đã nêu"))
                    && !stem.contains("sau đây"); // "which of the following": only one option is a place it is said
            if (whichOne) {
                Matcher m = GUILLEMETS.matcher(q.stem());
                while (m.find()) {
                    int n = occurrences(verbatim(m.group(1)));
                    if (n != 1) {
                        problems.add(q.stem() + " → «" + m.group(1) + "» is said " + n
                                + " times in the articles: which one is meant?");
                    }
                }
            }
            Fact fact = primary(q);
            if (fact == null) {
                continue;
            }
            if (fact.attribute("term") != null && (stem.contains("thời gian nào") || stem.contains("khi nào")
                    || stem.contains("nhiệm kỳ nào")) && !stem.startsWith("theo bài viết")) {
                problems.add(q.stem() + " → a position held more than once, asked without 'theo bài viết'");
            }
            if (stem.contains("lần thứ mấy") && !fold(fact.attribute("name")).contains("lần thứ")
                    && !stem.contains("kể từ")) {
                problems.add(q.stem() + " → 'lần thứ mấy' of a meeting that is no numbered series");
            }
        }
        return problems;
    }

    private int occurrences(String text) {
        int n = 0;
        for (String article : verbatimArticles.values()) {
            for (int i = article.indexOf(text); i >= 0 && !text.isEmpty(); i = article.indexOf(text, i + 1)) {
                n++;
            }
        }
        return n;
    }

    // ---- echoes: a phrase and its meaning or context share no word the wrong options do not share ----

    /** Words too common to cue anything. */
    private static final Set<String> COMMON = Set.of("là", "của", "và", "các", "những", "được", "trong", "với", "cho",
            "về", "từ", "có", "không", "một", "này", "đó", "theo", "bài", "viết", "nào", "sau", "đây", "gì", "ai",
            "năm", "ngày", "tháng", "đến", "tại", "việt", "nam", "đã", "sẽ", "để", "thì", "mà", "như", "thứ", "lần",
            "cụm", "nghĩa", "bối", "cảnh", "nêu", "mang", "tức");

    /**
     * "«thế chân kiềng» có nghĩa là gì?" with the key "Thế vững chắc …" and no other option starting "Thế": the
     * words the stem and the key share tell the answer. For questions on a phrase (its meaning, its context, the
     * phrase for a meaning), the key may share no more words with the stem than the best wrong option does.
     */
    List<String> echoProblems() {
        List<String> problems = new ArrayList<>();
        for (QuestionDraft q : bank) {
            Fact fact = primary(q);
            if (q.kind() != QuestionKind.SINGLE || fact == null || fact.set() != FactSet.PHRASES) {
                continue;
            }
            Set<String> stem = words(q.stem());
            int key = 0;
            int best = 0;
            for (OptionDraft o : q.options()) {
                Set<String> shared = new HashSet<>(words(o.text()));
                shared.retainAll(stem);
                if (o.correct()) {
                    key = shared.size();
                } else {
                    best = Math.max(best, shared.size());
                }
            }
            if (key > best) {
                problems.add(q.stem() + " → the key shares " + key + " word(s) with the stem, a wrong option at most "
                        + best);
            }
        }
        return problems;
    }

    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : fold(text).split("[^\\p{L}]+")) {
            if (!w.isEmpty() && !COMMON.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    // ---- giveaways: a stem never shows the answer to its own question or to a count asked anywhere in the bank ----

    List<String> giveawayProblems() {
        List<String> problems = new ArrayList<>();
        for (QuestionDraft q : bank) {
            if (q.kind() != QuestionKind.SINGLE) {
                continue;
            }
            String stem = fold(q.stem());
            for (OptionDraft o : q.options()) {
                String key = fold(o.text());
                if (o.correct() && key.length() > 3 && onlyNumber(o.text()).isEmpty() && stem.contains(key)
                        && !stem.contains("«" + key + "»")) {
                    problems.add(q.stem() + " → the stem holds its own answer «" + o.text() + "»");
                }
            }
        }
        for (QuestionDraft asking : bank) {
            Fact figure = primary(asking);
            if (figure == null || figure.set() != FactSet.FIGURES || figure.value() == null
                    || !asksTheNumber(asking, figure)) {
                continue;
            }
            for (String shown : answerAsWritten(figure)) {
                // any topic: quizzes mix topics. Only the article's own words in «…» may carry a count (task 1's
                // «…với ba trụ cột»), as a quotation cannot be reworded
                bank.stream().filter(other -> !other.factIds().contains(figure.id())
                                && containsPhrase(fold(GUILLEMETS.matcher(other.stem()).replaceAll("«»")), shown))
                        .forEach(other -> problems.add(other.stem() + " → gives away «" + shown + "», the answer to: "
                                + asking.stem()));
            }
        }
        return problems.stream().distinct().toList();
    }

    private static boolean asksTheNumber(QuestionDraft q, Fact figure) {
        if (q.kind() == QuestionKind.NUMERIC) {
            return true;
        }
        return q.kind() == QuestionKind.SINGLE && q.options().stream().filter(OptionDraft::correct)
                .anyMatch(o -> onlyNumber(o.text()).filter(c -> c.value().compareTo(figure.value()) == 0).isPresent());
    }

    /** "9 nhiệm vụ", "chín nhiệm vụ", "100%": the number with the first words of what it counts, or with its unit. */
    private static List<String> answerAsWritten(Fact figure) {
        String digits = VietnameseNumbers.format(figure.value());
        if ("%".equals(fold(figure.unit()))) {
            return List.of(digits + "%");
        }
        String[] counted = fold(FigureWording.countsPhrase(figure)).split("\\s+");
        String head = String.join(" ", List.of(counted).subList(0, Math.min(2, counted.length)));
        List<String> out = new ArrayList<>(List.of(digits + " " + head));
        int whole = figure.value().intValue();
        if (figure.value().compareTo(BigDecimal.valueOf(whole)) == 0 && whole > 0 && whole <= 10) {
            out.add(fold(Vietnamese.cardinal(whole)) + " " + head);
        }
        return out;
    }

    private static boolean containsPhrase(String text, String phrase) {
        return Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(phrase) + "(?![\\p{L}\\d])").matcher(text).find();
    }

    // ---- unverifiable: a false statement must be contradicted by the articles ----

    /**
     * A position with another term keyed Sai: the articles name the term Việt Nam held and never the terms it did
     * not, so nothing in them makes the statement false.
     */
    List<String> unverifiableProblems() {
        List<String> problems = new ArrayList<>();
        for (QuestionDraft q : bank) {
            Fact fact = primary(q);
            if (q.kind() == QuestionKind.TRUE_FALSE && !keyedTrue(q) && fact != null && fact.attribute("term") != null) {
                problems.add(q.stem() + " → keyed Sai, but the articles never say which terms were not held");
            }
        }
        return problems;
    }

    /**
     * A lesson that restates the foreign-policy line («…đường lối đối ngoại độc lập, tự chủ…») keyed as not a task:
     * the articles give that line as the core of the foreign policy the tasks carry out, so "not a task" cannot be
     * shown from them.
     */
    List<String> lineKeyedAsNotATaskProblems() {
        List<String> problems = new ArrayList<>();
        for (QuestionDraft q : bank) {
            for (String id : q.factIds()) {
                Fact f = facts.get(id);
                if (f == null || f.set() != FactSet.FIVE_LESSONS || !fold(f.label()).contains(fold("đường lối đối ngoại"))) {
                    continue;
                }
                String label = fold(f.label());
                boolean outside = switch (q.kind()) {
                    case NEGATIVE -> fold(q.stem()).contains("nhiệm vụ") && q.options().stream()
                            .anyMatch(o -> o.correct() && fold(o.text()).equals(label));
                    case MULTIPLE -> fold(q.stem()).contains("nhiệm vụ") && q.options().stream()
                            .anyMatch(o -> !o.correct() && fold(o.text()).equals(label));
                    case TRUE_FALSE -> !keyedTrue(q) && fold(q.stem()).contains(label)
                            && fold(q.stem()).contains("nhiệm vụ");
                    default -> false;
                };
                if (outside) {
                    problems.add(q.stem() + " → keys «" + f.label() + "» as not a task");
                }
            }
        }
        return problems;
    }

    /**
     * "Đâu KHÔNG phải …?": the explanation says where the key belongs, so its quote is the key's own sentence, not a
     * member's.
     */
    List<String> negativeQuoteProblems() {
        List<String> problems = new ArrayList<>();
        for (QuestionDraft q : bank) {
            if (q.kind() != QuestionKind.NEGATIVE) {
                continue;
            }
            String key = q.options().stream().filter(OptionDraft::correct).map(o -> fold(o.text())).findFirst()
                    .orElse("");
            boolean keyIsAFact = q.factIds().stream().map(facts::get)
                    .anyMatch(f -> f != null && f.label() != null && fold(f.label()).equals(key));
            if (keyIsAFact && !fold(q.quote()).contains(key)) {
                problems.add(q.stem() + " → the explanation quotes “" + q.quote() + "”, not the key «" + key + "»");
            }
        }
        return problems;
    }

    /**
     * "Có cả 5 nước thành viên thường trực": the whole of a group of known size. Its size is asked only inside the
     * statement that the whole group takes part; as a count it tests the definition, not the article.
     */
    List<String> wholeGroupCountProblems() {
        List<String> problems = new ArrayList<>();
        for (QuestionDraft q : bank) {
            if (q.kind() == QuestionKind.TRUE_FALSE) {
                continue;
            }
            for (String id : q.factIds()) {
                Fact f = facts.get(id);
                if (f != null && f.set() == FactSet.FIGURES && f.value() != null && !"%".equals(fold(f.unit()))
                        && limit(f, "max").filter(max -> max.compareTo(f.value()) == 0).isPresent()) {
                    problems.add(q.stem() + " → counts the whole group " + f.label());
                }
            }
        }
        return problems;
    }

    /**
     * "các nhiệm vụ trọng tâm", "các bài học kinh nghiệm": article 004 gives another list of "nhiệm vụ trọng tâm" from
     * the same conference and article 002 speaks of other lessons, so a stem about the nine tasks or the five lessons
     * names who gave the list and when (Phó Thủ tướng Thường trực Phạm Bình Minh, 14/12/2021).
     */
    List<String> unnamedListProblems() {
        List<String> problems = new ArrayList<>();
        for (QuestionDraft q : bank) {
            String stem = fold(q.stem());
            boolean aList = stem.contains(fold("nhiệm vụ trọng tâm")) || stem.contains(fold("bài học kinh nghiệm"));
            if (aList && !(stem.contains(fold("Phạm Bình Minh")) && stem.contains("14/12/2021"))) {
                problems.add(q.stem() + " → which list? name who gave it and when");
            }
        }
        return problems;
    }

    /**
     * Twin statements: a true and a false TRUE_FALSE statement that read the same but for a quoted phrase or a
     * number give each other away when they meet ("… thứ ba là «A»" and "… thứ ba là «B»"; the same gloss for two
     * phrases). They must test a common fact, so that a quiz (which asks each fact once while it can) never holds
     * both. Membership statements ("«A» là một trong …") are no twins: a list has many true members.
     */
    List<String> twinStatementProblems() {
        List<String> problems = new ArrayList<>();
        List<QuestionDraft> statements = bank.stream().filter(q -> q.kind() == QuestionKind.TRUE_FALSE).toList();
        for (int i = 0; i < statements.size(); i++) {
            for (int j = i + 1; j < statements.size(); j++) {
                QuestionDraft a = statements.get(i);
                QuestionDraft b = statements.get(j);
                if (keyedTrue(a) != keyedTrue(b) && !a.stem().contains("» là một trong")
                        && twinShape(a.stem()).equals(twinShape(b.stem()))
                        && a.factIds().stream().noneMatch(b.factIds()::contains)) {
                    problems.add(a.stem() + " ↔ " + b.stem() + " → twins with no fact in common can share a quiz");
                }
            }
        }
        return problems;
    }

    /** A statement with its quoted phrases and numbers blanked: what two twins have in common. */
    static String twinShape(String stem) {
        return fold(GUILLEMETS.matcher(stem).replaceAll("«»")).replaceAll("\\d+(?:[.,/]\\d+)*", "#");
    }

    private static final Pattern SHOWN_DATE = Pattern.compile(
            "(?i)(?:ngày (\\d{1,2})/(\\d{1,2})/(\\d{4}))|(?:tháng (\\d{1,2})/(\\d{4}))|(?:năm (\\d{4}))");

    /**
     * A date option or a false date statement later than the article the question follows: the article cannot say
     * it is wrong, and a learner reading "tháng 12/2024" for an article of 9/2024 needs no knowledge to rule it out.
     */
    List<String> laterThanTheArticleProblems() {
        List<String> problems = new ArrayList<>();
        for (QuestionDraft q : bank) {
            String published = articleDates.get(q.sourceId());
            if (published == null) {
                continue;
            }
            String last = published.length() == 7 ? published + "-31" : published.length() == 4 ? published + "-12-31"
                    : published;
            List<String> shown = new ArrayList<>();
            Fact fact = primary(q);
            if (q.kind() == QuestionKind.TRUE_FALSE && !keyedTrue(q) && fact != null && fact.set() == FactSet.EVENTS) {
                // the date the statement gives, after "vào"; not a date in a name ("Chiến lược … đến năm 2030")
                int at = q.stem().lastIndexOf(" vào ");
                if (at >= 0) {
                    shown.add(q.stem().substring(at));
                }
            } else if (q.kind() == QuestionKind.SINGLE) {
                // options that are dates; a label naming its own time ("… (đến tháng 9/2024)") is another article's
                q.options().stream().filter(o -> !o.correct() && SHOWN_DATE.matcher(o.text().strip()).matches())
                        .forEach(o -> shown.add(o.text()));
            }
            for (String text : shown) {
                Matcher m = SHOWN_DATE.matcher(text);
                while (m.find()) {
                    String earliest = m.group(3) != null
                            ? "%s-%02d-%02d".formatted(m.group(3), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)))
                            : m.group(5) != null ? "%s-%02d-01".formatted(m.group(5), Integer.parseInt(m.group(4)))
                            : m.group(6) + "-01-01";
                    if (earliest.compareTo(last) > 0) {
                        problems.add(q.stem() + " → «" + m.group() + "» is after the article's date " + published);
                    }
                }
            }
        }
        return problems;
    }

    // ---- coverage by weight ----

    List<String> coverageProblems() {
        Map<String, Long> asked = bank.stream().filter(q -> q.kind() != QuestionKind.MATCHING
                        && q.kind() != QuestionKind.ORDERING && q.kind() != QuestionKind.MULTIPLE)
                .collect(Collectors.groupingBy(q -> q.factIds().get(0), Collectors.counting()));
        List<String> problems = new ArrayList<>();
        for (Fact fact : facts.values()) {
            FactWeight weight = FactWeight.of(fact);
            boolean trap = "true".equals(fact.attribute("trap"));
            long n = asked.getOrDefault(fact.id(), 0L);
            if (weight == FactWeight.CORE && !trap && bank.stream().noneMatch(q -> q.factIds().contains(fact.id()))) {
                problems.add(fact.id() + " → core, never asked");
            }
            if (n > weight.questions()) {
                problems.add(fact.id() + " → " + weight.slug() + ", asked " + n + " times");
            }
        }
        return problems;
    }
}
