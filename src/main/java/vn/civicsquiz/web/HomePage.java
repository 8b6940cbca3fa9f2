package vn.civicsquiz.web;

import vn.civicsquiz.classes.ClassPages;
import vn.civicsquiz.classes.ClassService;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.civicsquiz.learner.CurrentLearner;
import vn.civicsquiz.learner.LearnerRef;
import vn.civicsquiz.learner.ProgressService;
import vn.civicsquiz.learner.TopicCounts;
import vn.civicsquiz.quiz.AttemptService;
import vn.civicsquiz.quiz.QuizAttempt;
import vn.civicsquiz.quiz.QuizSettings;
import vn.civicsquiz.quiz.QuizTopics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the app is, the topics with their question counts, and the form that starts a quiz. */
@Path("/")
public class HomePage {

    private static final Set<String> NOTICES = Set.of("empty", "no_mistakes");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(HomeModel home);
    }

    private final TopicCounts counts;
    private final CurrentLearner current;
    private final AttemptService attempts;
    private final ProgressService progress;
    private final QuizSettings settings;
    private final ClassService classes;
    private final vn.civicsquiz.learner.habit.HabitService habits;

    public HomePage(TopicCounts counts, CurrentLearner current, AttemptService attempts, ProgressService progress,
                    QuizSettings settings, ClassService classes, vn.civicsquiz.learner.habit.HabitService habits) {
        this.habits = habits;
        this.counts = counts;
        this.current = current;
        this.attempts = attempts;
        this.progress = progress;
        this.settings = settings;
        this.classes = classes;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance index(@QueryParam("notice") String notice) {
        Map<String, Integer> published = counts.published();
        List<HomeModel.TopicChoice> topics = new ArrayList<>();
        for (String topic : QuizTopics.ALL) {
            String key = "topic_" + QuizTopics.key(topic);
            topics.add(new HomeModel.TopicChoice(topic, key, key + "_desc", published.getOrDefault(topic, 0),
                    topics.isEmpty()));
        }
        Optional<LearnerRef> learner = current.find();
        HomeModel.Resume resume = learner.flatMap(attempts::open).map(this::resume).orElse(null);
        int mistakes = learner.map(l -> progress.mistakes(l.learnerId())).orElse(0);
        return Templates.index(new HomeModel(topics, settings.sizes(), settings.timeLimitsMinutes(), resume, mistakes,
                current.accountId() == null, notice != null && NOTICES.contains(notice) ? "notice_" + notice : null,
                openAssignments(current.accountId()), habit(learner),
                vn.civicsquiz.learner.habit.HabitService.GOAL_CHOICES));
    }

    /** A learner's goal and XP; an account that has not answered yet sees the defaults, a new visitor nothing. */
    private vn.civicsquiz.learner.habit.Habit habit(Optional<LearnerRef> learner) {
        if (learner.isPresent()) {
            return habits.of(learner.get().learnerId());
        }
        return current.accountId() != null ? habits.empty() : null;
    }

    /** A member of a class sees what it was assigned on the home page until the deadline passes, and what they did. */
    private List<ClassPages.AssignmentRow> openAssignments(Long accountId) {
        if (accountId == null) {
            return List.of();
        }
        return classes.assignmentsOfMember(accountId).stream().filter(a -> !a.overdue() || a.done())
                .map(a -> ClassPages.AssignmentRow.of(a, settings.studyZone())).toList();
    }

    private HomeModel.Resume resume(QuizAttempt attempt) {
        java.time.OffsetDateTime deadline = attempt.deadline();
        Integer minutesLeft = null;
        String clock = null;
        if (deadline != null) {
            long seconds = Math.max(0, java.time.Duration.between(attempts.now(), deadline).toSeconds());
            minutesLeft = (int) ((seconds + 59) / 60);
            clock = deadline.atZoneSameInstant(settings.studyZone())
                    .format(java.time.format.DateTimeFormatter.ofPattern("HH:mm"));
        }
        return new HomeModel.Resume(attempt.id, "topic_" + QuizTopics.key(attempt.topic),
                attempts.answeredPositions(attempt.id).size(), attempt.size, attempt.feedbackAfterEachAnswer(),
                minutesLeft, clock, deadline == null ? null : deadline.toInstant().toString());
    }
}
