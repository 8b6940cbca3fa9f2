package vn.civicsquiz.content;

import vn.civicsquiz.content.article.SourceCatalog;
import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.content.fact.FactCatalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContentLoaderTest {

    private static final SourceCatalog SOURCES = SourceCatalog.load();
    private static final List<Fact> SHIPPED = FactCatalog.load().facts();

    @Inject
    ContentLoader loader;

    @AfterEach
    void restoreShippedContent() {
        loader.loadShipped();
    }

    @Test
    void loadingAgainChangesNothing() {
        StoredFact before = stored("task-1");

        LoadReport again = loader.loadShipped();

        assertThat(again.changedNothing()).as(again.toString()).isTrue();
        assertThat(again.factsUnchanged()).isEqualTo(SHIPPED.size());
        StoredFact after = stored("task-1");
        assertThat(after.updatedAt).isEqualTo(before.updatedAt);
        assertThat(after.version).isEqualTo(before.version);
        assertThat(after.contentHash).isEqualTo(before.contentHash);
    }

    @Test
    void anEditedFactUpdatesItsRow() {
        StoredFact before = stored("person-le-hoai-trung");
        List<Fact> edited = replace("person-le-hoai-trung", f -> new Fact(f.id(), f.set(), f.ordinal(), f.label(),
                "Trưởng ban Đối ngoại Trung ương Lê Hoài Trung phát biểu tham luận.", f.value(), f.unit(),
                f.asOf(), f.source(), f.quote(), f.attributes()));

        LoadReport report = loader.load(SOURCES, edited);

        assertThat(report.factsUpdated()).isEqualTo(1);
        assertThat(report.factsInserted() + report.factsRetired()).isZero();
        StoredFact after = stored("person-le-hoai-trung");
        assertThat(after.text).isEqualTo("Trưởng ban Đối ngoại Trung ương Lê Hoài Trung phát biểu tham luận.");
        assertThat(after.version).isEqualTo(before.version + 1);
        assertThat(after.contentHash).isNotEqualTo(before.contentHash);
    }

    @Test
    void aRemovedFactIsRetiredNotDeletedAndComesBackWhenShippedAgain() {
        List<Fact> without = new ArrayList<>(SHIPPED);
        without.removeIf(f -> f.id().equals("phrase-vua-hop-tac-vua-dau-tranh"));

        LoadReport report = loader.load(SOURCES, without);

        assertThat(report.factsRetired()).isEqualTo(1);
        StoredFact retired = stored("phrase-vua-hop-tac-vua-dau-tranh");
        assertThat(retired.status).isEqualTo("retired");
        assertThat(retired.retiredAt).isNotNull();
        given().get("/api/v1/facts?set=phrases").then().statusCode(200)
                .body("id", not(hasItem("phrase-vua-hop-tac-vua-dau-tranh")));
        given().get("/api/v1/facts/phrase-vua-hop-tac-vua-dau-tranh").then().statusCode(200)
                .body("status", equalTo("retired"));

        LoadReport back = loader.loadShipped();

        assertThat(back.factsUpdated()).isEqualTo(1);
        assertThat(stored("phrase-vua-hop-tac-vua-dau-tranh").status).isEqualTo("active");
    }

    @Test
    void anUngroundedFactBaseIsRefusedAndNothingChanges() {
        StoredFact before = stored("fig-trade-partners");
        List<Fact> invented = replace("fig-trade-partners", f -> new Fact(f.id(), f.set(), f.ordinal(), "300",
                f.text(), f.value(), f.unit(), f.asOf(), f.source(),
                "Việt Nam đã có quan hệ thương mại với 300 thị trường", f.attributes()));

        assertThatThrownBy(() -> loader.load(SOURCES, invented)).hasMessageContaining("fig-trade-partners")
                .hasMessageContaining("quote not found");

        assertThat(stored("fig-trade-partners").contentHash).isEqualTo(before.contentHash);
    }

    private static StoredFact stored(String id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            StoredFact fact = StoredFact.findById(id);
            StoredFact.getEntityManager().detach(fact);
            return fact;
        });
    }

    private static List<Fact> replace(String id, java.util.function.UnaryOperator<Fact> change) {
        List<Fact> facts = new ArrayList<>(SHIPPED);
        facts.replaceAll(f -> f.id().equals(id) ? change.apply(f) : f);
        return facts;
    }
}
