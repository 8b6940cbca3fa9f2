package vn.civicsquiz.content;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/** A source article as loaded into the database. */
@Entity
@Table(name = "source_document")
public class StoredSource extends PanacheEntityBase {

    public static final String ACTIVE = "active";
    public static final String DRAFT = "draft";
    public static final String RETIRED = "retired";
    /** Rows the start-up loader owns; teachers' uploads have origin "teacher" and are left alone by it. */
    public static final String SHIPPED = "shipped";

    @Id
    @Column(length = 64)
    public String id;

    @Column(name = "file_name", nullable = false, length = 100)
    public String fileName;

    @Column(nullable = false, length = 200)
    public String outlet;

    @Column(nullable = false, columnDefinition = "text")
    public String title;

    @Column(nullable = false, length = 10)
    public String published;

    @Column(length = 200)
    public String author;

    @Column(name = "raw_text", nullable = false, columnDefinition = "text")
    public String rawText;

    @Column(name = "clean_text", nullable = false, columnDefinition = "text")
    public String cleanText;

    @Column(name = "content_hash", nullable = false, length = 64)
    public String contentHash;

    @Column(nullable = false, length = 16)
    public String status = ACTIVE;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false, length = 16)
    public String origin = SHIPPED;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public static List<StoredSource> listActive() {
        return list("status = ?1 order by position", ACTIVE);
    }
}
