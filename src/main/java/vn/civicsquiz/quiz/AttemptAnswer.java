package vn.civicsquiz.quiz;

import vn.civicsquiz.quiz.grading.LearnerResponse;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import java.math.BigDecimal;
import vn.civicsquiz.quiz.grading.Credit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** The first answer given at a position of an attempt; later submissions read it back instead of replacing it. */
@Entity
@Table(name = "attempt_answer")
public class AttemptAnswer extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "attempt_id", nullable = false)
    public Long attemptId;

    @Column(nullable = false)
    public short position;

    @Column(name = "question_id", nullable = false)
    public Long questionId;

    /** The {@link LearnerResponse} as JSON. */
    @Column(nullable = false, columnDefinition = "text")
    public String response;

    /** Full credit. */
    @Column(nullable = false)
    public boolean correct;

    /** The share of the question's mark the answer earned, 0 to 1 ({@link Credit}). */
    @Column(nullable = false, precision = 4, scale = 3)
    public BigDecimal credit;

    @Column(name = "answered_at", nullable = false)
    public OffsetDateTime answeredAt;

    /** A stored answer as read in plain SQL; never managed. */
    static AttemptAnswer read(long id, long attemptId, int position, long questionId, String response,
                              boolean correct, BigDecimal credit, OffsetDateTime answeredAt) {
        AttemptAnswer answer = stored(id, attemptId, position, questionId, response, new Credit(credit), answeredAt);
        answer.correct = correct;
        return answer;
    }

    /** The row just inserted, as a (detached) entity, without reading it back. */
    static AttemptAnswer stored(long id, long attemptId, int position, long questionId, String response,
                                Credit credit, OffsetDateTime answeredAt) {
        AttemptAnswer answer = new AttemptAnswer();
        answer.id = id;
        answer.attemptId = attemptId;
        answer.position = (short) position;
        answer.questionId = questionId;
        answer.response = response;
        answer.correct = credit.full();
        answer.credit = credit.value();
        answer.answeredAt = answeredAt;
        return answer;
    }
}
