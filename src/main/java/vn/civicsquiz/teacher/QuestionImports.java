package vn.civicsquiz.teacher;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.stream.Collectors;
import vn.civicsquiz.content.fact.FactSet;
import vn.civicsquiz.platform.upload.UploadedText;
import vn.civicsquiz.teacher.format.ImportResult;
import vn.civicsquiz.teacher.format.QuestionFormat;

/**
 * An uploaded question file as the import endpoint takes it, for callers other than that endpoint (the teachers'
 * console): the same reading slots, the same all-or-nothing {@link QuestionTransfer}, a large file stored as a job.
 */
@ApplicationScoped
public class QuestionImports {

    /** Either the report (checked, or stored at once) or the job storing a large file. */
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

    /** @throws vn.civicsquiz.platform.problem.ProblemException 400 with every problem of the file and its line */
    public Outcome importFile(String format, boolean dryRun, String topic, boolean publish, byte[] body,
                              long accountId) {
        QuestionFormat chosen = format(format);
        String chosenTopic = topic(topic);
        UploadedText.Decoded file = UploadedText.decode(body == null ? new byte[0] : body, null);
        return slots.read(() -> {
            ImportResult parsed = chosen.read(file.text());
            if (dryRun || parsed.questions().size() <= ImportJobs.STORED_AT_ONCE) {
                return new Outcome(transfer.store(chosen, parsed, file.charset(), dryRun, chosenTopic, publish,
                        accountId), null);
            }
            transfer.store(chosen, parsed, file.charset(), true, chosenTopic, publish, accountId); // a 400 comes now
            return new Outcome(null, jobs.start(accountId, parsed.questions().size(), () -> transfer.store(chosen,
                    parsed, file.charset(), false, chosenTopic, publish, accountId)));
        });
    }

    private static QuestionFormat format(String value) {
        if (value != null) {
            for (QuestionFormat f : QuestionFormat.values()) {
                if (f.parameter().equalsIgnoreCase(value.strip())) {
                    return f;
                }
            }
        }
        throw QueryParams.invalid("format", "one of " + Arrays.stream(QuestionFormat.values())
                .map(QuestionFormat::parameter).collect(Collectors.joining(", ")));
    }

    private static String topic(String topic) {
        if (topic == null || topic.isBlank()) {
            return null;
        }
        String t = topic.strip();
        if (FactSet.fromSlug(t).isEmpty()) {
            throw QueryParams.invalid("topic", "one of " + Arrays.stream(FactSet.values()).map(FactSet::slug)
                    .collect(Collectors.joining(", ")));
        }
        return t;
    }
}
