package vn.civicsquiz.generate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.content.fact.FactSet;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionKind;

/**
 * Conferences, congresses, documents and positions: which one belongs to a date, when, who chaired it, which in
 * its series. A date is asked with the verb the articles use for the kind of event (a meeting "diễn ra", a
 * document "được ban hành"); an event of no such kind is not asked by date.
 */
final class EventQuestions implements QuestionTemplate {

    @Override
    public List<QuestionDraft> build(FactBase base, long seed) {
        List<Fact> events = base.of(FactSet.EVENTS).stream().filter(e -> has(e, "name")).toList();
        List<QuestionDraft> out = new ArrayList<>();
        for (Fact event : events) {
            Dice dice = Dice.of(seed, "event/" + event.id());
            // a fact about the meeting's place in a series quotes that, not the day: its sibling fact asks the date
            if (has(event, "date") && !namesItsYear(event) && happened(event).isPresent() && !has(event, "since")) {
                whichEvent(event, events, dice).ifPresent(out::add);
                whichDate(event, events, base, dice).ifPresent(out::add);
                swappedDate(event, events, base, dice).ifPresent(out::add);
                out.add(Drafts.trueFalse(dated(event, event.attribute("date")), true,
                        "Đúng. " + dated(event, event.attribute("date")), 0.2, List.of(event)));
            }
            if (has(event, "chair")) {
                chair(event, base, dice).forEach(out::add);
            }
            if (has(event, "number") && has(event, "date") && (isInASeries(event) || has(event, "since"))) {
                numberInSeries(event, dice).forEach(out::add);
            }
        }
        return out;
    }

    /** "Cương lĩnh bổ sung năm 2011" gives its own date away: no question asks when it was. */
    static boolean namesItsYear(Fact event) {
        String year = Vietnamese.year(event.attribute("date"));
        return year != null && event.attribute("name").contains(year);
    }

    private static boolean has(Fact fact, String attribute) {
        return fact.attribute(attribute) != null && !fact.attribute(attribute).isBlank();
    }

    private static String dated(Fact event, String date) {
        return event.attribute("name") + " " + happened(event).orElseThrow() + " vào " + on(date) + ".";
    }

    /**
     * How the articles say an event took place: "diễn ra" for a meeting, "được ban hành" for a document, or the
     * curated {@code happened} attribute. Empty for anything else (a position, a partnership upgrade).
     */
    static Optional<String> happened(Fact event) {
        if (has(event, "happened")) {
            return Optional.of(event.attribute("happened").strip());
        }
        String name = Folding.fold(event.attribute("name"));
        if (name.startsWith("hội nghị") || name.startsWith("đại hội")) {
            return Optional.of("diễn ra");
        }
        if (name.startsWith("chỉ thị") || name.startsWith("chiến lược") || name.startsWith("nghị quyết")
                || name.startsWith("cương lĩnh")) {
            return Optional.of("được ban hành");
        }
        return Optional.empty();
    }

    /** "ngày 14/12/2021", "tháng 12/2023", "năm 1986" */
    private static String on(String date) {
        String shown = Vietnamese.date(date);
        return Character.isDigit(shown.charAt(0)) ? "ngày " + shown : shown;
    }

    private Optional<QuestionDraft> whichEvent(Fact event, List<Fact> events, Dice dice) {
        String verb = happened(event).orElseThrow();
        List<String> others = events.stream()
                .filter(e -> has(e, "date") && !overlap(e.attribute("date"), event.attribute("date"))
                        && !namesItsYear(e) && happened(e).filter(verb::equals).isPresent())
                .map(e -> e.attribute("name"))
                .filter(n -> !Folding.fold(n).equals(Folding.fold(event.attribute("name")))).distinct().toList();
        if (others.size() < 3) {
            return Optional.empty();
        }
        String what = verb.equals("diễn ra") ? "sự kiện" : "văn bản";
        String stem = "Theo các bài viết, " + what + " nào " + verb + " vào " + on(event.attribute("date")) + "?";
        return Optional.of(Drafts.single(QuestionKind.SINGLE, stem, event.attribute("name"), dice.sample(others, 3),
                dated(event, event.attribute("date")), 0.45, List.of(event)));
    }

    private Optional<QuestionDraft> whichDate(Fact event, List<Fact> events, FactBase base, Dice dice) {
        List<String> wrong = dice.sample(wrongDates(event, events, base), 3);
        if (wrong.size() < 3) {
            return Optional.empty();
        }
        String stem = event.attribute("name") + " " + happened(event).orElseThrow() + " vào thời gian nào?";
        return Optional.of(Drafts.single(QuestionKind.SINGLE, stem, Vietnamese.capitalise(on(event.attribute("date"))),
                wrong.stream().map(d -> Vietnamese.capitalise(on(d))).toList(), dated(event, event.attribute("date")),
                0.5, List.of(event)));
    }

