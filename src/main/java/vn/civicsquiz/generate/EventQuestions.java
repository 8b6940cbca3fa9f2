package vn.civicsquiz.generate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import vn.civicsquiz.content.Fact;
import vn.civicsquiz.content.FactSet;
import vn.civicsquiz.content.TextNormaliser;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionKind;

import static vn.civicsquiz.generate.Drafts.quoted;

/** Conferences and congresses: which one, when, who chaired it, which in the series. */
final class EventQuestions implements QuestionTemplate {

    @Override
    public List<QuestionDraft> build(FactBase base, long seed) {
        List<Fact> events = base.of(FactSet.EVENTS).stream().filter(e -> has(e, "name")).toList();
        List<Fact> people = base.of(FactSet.PEOPLE).stream().filter(p -> has(p, "name")).toList();
        List<QuestionDraft> out = new ArrayList<>();
        for (Fact event : events) {
            Dice dice = Dice.of(seed, "event/" + event.id());
            if (has(event, "date")) {
                whichEvent(event, events, dice).ifPresent(out::add);
                whichDate(event, events, base, dice).ifPresent(out::add);
                swappedDate(event, events, base, dice).ifPresent(out::add);
                out.add(Drafts.trueFalse(heldOn(event, event.attribute("date")), true, "Đúng. " + heldOn(event,
                        event.attribute("date")), 0.2, List.of(event)));
            }
            if (has(event, "chair")) {
                List<String> notChairs = people.stream().map(p -> p.attribute("name"))
                        .filter(n -> !base.chaired(n, event.attribute("name"))).distinct().toList();
                if (notChairs.size() >= 3) {
                    out.add(Drafts.single(QuestionKind.SINGLE, "Ai chủ trì " + event.attribute("name") + "?",
                            event.attribute("chair"), dice.sample(notChairs, 3), chairedBy(event, event.attribute("chair")),
                            0.4, List.of(event)));
                    out.add(Drafts.trueFalse(chairedBy(event, event.attribute("chair")), true,
                            "Đúng. " + chairedBy(event, event.attribute("chair")), 0.2, List.of(event)));
                    out.add(Drafts.trueFalse(chairedBy(event, dice.pick(notChairs)), false,
                            "Sai. " + chairedBy(event, event.attribute("chair")), 0.35, List.of(event)));
                }
            }
            if (has(event, "number")) {
                numberInSeries(event, dice).forEach(out::add);
            }
        }
        return out;
    }

    private static boolean has(Fact fact, String attribute) {
        return fact.attribute(attribute) != null && !fact.attribute(attribute).isBlank();
    }

    private static String heldOn(Fact event, String date) {
        return event.attribute("name") + " được tổ chức " + on(date) + ".";
    }

    private static String chairedBy(Fact event, String name) {
        return event.attribute("name") + " do " + name + " chủ trì.";
    }

    /** "ngày 14/12/2021", "tháng 12/2023", "năm 1986" */
    private static String on(String date) {
        String shown = Vietnamese.date(date);
        return Character.isDigit(shown.charAt(0)) ? "ngày " + shown : shown;
    }

    /** "Sự kiện nào diễn ra ngày 13/12/2021?" with the other events as options. */
    private Optional<QuestionDraft> whichEvent(Fact event, List<Fact> events, Dice dice) {
        List<String> others = events.stream().filter(e -> e != event && !sameDay(e, event))
                .map(e -> e.attribute("name")).distinct().toList();
        if (others.size() < 3) {
            return Optional.empty();
        }
        String chair = has(event, "chair") ? ", do " + event.attribute("chair") + " chủ trì" : "";
        String stem = "Sự kiện nào diễn ra " + on(event.attribute("date")) + chair + "?";
        return Optional.of(Drafts.single(QuestionKind.SINGLE, stem, event.attribute("name"), dice.sample(others, 3),
                heldOn(event, event.attribute("date")), 0.4, List.of(event)));
    }

