package vn.civicsquiz.teacher;

import jakarta.enterprise.context.ApplicationScoped;
import vn.civicsquiz.platform.upload.UploadedText;
import vn.civicsquiz.teacher.format.ImportResult;
import vn.civicsquiz.teacher.format.QuestionFormat;

/**
 * One import of a question file, from the API or the console: read in an import slot, outside any transaction;
 * checked and stored at once when small, or checked at once and stored in the background ({@link ImportJobs}).
 */
@ApplicationScoped
public class QuestionImports {

    /** Exactly one of the two: the report of an import done (or checked), or the job storing a large file. */
    public record Outcome(ImportReport report, ImportJobs.Job job) {
    }

    private final QuestionTransfer transfer;
    private final ImportSlots slots;
    private final ImportJobs jobs;

    public QuestionImports(QuestionTransfer transfer, ImportSlots slots, ImportJobs jobs) {
        this.transfer = transfer;
        this.slots = slots;
        this.jobs = jobs;
    }

    /** @throws vn.civicsquiz.platform.problem.ProblemException 400 with every problem, 503 when every slot is taken */
    /** @param english messages in English rather than Vietnamese, as the request asked */
    public Outcome importFile(QuestionFormat format, UploadedText.Decoded file, boolean dryRun, String topic,
                              boolean publish, long accountId, boolean english) {
        return slots.read(() -> {
            ImportResult parsed = format.read(file.text());
            if (dryRun || parsed.questions().size() <= ImportJobs.STORED_AT_ONCE) {
                return new Outcome(transfer.store(format, parsed, file.charset(), dryRun, topic, publish, accountId,
                        english), null);
            }
            // a refusal comes now, with every line
            transfer.store(format, parsed, file.charset(), true, topic, publish, accountId, english);
            return new Outcome(null, jobs.start(accountId, parsed.questions().size(), english,
                    () -> transfer.store(format, parsed, file.charset(), false, topic, publish, accountId, english)));
        });
    }
}
