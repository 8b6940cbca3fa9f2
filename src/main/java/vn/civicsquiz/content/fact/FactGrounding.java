package vn.civicsquiz.content.fact;

import vn.civicsquiz.content.article.ArticleCleaner;
import vn.civicsquiz.content.article.CleanArticle;
import vn.civicsquiz.content.article.SourceCatalog;
import vn.civicsquiz.content.text.TextNormaliser;
import vn.civicsquiz.content.text.TextSpan;
import vn.civicsquiz.content.text.VietnameseNumbers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks that curated facts are grounded in the clean text of their source articles: known source, quote found in
 * the article body and never in its noise, no duplicates, ordered sets complete and of the size the article
 * announces, plus the per-set rules of {@link FactRules}. Returns human-readable problems; empty means grounded.
 */
public final class FactGrounding {

    private final Map<String, CleanArticle> articles;

    public FactGrounding(Map<String, CleanArticle> articles) {
        this.articles = Map.copyOf(articles);
    }

    public static FactGrounding of(SourceCatalog catalog) {
        ArticleCleaner cleaner = new ArticleCleaner();
        Map<String, CleanArticle> articles = new LinkedHashMap<>();
        catalog.all().forEach(document -> articles.put(document.id(), cleaner.clean(document)));
        return new FactGrounding(articles);
    }

    public Optional<CleanArticle> article(String sourceId) {
        return Optional.ofNullable(articles.get(sourceId));
    }

    /** Where the fact's quote lies in the clean text of its source. */
    public Optional<TextSpan> locate(Fact fact) {
        return article(fact.source()).flatMap(article -> article.locate(fact.quote()));
    }

    public List<String> problems(List<Fact> facts) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> texts = new HashSet<>();
        for (Fact fact : facts) {
            if (!ids.add(fact.id())) {
                problems.add(fact.id() + ": duplicate id");
            }
            if (!texts.add(fact.set().slug() + "|" + TextNormaliser.fold(fact.text()))) {
                problems.add(fact.id() + ": same text as another fact of " + fact.set().slug());
            }
            checkQuote(fact, problems);
            FactRules.check(fact, problems::add);
        }
        for (FactSet set : FactCatalog.ORDERED_SETS) {
            checkOrderedSet(set, facts, problems);
        }
        return problems;
    }

    private void checkQuote(Fact fact, List<String> problems) {
        CleanArticle article = articles.get(fact.source());
        if (article == null) {
            problems.add(fact.id() + ": unknown source " + fact.source());
            return;
        }
        if (article.locate(fact.quote()).isEmpty()) {
            problems.add(fact.id() + ": quote not found in the clean text of " + fact.source() + ": " + fact.quote());
        }
        article.noiseContaining(fact.quote()).forEach(line -> problems.add(fact.id() + ": quote occurs in "
                + line.kind() + " noise, line " + line.lineNumber() + " of " + fact.source()));
        checkAlsoIn(fact, problems);
        String chairQuote = fact.attribute("chairQuote");
        if (chairQuote != null) {
            String sourceId = fact.attribute("chairSource") == null ? fact.source() : fact.attribute("chairSource");
            CleanArticle chairArticle = articles.get(sourceId);
            if (chairArticle == null || chairArticle.locate(chairQuote).isEmpty()) {
                problems.add(fact.id() + ": chairQuote not found in the clean text of " + sourceId);
            } else if (fact.attribute("chair") != null
                    && !TextNormaliser.fold(chairQuote).contains(TextNormaliser.fold(lastWords(fact.attribute("chair"))))) {
                problems.add(fact.id() + ": chairQuote does not name the chair " + fact.attribute("chair"));
            }
        }
    }

    /**
     * A phrase lists in {@code alsoIn} every other article that says it, so that no question offers one of those
     * articles' contexts as a wrong one.
     */
    private void checkAlsoIn(Fact fact, List<String> problems) {
        if (fact.set() != FactSet.PHRASES || fact.attribute("phrase") == null) {
            return;
        }
        String phrase = TextNormaliser.fold(fact.attribute("phrase"));
        Set<String> listed = new HashSet<>();
        listed.add(fact.source());
        if (fact.attribute("alsoIn") != null) {
            for (String id : fact.attribute("alsoIn").split(",")) {
                listed.add(id.strip());
            }
        }
        articles.forEach((id, article) -> {
            boolean says = TextNormaliser.fold(article.text()).contains(phrase);
            if (says && !listed.contains(id)) {
                problems.add(fact.id() + ": article " + id + " also says '" + fact.attribute("phrase")
                        + "' but alsoIn does not list it");
            } else if (!says && listed.contains(id) && !id.equals(fact.source())) {
                problems.add(fact.id() + ": alsoIn lists " + id + ", which does not say the phrase");
            }
        });
    }

    /** "Tổng Bí thư Nguyễn Phú Trọng" → "Nguyễn Phú Trọng": the name, the last three words. */
    private static String lastWords(String chair) {
        String[] words = chair.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - 3), words.length));
    }

    private static void checkOrderedSet(FactSet set, List<Fact> facts, List<String> problems) {
        List<Fact> members = facts.stream().filter(f -> f.set() == set)
                .sorted(Comparator.comparing(Fact::ordinal, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
        for (int i = 0; i < members.size(); i++) {
            if (!Integer.valueOf(i + 1).equals(members.get(i).ordinal())) {
                problems.add(set.slug() + ": ordinals must run 1.." + members.size() + " without gaps, found "
                        + members.stream().map(Fact::ordinal).toList());
                break;
            }
        }
        List<Fact> announcements = facts.stream().filter(f -> f.set() == FactSet.FIGURES)
                .filter(f -> set.slug().equals(f.attribute("announces"))).toList();
        if (announcements.isEmpty()) {
            problems.add(set.slug() + ": no figure states how many the article announces (attributes.announces)");
        }
        announcements.stream().filter(a -> a.value().intValue() != members.size()).forEach(a -> problems.add(
                set.slug() + ": the article announces " + a.value() + " but the set has " + members.size()));
        for (Fact member : members) {
            VietnameseNumbers.leadingOrdinal(member.quote()).filter(n -> !n.equals(member.ordinal()))
                    .ifPresent(n -> problems.add(member.id() + ": quote is item " + n + " of the article's list, "
                            + "ordinal says " + member.ordinal()));
        }
        checkEnumerationOrder(members, problems);
    }

    /** Members that share one quote (an enumeration) must appear in it in ordinal order. */
    private static void checkEnumerationOrder(List<Fact> members, List<String> problems) {
        Map<String, List<Fact>> byQuote = members.stream().collect(Collectors.groupingBy(
                f -> TextNormaliser.fold(f.quote()), LinkedHashMap::new, Collectors.toList()));
        byQuote.forEach((quote, group) -> {
            int previous = -1;
            for (Fact member : group.size() > 1 ? group : List.<Fact>of()) {
                int at = quote.indexOf(TextNormaliser.fold(member.label()));
                if (at <= previous) {
                    problems.add(member.id() + ": '" + member.label() + "' is not listed at position "
                            + member.ordinal() + " of its quote");
                }
                previous = Math.max(previous, at);
            }
        });
    }
}
