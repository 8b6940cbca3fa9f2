package vn.civicsquiz.teacher;

import com.fasterxml.jackson.databind.JsonNode;
import vn.civicsquiz.platform.problem.Say;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.util.List;
import vn.civicsquiz.platform.problem.Problem;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.question.Question;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionOrigin;
import vn.civicsquiz.question.QuestionStatus;

/** Edits that build on {@link QuestionBank}: a JSON merge patch (RFC 7396) and a copy of a question. */
@ApplicationScoped
public class QuestionEdits {

    /** Added to a copy's stem: the bank holds no two identical live questions, and the teacher edits the copy. */
    static final String COPY_MARK = " (bản sao)";
    private static final int COPIES_TRIED = 20;

    private final QuestionBank bank;
    private final QuestionChecks checks;
    private final ObjectMapper json;

    public QuestionEdits(QuestionBank bank, QuestionChecks checks, ObjectMapper json) {
        this.bank = bank;
        this.checks = checks;
        this.json = json;
    }

    /**
     * The question as GET shows it, with the patch merged in, then saved like a PUT. The patch must carry the
     * version the teacher read, and may not change the status (that has its own endpoint and its own rules).
     */
    @Transactional
    public QuestionBank.Updated patch(long id, byte[] body, long teacherId) throws IOException {
        // bytes, not a String: JSON is UTF-8, and a byte that is not refuses the patch instead of becoming U+FFFD
        JsonNode patch = body == null || body.length == 0 ? null : json.readTree(body);
        if (patch == null || !patch.isObject()) {
            throw ProblemException.badRequest(new Say("Bản vá (merge patch) phải là một đối tượng JSON",
                    "A merge patch is a JSON object"), ProblemException.fault("body",
                    "một đối tượng JSON gồm các trường cần đổi và version",
                    "a JSON object with the fields to change and the version"));
        }
        if (!patch.hasNonNull("version")) {
            throw QuestionBank.versionMissing();
        }
        QuestionView current = bank.find(id);
        JsonNode status = patch.get("status");
        if (status != null && !status.asText().equalsIgnoreCase(current.status().name())) {
            String how = "POST /api/v1/questions/" + id + "/status, /api/v1/questions/bulk";
            throw ProblemException.badRequest(new Say("Bản vá không đổi trạng thái", "A patch does not change the status"),
                    ProblemException.fault("status", "đổi trạng thái bằng " + how, "change it with " + how));
        }
        JsonNode merged = merge(json.valueToTree(current), patch);
        return bank.update(id, json.treeToValue(merged, QuestionInput.class), teacherId);
    }

    /** RFC 7396: objects merge member by member, null removes, anything else (arrays too) replaces. */
    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : ((ObjectNode) patch).objectNode();
        patch.fields().forEachRemaining(field -> {
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), merge(result.get(field.getKey()), field.getValue()));
            }
        });
        return result;
    }

    /** A new draft with the question's content, its stem marked as a copy, written by this teacher. */
    @Transactional
    public QuestionView duplicate(long id, Long accountId) {
        Question original = QuestionBank.load(id);
        QuestionDraft content = QuestionViews.draft(original);
        for (int n = 1; n <= COPIES_TRIED; n++) {
            String stem = content.stem() + (n == 1 ? COPY_MARK : COPY_MARK.replace(")", " " + n + ")"));
            QuestionDraft copy = new QuestionDraft(content.kind(), content.topic(), content.title(), stem,
                    content.options(), content.numericAnswer(), content.tolerance(), content.explanation(),
                    content.difficulty(), content.factIds(), content.sourceId(), content.quote());
            if (bank.liveWithHash(vn.civicsquiz.question.QuestionHash.of(copy)).isEmpty()) {
                checks.require(copy);
                Question stored = bank.store(copy, QuestionOrigin.teacher, QuestionStatus.draft, accountId, null);
                QuestionBank.file(stored, original.setId, List.copyOf(original.tags));
                bank.history().record(stored, QuestionHistory.Change.copied, accountId, id);
                return QuestionViews.view(stored, false);
            }
        }
        throw ProblemException.conflict(new Say("Câu hỏi " + id + " đã có " + COPIES_TRIED + " bản sao đang dùng; hãy "
                + "sửa hoặc ngừng dùng một bản trước", "Question " + id + " already has " + COPIES_TRIED
                + " live copies; edit or retire one of them first"));
    }
}
