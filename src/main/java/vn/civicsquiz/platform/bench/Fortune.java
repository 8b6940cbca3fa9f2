package vn.civicsquiz.platform.bench;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One row of the benchmark baseline table (see V60__bench_fortunes.sql). */
@Entity
@Table(name = "bench_fortune")
public class Fortune extends PanacheEntityBase {

    @Id
    public Integer id;

    @Column(nullable = false, length = 2048)
    public String message;

    public Fortune() {
    }

    public Fortune(Integer id, String message) {
        this.id = id;
        this.message = message;
    }
}
