package vn.civicsquiz.teacher;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.civicsquiz.platform.problem.ApiLanguage;
import vn.civicsquiz.platform.problem.Problem;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionRules;
import vn.civicsquiz.question.RuleViolation;

/** {@link QuestionRules} with the app's topics and source articles; violations become a 400 listing every field. */
@ApplicationScoped
public class QuestionChecks {

    private final QuestionRules rules;
    private final SourceRegistry sources;
    private final ApiLanguage language;

    public QuestionChecks(SourceRegistry sources, ApiLanguage language) {
        this.rules = new QuestionRules(QuestionRules.factSetTopics(), sources::exists);
        this.sources = sources;
        this.language = language;
    }

    /** The same rules for many drafts in one request: the source articles are read once, not once per draft. */
    public java.util.function.Function<QuestionDraft, List<RuleViolation>> forMany() {
        java.util.Set<String> active = sources.active();
        return new QuestionRules(QuestionRules.factSetTopics(), id -> id != null && active.contains(id))::check;
    }

    /** A violation's message in the language of the request (Vietnamese unless it prefers English). */
    public String say(RuleViolation violation) {
        return violation.in(language.english());
    }

    public List<RuleViolation> violations(QuestionDraft draft) {
        return rules.check(draft);
    }

    public void require(QuestionDraft draft) {
        List<RuleViolation> violations = violations(draft);
        if (!violations.isEmpty()) {
            throw ProblemException.badRequest(language.say("Câu hỏi vi phạm " + violations.size() + " quy tắc",
                    "The question breaks " + violations.size() + " rule" + (violations.size() == 1 ? "" : "s")),
                    violations.stream().map(v -> new Problem.FieldError(v.field(), say(v))).toList());
        }
    }
}
