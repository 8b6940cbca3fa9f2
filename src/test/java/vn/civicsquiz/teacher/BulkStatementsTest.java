package vn.civicsquiz.teacher;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.civicsquiz.teacher.TeacherApi.create;
import static vn.civicsquiz.teacher.TeacherApi.pillarsQuestion;
import static vn.civicsquiz.teacher.TeacherApi.teacher;
import static vn.civicsquiz.teacher.TeacherApi.unique;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** A bulk change costs statements per batch of questions, not per question: 500 ids stay well under a second. */
@QuarkusTest
class BulkStatementsTest {

    @Inject
    EntityManagerFactory emf;

    private long movedWith(List<Long> ids, String tag) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        long start = System.nanoTime();
        teacher().body(Map.of("action", "move", "ids", ids, "topic", "three-pillars", "addTags", List.of(tag)))
                .post("/api/v1/questions/bulk").then().statusCode(200);
        System.out.printf("bulk move of %d: %d statements, %d ms%n", ids.size(), stats.getPrepareStatementCount(),
                (System.nanoTime() - start) / 1_000_000);
        return stats.getPrepareStatementCount();
    }

    @Test
    void aBulkMoveOfFourTimesTheQuestionsCostsAboutTheSameStatements() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            Map<String, Object> q = new java.util.HashMap<>(pillarsQuestion(unique("Trụ cột số lượng " + i + "?")));
            q.put("sourceId", "000_7edb9b8851f52cde"); // a move checks that each question's article exists
            q.put("quote", "Một câu trong bài báo.");
            ids.add(create(q));
        }
        long few = movedWith(ids.subList(0, 20), "ít");
        long many = movedWith(ids, "nhiều");
        assertThat(many).as("statements for 80 questions against 20").isLessThanOrEqualTo(few + 2);
    }
}
