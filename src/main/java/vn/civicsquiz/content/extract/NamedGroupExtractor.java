package vn.civicsquiz.content.extract;

import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.content.fact.FactSet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named groups inside a sentence: "ba trụ cột là A, B và C", "3 trụ cột là: A, B và C", "hai nhóm gồm A và B".
 * The count word must be there ("trụ cột chính" alone is not a group) and is checked against the members.
 */
final class NamedGroupExtractor {

    /** The list ends at the end of the clause: semicolon, full stop, closing quote or a bracket. */
    private static final Pattern LIST_END = Pattern.compile("[;.”\"()…]|\\s-\\s");
    private static final Pattern LAST_AND = Pattern.compile("\\s+và\\s+");

    private NamedGroupExtractor() {
    }

    static Findings extract(List<TokenizedSentence> sentences, String sourceId, String date) {
        Findings findings = new Findings();
        for (TokenizedSentence sentence : sentences) {
            String s = sentence.text();
            List<Token> tokens = sentence.tokens();
            for (VietnameseNumberParser.NumberAt number : VietnameseNumberParser.locate(s, tokens, true)) {
                Optional<CountPhrase> count = CountPhrase.at(s, tokens, number, sentence.start());
                if (count.isEmpty()) {
                    continue;
                }
                int listStart = listStart(s, tokens, number, count.get());
                if (listStart < 0) {
                    continue;
                }
                List<String> members = members(s.substring(listStart));
                if (members.size() < 2) {
                    continue;
                }
                findings.announcedCounts.put(count.get().numberOffset(), SetNames.name("group", count.get().noun()));
                propose(count.get(), members, s, sourceId, date, findings);
            }
        }
        return findings;
    }

    /** Offset after "là", "gồm", "bao gồm" or ":" that follows the counted noun, else -1. */
    private static int listStart(String s, List<Token> tokens, VietnameseNumberParser.NumberAt number, CountPhrase count) {
        int j = number.nextToken();
        int phraseEnd = s.indexOf(count.phrase(), number.mention().start()) + count.phrase().length();
        while (j < tokens.size() && tokens.get(j).start() < phraseEnd) {
            j++;
        }
        boolean connector = false;
        int after = phraseEnd;
        while (j < tokens.size()) {
            Token t = tokens.get(j);
            if (t.isWord("là") || t.isWord("gồm") || t.isWord("bao") || t.isWord("có") && connector
                    || t.isPunct(":")) {
                connector = true;
                after = t.end();
                j++;
            } else {
                break;
            }
        }
        return connector ? after : -1;
    }

    static List<String> members(String list) {
        Matcher end = LIST_END.matcher(list);
        String clause = end.find() ? list.substring(0, end.start()) : list;
        List<String> members = new ArrayList<>();
        String[] parts = clause.split(",");
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip().replaceFirst("^và\\s+", "");
            if (i == parts.length - 1) {
                for (String last : LAST_AND.split(part)) {
                    addMember(last, members);
                }
            } else {
                addMember(part, members);
            }
        }
        return members;
    }

    private static void addMember(String member, List<String> members) {
        String m = member.strip();
        if (!m.isEmpty()) {
            members.add(m);
        }
    }

    private static void propose(CountPhrase count, List<String> members, String sentence, String sourceId,
                                String date, Findings findings) {
        String setName = SetNames.name("group", count.noun());
        FactSet set = SetNames.known(count.noun()).orElse(null);
        if (count.count() != members.size()) {
            findings.warnings.add(new ExtractionWarning(ExtractionWarning.COUNT_MISMATCH, "\"" + count.phrase()
                    + "\" announces " + count.count() + " members but " + members.size() + " were found", sentence));
        }
        for (int k = 0; k < members.size(); k++) {
            String label = Labels.capitalise(members.get(k));
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("header", count.phrase());
            attributes.put("announcedCount", String.valueOf(count.count()));
            attributes.put("itemsFound", String.valueOf(members.size()));
            Fact fact = new Fact(FactIds.ofMember(setName, k + 1, label), set, k + 1, label, label, null, null,
                    date, sourceId, sentence, attributes);
            findings.proposals.add(new ProposedFact(setName, fact));
        }
    }
}
