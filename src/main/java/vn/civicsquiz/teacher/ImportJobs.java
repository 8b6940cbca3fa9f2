package vn.civicsquiz.teacher;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.platform.problem.Say;

/**
 * Large question files are stored in the background, so no request holds a worker for seconds: the file is read
 * and checked while the teacher waits (a refusal is still a 400 with every line), then stored by one of this
 * instance's import slots while the teacher reads the job's state. A job lives in PostgreSQL, so any instance
 * answers for it; one left running by an instance that stopped is reported as interrupted (its transaction stored
 * nothing).
 */
@ApplicationScoped
public class ImportJobs {

    /** Files up to this many questions are stored while the teacher waits; larger ones become a job. */
    public static final int STORED_AT_ONCE = 100;
    /** A job still running after this long was left by an instance that stopped. */
    static final Duration INTERRUPTED_AFTER = Duration.ofMinutes(10);

    private static final Logger LOG = Logger.getLogger(ImportJobs.class);

    public enum State { running, done, failed }

    @Schema(name = "ImportJob")
    public record Job(UUID id, State state, int questions, OffsetDateTime createdAt, OffsetDateTime finishedAt,
                      @Schema(implementation = ImportReport.class, description = "done: what the import did")
                      JsonNode report,
                      @Schema(description = "failed: why nothing was imported") String problem) {
    }

    private final EntityManager em;
    private final ObjectMapper json;
    private final ImportSlots slots;
    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "question-import");
        t.setDaemon(true);
        return t;
    });

    public ImportJobs(EntityManager em, ObjectMapper json, ImportSlots slots) {
        this.em = em;
        this.json = json;
        this.slots = slots;
    }

    /**
     * Starts storing in the background; @throws ProblemException.Unavailable when every import slot is taken
     *
     * @param english the failure's reason in English rather than Vietnamese, as the request asked
     */
    public Job start(long accountId, int questions, boolean english, Supplier<ImportReport> storing) {
        slots.hold();
        UUID id = UUID.randomUUID();
        try {
            create(id, accountId, questions);
            pool.submit(() -> run(id, english, storing));
        } catch (RuntimeException e) {
            slots.give(1);
            throw e;
        }
        return find(id, accountId).orElseThrow();
    }

    /** In the pool's thread: a request context of its own (the import's beans are request-scoped). */
    private void run(UUID id, boolean english, Supplier<ImportReport> storing) {
        var context = io.quarkus.arc.Arc.container().requestContext();
        context.activate();
        try {
            ImportReport report = storing.get();
            finish(id, State.done, Map.of("report", report));
        } catch (ProblemException e) {
            String line = english ? "line " : "dòng ";
            List<vn.civicsquiz.platform.problem.Problem.FieldError> faults = e.errors(english);
            String errors = faults == null ? "" : faults.stream().map(f -> (f.line() == null ? ""
                    : line + f.line() + ": ") + f.message()).collect(java.util.stream.Collectors.joining("; "));
            finish(id, State.failed, Map.of("problem", e.detail(english) + (errors.isEmpty() ? "" : " — " + errors)));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Question import %s failed", id);
            finish(id, State.failed, Map.of("problem", new Say("Việc nhập dừng lại vì một lỗi; chưa có câu hỏi nào"
                    + " được nhập. Hãy gửi lại tệp.", "The import stopped on an error; nothing was imported. Send the"
                    + " file again.").in(english)));
        } finally {
            slots.give(1);
            context.terminate();
        }
    }

    private void create(UUID id, long accountId, int questions) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "INSERT INTO import_job (id, account_id, state, questions) VALUES (?1, ?2, 'running', ?3)")
                .setParameter(1, id).setParameter(2, accountId).setParameter(3, questions).executeUpdate());
    }

    private void finish(UUID id, State state, Map<String, Object> outcome) {
        String body;
        try {
            body = json.writeValueAsString(outcome);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "UPDATE import_job SET state = ?2, finished_at = now(), outcome = CAST(?3 AS jsonb) WHERE id = ?1")
                .setParameter(1, id).setParameter(2, state.name()).setParameter(3, body).executeUpdate());
    }

    /** The account's job; another account's is not found. */
    public Optional<Job> find(UUID id, long accountId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.joiningExisting().call(() -> em.createNativeQuery("""
                        SELECT state, questions, created_at, finished_at, CAST(outcome AS text),
                               state = 'running' AND created_at < now() - CAST(?3 AS interval)
                        FROM import_job WHERE id = ?1 AND account_id = ?2""")
                .setParameter(1, id).setParameter(2, accountId)
                .setParameter(3, INTERRUPTED_AFTER.toSeconds() + " seconds").getResultList());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        JsonNode outcome;
        try {
            outcome = r[4] == null ? null : json.readTree((String) r[4]);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        boolean interrupted = (Boolean) r[5];
        State state = interrupted ? State.failed : State.valueOf((String) r[0]);
        String problem = interrupted ? "The import was interrupted (the server stopped); nothing was imported. "
                + "Send the file again." : outcome == null || !outcome.hasNonNull("problem") ? null
                : outcome.get("problem").asText();
        return Optional.of(new Job(id, state, ((Number) r[1]).intValue(), time(r[2]), time(r[3]),
                outcome == null ? null : outcome.get("report"), problem));
    }

    private static OffsetDateTime time(Object value) {
        return value == null ? null : value instanceof OffsetDateTime o ? o
                : value instanceof java.time.Instant i ? i.atOffset(java.time.ZoneOffset.UTC)
                : ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }

    void stop(@Observes ShutdownEvent event) {
        pool.shutdownNow();
    }
}
