package vn.civicsquiz.study.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.civicsquiz.study.ReviewCard;
import vn.civicsquiz.study.StudyQueue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** What the study API reads and writes; entities never leave the service layer. */
public final class StudyDtos {

    private StudyDtos() {
    }

    /** @param rating "again" | "hard" | "good" | "easy" or 1–4; @param reviewId optional UUID that makes a retry safe */
    @Schema(name = "ReviewRequest")
    public record ReviewRequest(@Schema(implementation = String.class, example = "good",
            description = "again, hard, good or easy (the numbers 1 to 4 are read too)") JsonNode rating, String reviewId) {
    }

    public record CardDto(long id, String factId, String front, String answer, String back, String quote,
                          String sourceUrl, Instant due, String phase) {
    }

    public record DueDto(long dueCount, long newCount, List<CardDto> cards) {
    }

    /** @param intervalDays whole days from this review to the next (0 while in the minute-long learning steps) */
    public record ScheduleDto(long cardId, String phase, Instant due, double stability, double difficulty,
                              long intervalDays, int reps, int lapses, boolean replayed) {
    }

    static DueDto due(StudyQueue.Due due) {
        return new DueDto(due.dueCount(), due.newCount(), due.cards().stream().map(StudyDtos::card).toList());
    }

    static CardDto card(StudyQueue.StudyCard card) {
        return new CardDto(card.id(), card.factId(), card.face().front(), card.face().answer(), card.face().text(),
                card.face().quote(), card.face().sourceUrl(), card.due(), ReviewCard.phaseName(card.phase()));
    }

    static ScheduleDto schedule(ReviewCard card, boolean replayed) {
        Instant last = card.lastReview.toInstant();
        Instant due = card.due.toInstant();
        return new ScheduleDto(card.id, card.phase, due, card.stability, card.difficulty,
                Duration.between(last, due).toDays(), card.reps, card.lapses, replayed);
    }
}
