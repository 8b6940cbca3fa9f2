package vn.civicsquiz.study.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import vn.civicsquiz.platform.security.AccountIdentityProvider;
import vn.civicsquiz.study.StudyQueue;

import java.time.Instant;

/** The signed-in learner's due-card count for other features' pages ({@code {inject:studyToday.dueCount}}). */
@Named("studyToday")
@RequestScoped
public class StudyToday {

    private final SecurityIdentity identity;
    private final StudyQueue queue;
    private Long dueCount;

    public StudyToday(SecurityIdentity identity, StudyQueue queue) {
        this.identity = identity;
        this.queue = queue;
    }

    /** Cards due now, new ones for today included; 0 for a guest. */
    public long dueCount() {
        if (dueCount == null) {
            Long accountId = identity.isAnonymous() ? null : identity.getAttribute(AccountIdentityProvider.ACCOUNT_ID);
            dueCount = accountId == null ? 0 : queue.due(accountId, Instant.now(), 0).dueCount();
        }
        return dueCount;
    }
}
