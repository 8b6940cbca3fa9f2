package vn.civicsquiz.classes;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.learner.AccountService;
import vn.civicsquiz.learner.LearnerRef;
import vn.civicsquiz.learner.Role;
import vn.civicsquiz.quiz.GuestFixture;
import vn.civicsquiz.quiz.TestBank;

/** Starts sent at once by one member of a one-attempt assignment make one attempt: the rule and the insert are one. */
@QuarkusTest
class AssignmentStartRaceTest {

    @Inject
    AccountService accounts;
    @Inject
    ClassService classes;
    @Inject
    Assignments assignments;
    @Inject
    AssignmentStarts starts;
    @Inject
    GuestFixture learners;
    @Inject
    TestBank bank;
    @Inject
    EntityManager em;

    @Test
    void eightStartsAtOnceMakeOneAttemptOfAOneAttemptTest() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        bank.ensureTopics();
        long teacherId = accounts.signUp("gv.race." + run, "mật-khẩu-thử-nghiệm", null, Role.TEACHER).id;
        long member = accounts.signUp("hs.race." + run, "mật-khẩu-thử-nghiệm", null, Role.LEARNER).id;
        ClassView created = classes.create(teacherId, new ClassInput("Lớp đua " + run));
        classes.join(member, created.joinCode());
        AssignmentView assigned = classes.assign(created.id(), teacherId,
                new AssignmentInput("three-pillars", 3, OffsetDateTime.now().plusDays(1)));
        limitToOneAttempt(assigned.id());
        LearnerRef learner = learners.ofAccount(member);
        AssignmentView forMember = classes.assignmentForMember(assigned.id(), member).orElseThrow();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            results.add(pool.submit(() -> {
                go.await();
                try {
                    starts.start(learner, forMember);
                    return true;
                } catch (Assignments.Refused refused) {
                    return false;
                }
            }));
        }
        go.countDown();
        int started = 0;
        for (Future<Boolean> r : results) {
            started += r.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();

        assertThat(started).isEqualTo(1);
        assertThat(((Number) em.createNativeQuery("SELECT count(*) FROM quiz_attempt WHERE assignment_id = ?1")
                .setParameter(1, assigned.id()).getSingleResult()).longValue()).isEqualTo(1);
    }

    @Transactional
    void limitToOneAttempt(long assignmentId) {
        em.createNativeQuery("UPDATE class_assignment SET attempts_allowed = 1 WHERE id = ?1")
                .setParameter(1, assignmentId).executeUpdate();
    }
}
