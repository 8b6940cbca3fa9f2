package vn.civicsquiz.teacher.sources;

import jakarta.annotation.PreDestroy;
import vn.civicsquiz.platform.problem.Say;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.civicsquiz.content.article.SourceDocument;
import vn.civicsquiz.content.text.TextNormaliser;
import vn.civicsquiz.platform.problem.Problem;
import vn.civicsquiz.platform.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;

/**
 * A teacher's new article goes through the same pipeline as the shipped ones: the noise cleaner, the fact
 * extractor and the question generator ({@link SourceDrafting}, outside any transaction), then the article and its
 * facts are stored as drafts and the questions as draft questions (origin generated) in one short transaction
 * ({@link SourceDraftStore}); {@link SourceReview} publishes them.
 */
@ApplicationScoped
public class SourceIntake {

    static final String ID_PREFIX = "upload_";
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");

    private final SourceDraftStore store;
    private final DraftingTimeLimit timeLimit;

    public SourceIntake(SourceDraftStore store,
                        @ConfigProperty(name = "quiz.sources.draft-timeout", defaultValue = "5S") Duration timeout,
                        @ConfigProperty(name = "quiz.sources.draft-threads", defaultValue = "2") int threads) {
        this.store = store;
        this.timeLimit = new DraftingTimeLimit(timeout, threads, SourceDrafting::draft);
    }

    /**
     * Validates and refuses a duplicate at once; the drafting and the storing run on a drafting thread, so the
     * request's worker is free while they run.
     */
    public CompletionStage<SourceDraftView> add(SourceInput input, long teacherId) {
        SourceDocument document = document(input);
        store.refuseDuplicate(document.id());
        return timeLimit.start(document).thenApply(drafted -> store.store(drafted, teacherId))
                .exceptionallyCompose(failure -> CompletableFuture.failedStage(
                        failure instanceof CompletionException wrapped && wrapped.getCause() != null
                                ? wrapped.getCause() : failure)); // the exception mappers see the refusal itself
    }

    @PreDestroy
    void stop() {
        timeLimit.close();
    }

    private static SourceDocument document(SourceInput input) {
        List<ProblemException.Fault> errors = new ArrayList<>();
        if (input == null) {
            throw ProblemException.badRequest(new Say("Cần có nội dung JSON", "A JSON body is required"),
                    ProblemException.fault("body", "bắt buộc", "required"));
        }
        String title = input.title() == null ? "" : TextNormaliser.nfc(input.title()).strip();
        String outlet = input.outlet() == null ? "" : TextNormaliser.nfc(input.outlet()).strip();
        String date = input.date() == null ? "" : input.date().strip();
        String text = input.text() == null ? "" : TextNormaliser.nfcLines(input.text().replace("\r\n", "\n"));
        if (title.isEmpty() || title.length() > 500) {
            errors.add(ProblemException.fault("title", "bắt buộc, tối đa 500 ký tự", "required, at most 500 characters"));
        }
        if (outlet.isEmpty() || outlet.length() > 200) {
            errors.add(ProblemException.fault("outlet", "bắt buộc, tối đa 200 ký tự", "required, at most 200 characters"));
        }
        if (!DATE.matcher(date).matches()) {
            errors.add(ProblemException.fault("date", "yyyy-mm-dd hoặc yyyy-mm", "yyyy-mm-dd or yyyy-mm"));
        }
        if (text.isBlank() || text.length() > SourceDrafting.MAX_TEXT) {
            errors.add(ProblemException.fault("text", "bắt buộc, tối đa " + SourceDrafting.MAX_TEXT + " ký tự",
                    "required, at most " + SourceDrafting.MAX_TEXT + " characters"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(new Say("Bài báo không hợp lệ", "The article is not valid"), errors);
        }
        String id = ID_PREFIX + sha256(title + "\n" + text).substring(0, 16);
        return new SourceDocument(id, id + ".txt", outlet, title, date, null, text);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
