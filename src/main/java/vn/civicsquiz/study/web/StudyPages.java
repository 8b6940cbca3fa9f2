package vn.civicsquiz.study.web;

import io.quarkus.qute.CheckedTemplate;
import vn.civicsquiz.platform.problem.Say;
import io.quarkus.qute.TemplateInstance;
import vn.civicsquiz.platform.security.Caller;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.study.FsrsScheduler;
import vn.civicsquiz.study.RatingInput;
import vn.civicsquiz.study.ReviewService;
import vn.civicsquiz.study.SettingsInput;
import vn.civicsquiz.study.StudyPreferences;
import vn.civicsquiz.study.StudyPreferencesService;
import vn.civicsquiz.study.StudyQueue;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static vn.civicsquiz.study.web.StudyResponses.page;
import static vn.civicsquiz.study.web.StudyResponses.seeOther;

/**
 * The flashcard flow for signed-in learners, without JavaScript: the first due card's front, "show answer" (a
 * plain link with {@code ?reveal}), then a form per rating. study.js only adds the keyboard shortcuts.
 */
@Path("/study")
@Produces(MediaType.TEXT_HTML)
public class StudyPages {

    /** The settings form as shown: the values typed (or stored) and which fields are wrong. */
    public record SettingsForm(String retention, String limit, List<String> errors, boolean saved) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance study(StudyQueue.Due due, StudyQueue.StudyCard card, boolean revealed,
                                             List<RatingChoice> choices, String reviewId, boolean backToQuiz);

        static native TemplateInstance settings(SettingsForm form);
    }

    private final Caller caller;
    private final StudyQueue queue;
    private final ReviewService reviews;
    private final StudyPreferencesService preferences;

    private final Clock clock;

    public StudyPages(Caller caller, StudyQueue queue, ReviewService reviews,
                      StudyPreferencesService preferences, Clock clock) {
        this.clock = clock;
        this.caller = caller;
        this.queue = queue;
        this.reviews = reviews;
        this.preferences = preferences;
    }

    @GET
    public Response study(@QueryParam("card") Long cardId, @QueryParam("reveal") String reveal,
                          @QueryParam("next") String next) {
        Long accountId = caller.accountId();
        if (accountId == null) {
            return seeOther(vn.civicsquiz.platform.security.ReturnPath.signInFor("/study"));
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        StudyQueue.Due due = queue.due(accountId, now, 1);
        boolean revealed = reveal != null && cardId != null;
        StudyQueue.StudyCard card = cardId != null ? queue.card(accountId, cardId)
                : due.cards().isEmpty() ? null : due.cards().get(0);
        List<RatingChoice> choices = card == null ? List.of() : RatingChoice.preview(
                new FsrsScheduler(preferences.of(accountId).fsrs()), card.state(), now);
        return page(Templates.study(due, card, revealed, choices, UUID.randomUUID().toString(), backToQuiz(next)),
                200);
    }

    @POST
    @Path("cards/{id}/review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response review(@PathParam("id") long id, @RestForm String rating, @RestForm String reviewId,
                           @RestForm String next) {
        Long accountId = caller.accountId();
        if (accountId == null) {
            return seeOther(vn.civicsquiz.platform.security.ReturnPath.signInFor("/study"));
        }
        var grade = RatingInput.parse(rating)
                .orElseThrow(() -> ProblemException.badRequest(RatingInput.EXPECTED));
        UUID clientId;
        try {
            clientId = reviewId == null || reviewId.isBlank() ? null : UUID.fromString(reviewId);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(new Say("reviewId phải là một UUID",
                    "reviewId must be a UUID"));
        }
        reviews.review(accountId, id, grade, clientId, clock.instant());
        return seeOther(backToQuiz(next) ? "/study/quiz" : "/study");
    }

    @GET
    @Path("settings")
    public Response settings(@QueryParam("saved") boolean saved) {
        Long accountId = caller.accountId();
        if (accountId == null) {
            return seeOther(vn.civicsquiz.platform.security.ReturnPath.signInFor("/study/settings"));
        }
        StudyPreferences mine = preferences.of(accountId);
        return page(Templates.settings(new SettingsForm(mine.desiredRetention.toPlainString(),
                Integer.toString(mine.dailyNewLimit), List.of(), saved)), 200);
    }

    @POST
    @Path("settings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveSettings(@RestForm String retention, @RestForm String limit) {
        Long accountId = caller.accountId();
        if (accountId == null) {
            return seeOther(vn.civicsquiz.platform.security.ReturnPath.signInFor("/study/settings"));
        }
        SettingsInput input = SettingsInput.parse(retention, limit);
        if (!input.valid()) {
            return page(Templates.settings(new SettingsForm(retention == null ? "" : retention,
                    limit == null ? "" : limit, input.errors(), false)), 400);
        }
        preferences.save(accountId, input.retention(), input.dailyNewLimit());
        return seeOther("/study/settings?saved=true");
    }

    /** A card the quiz-style review had no question for is rated here, then the quiz-style review goes on. */
    private static boolean backToQuiz(String next) {
        return "quiz".equals(next);
    }
}
