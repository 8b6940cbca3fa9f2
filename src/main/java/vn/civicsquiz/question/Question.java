package vn.civicsquiz.question;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A stored question of any origin. Content is immutable once answered: edits of answered questions retire them. */
@Entity
@Table(name = "question")
public class Question extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public QuestionKind kind;

    @Column(nullable = false, length = 40)
    public String topic;

    @Column(length = 200)
    public String title;

    @Column(nullable = false, columnDefinition = "text")
    public String stem;

    @Column(columnDefinition = "text")
    public String explanation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, columnDefinition = "varchar(16)")
    public QuestionOrigin origin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, columnDefinition = "varchar(16)")
    public QuestionStatus status;

    @Version
    public int version;

    @Column(name = "content_hash", nullable = false, length = 64)
    public String contentHash;

    @Column(nullable = false)
    public float difficulty = 0.5f;

    @Column(name = "numeric_answer", precision = 24, scale = 6)
    public BigDecimal numericAnswer;

    @Column(precision = 24, scale = 6)
    public BigDecimal tolerance;

    @Column(name = "source_id", length = 64)
    public String sourceId;

    @Column(columnDefinition = "text")
    public String quote;

    @Column(name = "pick_key", nullable = false, insertable = false, updatable = false)
    public int pickKey;

    @Column(name = "created_by")
    public Long createdBy;

    /** The question an edit of an asked question replaced (retired): the one before it in its history. */
    @Column(name = "replaces")
    public Long replaces;

    /** Who made the last change. */
    @Column(name = "updated_by")
    public Long updatedBy;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false, insertable = false)
    public OffsetDateTime updatedAt;

    /** Held back from new quizzes by learners' reports until a teacher looks (set only by question.report). */
    @Column(name = "held_back", nullable = false, insertable = false, updatable = false)
    public boolean heldBack;

    /** The question set (category) it is filed in, or null. */
    @Column(name = "set_id")
    public Long setId;

    /** Stem and option texts as a diacritic-insensitive key, for search; written with the content. */
    @Column(name = "search_text", nullable = false, columnDefinition = "text")
    public String searchText = "";

    @ElementCollection
    @CollectionTable(name = "question_tag", joinColumns = @JoinColumn(name = "question_id"))
    @Column(name = "tag", length = 40)
    public Set<String> tags = new LinkedHashSet<>();

    @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordinal")
    public List<QuestionOption> options = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "question_fact", joinColumns = @JoinColumn(name = "question_id"))
    @Column(name = "fact_id", length = 100)
    public Set<String> factIds = new LinkedHashSet<>();

    @PreUpdate
    void touch() {
        updatedAt = OffsetDateTime.now();
    }

    public void replaceOptions(List<QuestionOption> newOptions) {
        options.clear();
        short ordinal = 0;
        for (QuestionOption option : newOptions) {
            option.question = this;
            option.ordinal = ordinal++;
            options.add(option);
        }
    }
}