    private Optional<QuestionDraft> whichDate(Fact event, List<Fact> events, FactBase base, Dice dice) {
        List<String> wrong = dice.sample(wrongDates(event, events, base), 3);
        if (wrong.size() < 3) {
            return Optional.empty();
        }
        String stem = event.attribute("name") + " được tổ chức vào thời gian nào?";
        return Optional.of(Drafts.single(QuestionKind.SINGLE, stem, Vietnamese.capitalise(on(event.attribute("date"))),
                wrong.stream().map(d -> Vietnamese.capitalise(on(d))).toList(), heldOn(event, event.attribute("date")),
                0.5, List.of(event)));
    }

    /** The controlled change for dates: another event's date, or the same date moved by a day or a month. */
    private Optional<QuestionDraft> swappedDate(Fact event, List<Fact> events, FactBase base, Dice dice) {
        List<String> wrong = wrongDates(event, events, base);
        if (wrong.isEmpty()) {
            return Optional.empty();
        }
        String changed = dice.pick(wrong.subList(0, Math.min(3, wrong.size())));
        return Optional.of(Drafts.trueFalse(heldOn(event, changed), false, "Sai. " + heldOn(event,
                event.attribute("date")), 0.35, List.of(event)));
    }

    /** Other events' dates first, then nearby dates; never a date the fact base gives this event. */
    static List<String> wrongDates(Fact event, List<Fact> events, FactBase base) {
        Set<String> dates = new LinkedHashSet<>();
        String own = event.attribute("date");
        events.stream().map(e -> e.attribute("date")).filter(d -> d != null && d.length() == own.length())
                .forEach(dates::add);
        try {
            LocalDate day = LocalDate.parse(own);
            for (int d : new int[] {-1, 1, -2, 2}) {
                dates.add(day.plusDays(d).toString());
            }
            dates.add(day.plusMonths(-1).toString());
            dates.add(day.plusMonths(1).toString());
        } catch (DateTimeParseException notAFullDate) {
            // year-month and year dates only get other events' dates
        }
        dates.removeIf(d -> d.equals(own) || base.heldOn(event.attribute("name"), d));
        return new ArrayList<>(dates);
    }

    private static boolean sameDay(Fact a, Fact b) {
        return TextNormaliser.nfc(a.attribute("date")).equals(TextNormaliser.nfc(b.attribute("date")));
    }

    /** "Hội nghị Ngoại vụ toàn quốc … là lần thứ mấy?" as a choice and as a typed number. */
    private List<QuestionDraft> numberInSeries(Fact event, Dice dice) {
        int number;
        try {
            number = Integer.parseInt(event.attribute("number").strip());
        } catch (NumberFormatException notANumber) {
            return List.of();
        }
        String name = withoutNumber(event.attribute("name"));
        String when = has(event, "date") ? " (" + Vietnamese.date(event.attribute("date")) + ")" : "";
        String answer = event.attribute("name") + when + " là lần thứ " + number + ".";
        List<String> wrong = dice.sample(IntStream.rangeClosed(Math.max(1, number - 3), number + 3)
                .filter(n -> n != number).mapToObj(n -> "Lần thứ " + n).toList(), 3);
        return List.of(
                Drafts.single(QuestionKind.SINGLE, quoted(name) + when + " là hội nghị lần thứ mấy?",
                        "Lần thứ " + number, wrong, answer, 0.5, List.of(event)),
                Drafts.numeric(quoted(name) + when + " là hội nghị lần thứ mấy? Nhập một số chính xác.",
                        BigDecimal.valueOf(number), BigDecimal.ZERO, answer, 0.65, List.of(event)));
    }

    /** "Hội nghị Ngoại vụ toàn quốc lần thứ 20" → "Hội nghị Ngoại vụ toàn quốc": the stem must not give it away. */
    static String withoutNumber(String name) {
        return name.replaceAll("\\s*lần thứ\\s+\\S+", "").strip();
    }
}