    /** The controlled change for dates: another event's date, or the same date moved a little. */
    private Optional<QuestionDraft> swappedDate(Fact event, List<Fact> events, FactBase base, Dice dice) {
        List<String> wrong = wrongDates(event, events, base);
        if (wrong.isEmpty()) {
            return Optional.empty();
        }
        String changed = dice.pick(wrong.subList(0, Math.min(3, wrong.size())));
        return Optional.of(Drafts.trueFalse(dated(event, changed), false, "Sai. " + dated(event,
                event.attribute("date")), 0.35, List.of(event)));
    }

    /** Other events' dates of the same precision first, then nearby ones; never a date the base gives this event. */
    static List<String> wrongDates(Fact event, List<Fact> events, FactBase base) {
        Set<String> dates = new LinkedHashSet<>();
        String own = event.attribute("date").strip();
        events.stream().map(e -> e.attribute("date")).filter(d -> d != null && d.strip().length() == own.length())
                .map(String::strip).forEach(dates::add);
        try {
            if (own.length() == 10) {
                LocalDate day = LocalDate.parse(own);
                for (int d : new int[] {-1, 1, -2, 2}) {
                    dates.add(day.plusDays(d).toString());
                }
                dates.add(day.plusMonths(-1).toString());
                dates.add(day.plusMonths(1).toString());
            } else if (own.length() == 7) {
                YearMonth month = YearMonth.parse(own);
                for (int m : new int[] {-1, 1, -12, 12}) {
                    dates.add(month.plusMonths(m).toString());
                }
            } else if (own.matches("\\d{4}")) {
                int year = Integer.parseInt(own);
                IntStream.of(-1, 1, -2, 2).forEach(d -> dates.add(Integer.toString(year + d)));
            }
        } catch (DateTimeParseException notADate) {
            // an unusual date only gets other events' dates
        }
        String reported = latestOfItsArticle(event, base);
        dates.removeIf(d -> overlap(d, own) || base.heldOn(event.attribute("name"), d)
                || (reported != null && earliestDay(d).compareTo(lastDay(reported)) > 0));
        return new ArrayList<>(dates);
    }

    /**
     * The latest date any fact of the event's article is true at: the article was written on or after it, so a
     * date after it (a conference "in 12/2024" in an article of 9/2024) is no wrong answer it could state.
     */
    static String latestOfItsArticle(Fact event, FactBase base) {
        return base.all().stream().filter(f -> event.source().equals(f.source()) && f.asOf() != null)
                .map(f -> lastDay(f.asOf().strip())).max(String::compareTo).orElse(null);
    }

    /** "2021" → "2021-01-01", "2021-12" → "2021-12-01". */
    static String earliestDay(String date) {
        String d = date.strip();
        return d.length() == 4 ? d + "-01-01" : d.length() == 7 ? d + "-01" : d;
    }

    /** "2021" → "2021-12-31", "2021-12" → "2021-12-31" (month ends compared as text, so "-31" is enough). */
    static String lastDay(String date) {
        String d = date.strip();
        return d.length() == 4 ? d + "-12-31" : d.length() == 7 ? d + "-31" : d;
    }

    /** "2021" and "2021-12-13" overlap: the day lies in the year, so neither is wrong for the other. */
    static boolean overlap(String a, String b) {
        String x = a.strip();
        String y = b.strip();
        return x.startsWith(y) || y.startsWith(x);
    }

    /** Who chaired it: the options name people with their role, as the articles do ("Tổng Bí thư Nguyễn Phú Trọng"). */
    private List<QuestionDraft> chair(Fact event, FactBase base, Dice dice) {
        List<String> notChairs = PeopleQuestions.othersBySimilarRank(chairFact(event, base), base.of(FactSet.PEOPLE),
                        base, dice).stream()
                .filter(p -> !base.chaired(p.attribute("name"), event.attribute("name")))
                .map(p -> p.attribute("role") + " " + p.attribute("name")).distinct().toList();
        if (notChairs.size() < 3) {
            return List.of();
        }
        String chair = event.attribute("chair");
        String name = event.attribute("name");
        String quote = has(event, "chairQuote") ? event.attribute("chairQuote") : event.quote();
        String source = has(event, "chairSource") ? event.attribute("chairSource") : event.source();
        String answer = name + " do " + chair + " chủ trì.";
        return List.of(
                Drafts.quoting(Drafts.single(QuestionKind.SINGLE, "Ai chủ trì " + name + "?", chair,
                        notChairs.subList(0, 3), answer, 0.4, List.of(event)), source, quote, answer),
                Drafts.quoting(Drafts.trueFalse(answer, true, "Đúng. " + answer, 0.2, List.of(event)), source, quote,
                        "Đúng. " + answer),
                Drafts.quoting(Drafts.trueFalse(name + " do " + notChairs.get(0) + " chủ trì.", false, "Sai. " + answer,
                        0.35, List.of(event)), source, quote, "Sai. " + answer));
    }

