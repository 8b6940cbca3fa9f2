package vn.civicsquiz.quiz;

import vn.civicsquiz.quiz.grading.GradingKey;
import vn.civicsquiz.quiz.grading.ItemLayout;
import vn.civicsquiz.quiz.grading.OptionShuffler;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.civicsquiz.question.Question;

import java.util.List;

/** The question at one position of an attempt, with the option order this learner sees. */
@Entity
@Table(name = "attempt_item")
public class AttemptItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "attempt_id", nullable = false)
    public Long attemptId;

    @Column(nullable = false)
    public short position;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id")
    public Question question;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "option_order", nullable = false, columnDefinition = "bigint[]")
    public Long[] optionOrder;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "choice_order", nullable = false, columnDefinition = "bigint[]")
    public Long[] choiceOrder;

    /** The item as {@code AttemptService} inserts it (in SQL, so this instance is never managed). */
    static AttemptItem of(long attemptId, short position, Question question, OptionShuffler.Orders orders) {
        AttemptItem item = new AttemptItem();
        item.attemptId = attemptId;
        item.position = position;
        item.question = question;
        item.optionOrder = orders.options().toArray(Long[]::new);
        item.choiceOrder = orders.choices().toArray(Long[]::new);
        return item;
    }

    /** An item as read in plain SQL, with its question as kept by {@link AskedQuestions}; never managed. */
    static AttemptItem read(long attemptId, short position, Question question, Long[] optionOrder,
                            Long[] choiceOrder) {
        AttemptItem item = new AttemptItem();
        item.attemptId = attemptId;
        item.position = position;
        item.question = question;
        item.optionOrder = optionOrder;
        item.choiceOrder = choiceOrder;
        return item;
    }

    public List<Long> optionIds() {
        return List.of(optionOrder);
    }

    public List<Long> choiceIds() {
        return List.of(choiceOrder);
    }

    /** The question's key with this learner's order and client ids (needs the question's options loaded). */
    public ItemLayout layout() {
        return new ItemLayout(GradingKey.of(question), optionIds(), choiceIds());
    }
}
