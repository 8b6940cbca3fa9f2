package vn.civicsquiz.study.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import vn.civicsquiz.platform.security.Caller;
import vn.civicsquiz.study.StudyQueue;

import java.time.Clock;
import java.time.Instant;

/** The signed-in learner's due-card count for other features' pages ({@code {inject:studyToday.dueCount}}). */
@Named("studyToday")
@RequestScoped
public class StudyToday {

    private final Caller caller;
    private final StudyQueue queue;
    private Long dueCount;

    private final Clock clock;

    public StudyToday(Caller caller, StudyQueue queue, Clock clock) {
        this.clock = clock;
        this.caller = caller;
        this.queue = queue;
    }

    /** Cards due now, new ones for today included; 0 for a guest. */
    public long dueCount() {
        if (dueCount == null) {
            Long accountId = caller.accountId();
            dueCount = accountId == null ? 0 : queue.due(accountId, clock.instant(), 0).dueCount();
        }
        return dueCount;
    }
}