    /** The chair as a person fact when the base has one, so that distractors are of similar rank. */
    private static Fact chairFact(Fact event, FactBase base) {
        String chair = Folding.fold(event.attribute("chair"));
        return base.of(FactSet.PEOPLE).stream().filter(p -> chair.contains(Folding.fold(p.attribute("name"))))
                .findFirst().orElse(new Fact(event.id() + "-chair", FactSet.PEOPLE, null, event.attribute("chair"),
                        event.attribute("chair"), null, null, event.asOf(), event.source(), event.quote(),
                        java.util.Map.of("name", event.attribute("chair"), "role", event.attribute("chair"))));
    }

    /** Meetings in a numbered series ("lần thứ 20"); "Đại hội VI" or "Chỉ thị số 32" are no series to count in. */
    private static boolean isInASeries(Fact event) {
        return Folding.fold(event.attribute("name")).contains("lần thứ");
    }

    private static String nth(int number) {
        return number == 1 ? "Lần đầu tiên" : "Lần thứ " + number;
    }

    /**
     * "Hội nghị Ngoại vụ toàn quốc (13/12/2021) được tổ chức lần thứ mấy?" as a choice, for a
     * meeting of a numbered series. A one-off meeting ("lần đầu tiên") is only asked against the anchor the article
     * counts from ({@code since}: "kể từ khi thành lập Đảng Cộng sản Việt Nam"), as a choice.
     */
    private List<QuestionDraft> numberInSeries(Fact event, Dice dice) {
        int number;
        try {
            number = Integer.parseInt(event.attribute("number").strip());
        } catch (NumberFormatException notANumber) {
            return List.of();
        }
        String name = withoutNumber(event.attribute("name")) + " (" + Vietnamese.date(event.attribute("date")) + ")";
        String answer = withoutNumber(event.attribute("name")) + " (" + Vietnamese.date(event.attribute("date"))
                + ") là " + nth(number).toLowerCase(java.util.Locale.ROOT) + ".";
        List<String> wrong = dice.sample(IntStream.rangeClosed(Math.max(1, number - 3), number + 3)
                .filter(n -> n != number).mapToObj(EventQuestions::nth).toList(), 3);
        if (!isInASeries(event)) {
            // every option in words ("Lần thứ nhất", "Lần thứ hai"), so the key does not stand out as the only one
            String since = event.attribute("since").strip();
            String stem = "Theo bài viết, " + withoutNumber(event.attribute("name")) + " ngày "
                    + Vietnamese.date(event.attribute("date")) + " là lần thứ mấy, " + since
                    + ", một hội nghị như vậy được tổ chức?";
            String onlyOnce = withoutNumber(event.attribute("name")) + " ngày " + Vietnamese.date(event.attribute("date"))
                    + " là " + nth(number).toLowerCase(java.util.Locale.ROOT) + " " + since + " có một hội nghị như vậy.";
            List<String> inWords = dice.sample(IntStream.rangeClosed(Math.max(1, number - 3), number + 3)
                    .filter(n -> n != number).mapToObj(n -> "Lần " + Vietnamese.ordinal(n)).toList(), 3);
            return List.of(Drafts.single(QuestionKind.SINGLE, stem, "Lần " + Vietnamese.ordinal(number), inWords,
                    onlyOnce, 0.5, List.of(event)));
        }
        // asked once, as a choice: typing the number of a recurring meeting is rote, not civics
        return List.of(
                Drafts.single(QuestionKind.SINGLE, name + " được tổ chức lần thứ mấy?", nth(number), wrong, answer, 0.5,
                        List.of(event)));
    }

    /** "Hội nghị Ngoại vụ toàn quốc lần thứ 20" → "Hội nghị Ngoại vụ toàn quốc": the stem must not give it away. */
    static String withoutNumber(String name) {
        return name.replaceAll("\\s*lần thứ\\s+\\S+", "").strip();
    }
}
