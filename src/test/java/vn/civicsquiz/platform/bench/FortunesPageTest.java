package vn.civicsquiz.platform.bench;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark baseline does exactly what TechEmpower's Fortunes test asks, with one SQL statement. */
@QuarkusTest
class FortunesPageTest {

    private static final Pattern ROW = Pattern.compile("<tr><td>(\\d+)</td><td>(.*?)</td></tr>");

    @Inject
    EntityManagerFactory emf;

    @Test
    void lists_the_twelve_rows_and_the_added_one_sorted_and_escaped_with_one_select() {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        String html = given().get("/bench/fortunes").then().statusCode(200)
                .contentType("text/html").extract().body().asString();
        assertThat(stats.getPrepareStatementCount()).isEqualTo(1);

        List<String> messages = new ArrayList<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            messages.add(row.group(2));
        }
        assertThat(messages).hasSize(13).isSorted()
                .contains(FortunesPage.ADDED, "フレームワークのベンチマーク",
                        "&lt;script&gt;alert(&quot;This should not be displayed in a browser alert box.&quot;);&lt;/script&gt;");
        assertThat(html).doesNotContain("<script>");
    }
}
