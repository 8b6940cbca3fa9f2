package vn.civicsquiz.platform.access;

import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.platform.problem.Say;

/** A limit was reached: 429 with Retry-After (problem+json under /api/, the app's error page elsewhere). */
public class TooManyRequests extends ProblemException {

    private final long retryAfterSeconds;

    public TooManyRequests(Say detail, long retryAfterSeconds) {
        super(detail, null);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
