package vn.civicsquiz.teacher;

import jakarta.enterprise.context.ApplicationScoped;
import vn.civicsquiz.platform.problem.Say;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.civicsquiz.platform.problem.ProblemException;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * How many question files this instance reads at once. A file is at most 1 MB and 1 000 questions, but reading one
 * builds its drafts in memory; a handful of teachers importing together is normal, forty scripts at once would fill
 * a small heap. The rest get 503 with Retry-After and try again a moment later.
 */
@ApplicationScoped
public class ImportSlots {

    private final Semaphore slots;

    public ImportSlots(@ConfigProperty(name = "quiz.import.concurrent", defaultValue = "2") int concurrent) {
        this.slots = new Semaphore(Math.max(1, concurrent));
    }

    private static final Say BUSY = new Say("Các tệp câu hỏi khác đang được đọc; hãy gửi lại tệp này sau vài giây",
            "Other question files are being read; send this one again in a few seconds");

    /** Runs the import in a free slot. @throws ProblemException.Unavailable when every slot is taken */
    public <T> T read(Supplier<T> importing) {
        if (!slots.tryAcquire()) {
            throw new ProblemException.Unavailable(BUSY);
        }
        try {
            return importing.get();
        } finally {
            slots.release();
        }
    }

    /**
     * Takes a slot for work that goes on after the request (a large import stored in the background); the caller
     * gives it back with {@link #give(int)} once the work ends. @throws ProblemException.Unavailable when none is free
     */
    void hold() {
        if (!slots.tryAcquire()) {
            throw new ProblemException.Unavailable(BUSY);
        }
    }

    /** Takes every free slot (tests of the refusal); returns how many it took. */
    int takeAll() {
        return slots.drainPermits();
    }

    void give(int permits) {
        slots.release(permits);
    }
}
