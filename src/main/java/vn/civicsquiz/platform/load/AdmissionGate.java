package vn.civicsquiz.platform.load;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most {@code limit} requests in progress at once; one more is refused at once instead of queued. A fixed bound
 * rather than an adaptive one: the app's capacity is set by its worker threads and database connections, both
 * fixed in the configuration, and a fixed bound is predictable for the learners who are admitted.
 */
final class AdmissionGate {

    private final int limit;
    private final AtomicInteger inFlight = new AtomicInteger();

    AdmissionGate(int limit) {
        this.limit = limit;
    }

    /** Admits the request (true; call {@link #leave()} when it ends) or refuses it (false; nothing to undo). */
    boolean tryEnter() {
        while (true) {
            int now = inFlight.get();
            if (now >= limit) {
                return false;
            }
            if (inFlight.compareAndSet(now, now + 1)) {
                return true;
            }
        }
    }

    void leave() {
        inFlight.decrementAndGet();
    }

    int inFlight() {
        return inFlight.get();
    }
}
