package vn.civicsquiz.question;

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

import java.math.BigDecimal;

/** One option of a question; see {@link QuestionKind} for what the fields mean per kind. */
@Entity
@Table(name = "question_option")
public class QuestionOption extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id")
    public Question question;

    @Column(nullable = false)
    public short ordinal;

    @Column(nullable = false, columnDefinition = "text")
    public String text;

    @Column(nullable = false)
    public boolean correct;

    public Short position;

    @Column(columnDefinition = "text")
    public String match;

    @Column(precision = 7, scale = 3)
    public BigDecimal weight;

    @Column(columnDefinition = "text")
    public String feedback;
}
