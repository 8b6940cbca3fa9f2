package vn.civicsquiz.quiz.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.civicsquiz.quiz.ItemView;
import vn.civicsquiz.quiz.QuizAttempt;
import vn.civicsquiz.quiz.grading.Credit;

import java.time.OffsetDateTime;
import java.math.BigDecimal;
import java.util.List;

/** What the learner API returns: never entities, never the correct flags before feedback may be shown. */
public final class AttemptDtos {

    private AttemptDtos() {
    }

    @Schema(name = "Attempt")
    public record AttemptDto(long id, String topic, String mode, boolean review, int size, OffsetDateTime startedAt,
                             @Schema(description = "when a timed test ends by itself") OffsetDateTime deadline,
                             boolean finished, List<QuestionDto> questions) {
    }

    @Schema(name = "AttemptQuestion")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionDto(int position, String kind, String stem,
                              @Schema(description = "NUMERIC: the accepted deviation when the stem does not state it")
                              String tolerance, List<OptionDto> options,
                              @Schema(description = "MATCHING only: the right-hand choices") List<OptionDto> choices,
                              boolean answered, FeedbackDto feedback) {
    }

    @Schema(name = "AttemptOption", description = "id: this attempt's id of the option (its place in a random order), not"
            + " a database id; it says nothing about the answer")
    public record OptionDto(long id, String text) {
    }

    @Schema(name = "Feedback")
    public record FeedbackDto(boolean correct, List<String> rightAnswer, List<String> yourAnswer, String explanation,
                              String quote, @Schema(description = "the passage the question comes from") String sourceUrl,
                              @Schema(description = "every fact the question tests, each with its own sentence and link")
                              List<PassageDto> passages,
                              @Schema(description = "the teacher's feedback on each answer given, when written")
                              List<OptionFeedbackDto> optionFeedback,
                              @Schema(description = "share of the mark earned, 0 to 1: below 1 and above 0 when a "
                                      + "weighted option or accepted answer was given") BigDecimal credit) {
    }

    @Schema(name = "OptionFeedback")
    public record OptionFeedbackDto(@Schema(description = "the option chosen or the accepted answer matched")
                                    String option, String feedback) {
    }

    @Schema(name = "Passage")
    public record PassageDto(String factId, String quote, String url) {
    }

    @Schema(name = "AnswerResult")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AnswerResultDto(int position,
                                  @Schema(description = "true when this answer was given before; it was not changed")
                                  boolean replayed,
                                  @Schema(description = "practice mode only") Boolean correct,
                                  @Schema(description = "practice mode only") FeedbackDto feedback) {
    }

    @Schema(name = "Result")
    public record ResultDto(long id, @Schema(description = "sum of the answers' credits (right answers count 1, "
            + "partly right ones their share)") BigDecimal score, int max, long durationSeconds, OffsetDateTime finishedAt,
                            List<ResultItemDto> items) {
    }

    @Schema(name = "ResultItem")
    public record ResultItemDto(int position, long questionId, String kind, String stem, boolean answered,
                                boolean correct, FeedbackDto feedback) {
    }

    public static AttemptDto attempt(QuizAttempt a, List<ItemView> items) {
        return new AttemptDto(a.id, a.topic, a.mode.name(), a.review, a.size, a.startedAt, a.deadline(), a.finished(),
                items.stream().map(AttemptDtos::question).toList());
    }

    public static QuestionDto question(ItemView v) {
        List<OptionDto> options = v.options().stream().map(o -> new OptionDto(o.id(), o.text())).toList();
        List<OptionDto> choices = v.matching()
                ? v.choices().stream().map(c -> new OptionDto(c.id(), c.text())).toList() : null;
        return new QuestionDto(v.position(), v.kind().name(), v.stem(), v.tolerance(), options, choices, v.answered(), feedback(v));
    }

    public static FeedbackDto feedback(ItemView v) {
        ItemView.Feedback f = v.feedback();
        return f == null ? null : new FeedbackDto(f.correct(), f.rightAnswer(), v.given(), f.explanation(), f.quote(),
                f.sourceUrl(), f.passages().stream().map(p -> new PassageDto(p.factId(), p.quote(), p.url())).toList(),
                f.optionFeedback().stream().map(o -> new OptionFeedbackDto(o.option(), o.feedback())).toList(),
                Credit.plain(BigDecimal.valueOf(f.creditPercent(), 2)));
    }

    public static ResultDto result(QuizAttempt a, List<ItemView> items) {
        List<ResultItemDto> rows = items.stream().map(v -> new ResultItemDto(v.position(), v.questionId(),
                v.kind().name(), v.stem(), v.answered(), v.feedback() != null && v.feedback().correct(),
                feedback(v))).toList();
        long seconds = a.elapsed(a.finishedAt).toSeconds();
        return new ResultDto(a.id, a.score == null ? BigDecimal.ZERO : Credit.plain(a.score), a.size, seconds, a.finishedAt, rows);
    }
}
