package vn.civicsquiz.quiz;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.civicsquiz.question.QuestionKind;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plays quizzes over the real API as a client that knows nothing about the subject and reads only what it is
 * sent: the ids and the order of the options and choices. Whatever rule it applies, it scores about at chance on
 * every kind. The question page's option markup is the same for right and wrong options but for ids and text.
 */
@QuarkusTest
class CheatingClientApiTest {

    static final int ATTEMPTS_PER_RULE = 16;

    /**
     * The highest share of right answers a rule that reads only ids and order may get: chance is 1/4 for one of
     * four options, 1/2 for true/false, 1/6 for two of four and for an order of three, 1/24 for three pairs out of
     * four choices; each ceiling is reached by chance with a probability under 1/3000 in 16 attempts, while a
     * layout that leaks the answer gives full marks.
     */
    static final Map<QuestionKind, Double> CEILING = Map.of(
            QuestionKind.SINGLE, 0.7, QuestionKind.NEGATIVE, 0.7, QuestionKind.TRUE_FALSE, 0.9,
            QuestionKind.MULTIPLE, 0.6, QuestionKind.ORDERING, 0.6, QuestionKind.MATCHING, 0.4);

    @Inject
    TestBank bank;
    @Inject
    GuestFixture guests;
    @Inject
    AttemptService attempts;

    /** What the client sees of one question: option ids and (MATCHING) choice ids, in the order sent. */
    record Seen(QuestionKind kind, List<Long> options, List<Long> choices) {
    }

    /** A rule from what is seen to the JSON body of an answer. */
    record Rule(String name, Function<Seen, Map<String, Object>> answer) {
    }

    static Map<String, Object> play(Seen seen, List<Long> options, List<Long> choices) {
        return switch (seen.kind()) {
            case SINGLE, NEGATIVE, TRUE_FALSE -> Map.of("optionIds", List.of(options.get(0)));
            case MULTIPLE -> Map.of("optionIds", options.subList(0, 2));
            case ORDERING -> Map.of("order", options);
            case MATCHING -> {
                Map<String, Long> pairs = new LinkedHashMap<>();
                for (int i = 0; i < options.size(); i++) {
                    pairs.put(String.valueOf(options.get(i)), choices.get(i));
                }
                yield Map.of("pairs", pairs);
            }
            default -> throw new IllegalArgumentException(seen.kind().name());
        };
    }

    static final List<Rule> RULES = List.of(
            new Rule("as shown", s -> play(s, s.options(), s.choices())),
            new Rule("by lowest id", s -> play(s, sorted(s.options()), sorted(s.choices()))));

    static List<Long> sorted(List<Long> ids) {
        return ids.stream().sorted().toList();
    }

    @Test
    void a_client_reading_only_ids_and_order_scores_at_chance_on_every_kind() {
        String topic = bank.privateTopic(1);
        for (Rule rule : RULES) {
            Map<QuestionKind, int[]> tally = new EnumMap<>(QuestionKind.class); // right, asked
            for (int n = 0; n < ATTEMPTS_PER_RULE; n++) {
                GuestFixture.Guest guest = guests.newGuest();
                long attempt = attempts.start(guest.ref(), new StartRequest(topic, 8, QuizMode.practice, false, null)).id;
                JsonPath sent = given().header("X-Guest-Token", guest.token()).get("/api/v1/attempts/{id}", attempt)
                        .then().statusCode(200).extract().jsonPath();
                List<Map<String, Object>> questions = sent.getList("questions");
                for (Map<String, Object> q : questions) {
                    QuestionKind kind = QuestionKind.valueOf((String) q.get("kind"));
                    if (!CEILING.containsKey(kind)) {
                        continue;
                    }
                    Seen seen = new Seen(kind, ids(q.get("options")), ids(q.get("choices")));
                    boolean right = given().header("X-Guest-Token", guest.token()).contentType(ContentType.JSON)
                            .body(rule.answer().apply(seen))
                            .put("/api/v1/attempts/{id}/answers/{p}", attempt, q.get("position"))
                            .then().statusCode(200).extract().jsonPath().getBoolean("correct");
                    int[] counts = tally.computeIfAbsent(kind, k -> new int[2]);
                    counts[0] += right ? 1 : 0;
                    counts[1]++;
                }
            }
            assertThat(tally.keySet()).as(rule.name()).containsExactlyInAnyOrderElementsOf(CEILING.keySet());
            tally.forEach((kind, counts) -> assertThat((double) counts[0] / counts[1])
                    .as(rule.name() + " on " + kind + ": " + counts[0] + " of " + counts[1])
                    .isLessThanOrEqualTo(CEILING.get(kind)));
        }
    }

    private static final Pattern OPTION = Pattern.compile(
            "<label class=\"option[^\"]*\" for=\"opt-\\d+\">\\s*<input[^>]*>\\s*<span class=\"option-text\" lang=\"vi\">");

    @Test
    void right_and_wrong_options_have_the_same_markup_on_the_page_but_for_their_ids() {
        GuestFixture.Guest guest = guests.newGuest();
        String topic = bank.privateTopic(1);
        long attempt = attempts.start(guest.ref(), new StartRequest(topic, 8, QuizMode.practice, false, null)).id;
        int checked = 0;
        for (int position = 1; position <= 8; position++) {
            String page = given().cookie("quiz-guest", guest.token()).get("/quiz/{id}/q/{p}", attempt, position)
                    .then().statusCode(200).extract().asString();
            Matcher m = OPTION.matcher(page);
            Set<String> shapes = new TreeSet<>();
            List<String> all = new ArrayList<>();
            while (m.find()) {
                all.add(m.group());
                shapes.add(m.group().replaceAll("\\d+", "N"));
            }
            if (!all.isEmpty()) {
                checked++;
                assertThat(all.size()).isGreaterThanOrEqualTo(2);
                assertThat(shapes).as("option markup at " + position + ": " + all).hasSize(1);
                assertThat(page).doesNotContain("data-correct").doesNotContain("data-right");
            }
        }
        assertThat(checked).as("questions answered by picking options").isEqualTo(4);
    }

    @SuppressWarnings("unchecked")
    private static List<Long> ids(Object options) {
        if (options == null) {
            return List.of();
        }
        return ((List<Map<String, Object>>) options).stream().map(o -> ((Number) o.get("id")).longValue()).toList();
    }
}
