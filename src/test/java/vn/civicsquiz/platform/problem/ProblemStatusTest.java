package vn.civicsquiz.platform.problem;

import org.junit.jupiter.api.Test;
import vn.civicsquiz.classes.Assignments;
import vn.civicsquiz.game.GamePlay;
import vn.civicsquiz.platform.access.TooManyRequests;

import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of refusal the domain throws has exactly one HTTP status, and no two kinds share one by accident. */
class ProblemStatusTest {

    @Test
    void eachKindHasItsStatus() {
        Say x = new Say("x", "x");
        assertThat(ErrorResponses.statusOf(ProblemException.badRequest(x))).isEqualTo(400);
        assertThat(ErrorResponses.statusOf(ProblemException.notSignedIn(x))).isEqualTo(401);
        assertThat(ErrorResponses.statusOf(ProblemException.notPermitted(x))).isEqualTo(403);
        assertThat(ErrorResponses.statusOf(ProblemException.notFound(x))).isEqualTo(404);
        assertThat(ErrorResponses.statusOf(ProblemException.conflict(x))).isEqualTo(409);
        assertThat(ErrorResponses.statusOf(new ProblemException.UnsupportedContent(x))).isEqualTo(415);
        assertThat(ErrorResponses.statusOf(new ProblemException.Unprocessable(x))).isEqualTo(422);
        assertThat(ErrorResponses.statusOf(new TooManyRequests(x, 3))).isEqualTo(429);
        assertThat(ErrorResponses.statusOf(new ProblemException.Unavailable(x))).isEqualTo(503);
    }

    @Test
    void aRefusalCarriesBothLanguagesAndLogsInEnglish() {
        ProblemException e = ProblemException.badRequest(new Say("Trường sai", "Wrong field"),
                ProblemException.fault("size", "từ 1 đến 30", "from 1 to 30"));
        assertThat(e.detail(false)).isEqualTo("Trường sai");
        assertThat(e.detail(true)).isEqualTo("Wrong field");
        assertThat(e.getMessage()).isEqualTo("Wrong field");
        assertThat(e.errors(false)).containsExactly(new Problem.FieldError("size", "từ 1 đến 30"));
        assertThat(e.errors(true)).containsExactly(new Problem.FieldError("size", "from 1 to 30"));
        assertThat(ProblemException.notFound(new Say("Lớp 5", "Class 5")).detail(false)).isEqualTo("Lớp 5 không tồn tại");
    }

    @Test
    void englishIsChosenOnlyWhenPreferredBeforeVietnamese() {
        assertThat(ApiLanguage.prefersEnglish(List.of())).isFalse();
        assertThat(ApiLanguage.prefersEnglish(List.of("en-US", "en"))).isTrue();
        assertThat(ApiLanguage.prefersEnglish(List.of("vi-VN", "en"))).isFalse();
        assertThat(ApiLanguage.prefersEnglish(List.of("fr", "EN-gb", "vi"))).isTrue();
        assertThat(ApiLanguage.prefersEnglish(List.of("fr", "de"))).isFalse();
    }

    @Test
    void everyKindDeclaredIsMapped() {
        List<Class<?>> kinds = Arrays.stream(ProblemException.class.getDeclaredClasses())
                .filter(ProblemException.class::isAssignableFrom).toList();
        assertThat(kinds).hasSize(8);
        Set<String> names = new HashSet<>();
        for (Class<?> kind : kinds) {
            assertThat(Modifier.isPublic(kind.getModifiers())).as(kind.getSimpleName()).isTrue();
            names.add(kind.getSimpleName());
        }
        assertThat(names).contains("NotFound", "Conflict", "InvalidRequest", "NotPermitted", "NotSignedIn",
                "Unprocessable", "UnsupportedContent", "Unavailable");
    }

    @Test
    void refinedConflictsAreConflicts() {
        assertThat(ProblemException.Conflict.class).isAssignableFrom(GamePlay.GameFull.class);
        assertThat(ProblemException.Conflict.class).isAssignableFrom(Assignments.Refused.class);
    }
}
