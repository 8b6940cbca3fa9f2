package vn.civicsquiz.web;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import vn.civicsquiz.quiz.grading.LearnerResponse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** A browser-like cookie jar for page tests over plain HTTP: guest token, CSRF token, sign-in session. */
final class PageSession {

    final Map<String, String> cookies = new HashMap<>();

    static PageSession guest(String guestToken) {
        PageSession session = new PageSession();
        if (guestToken != null) {
            session.cookies.put("quiz-guest", guestToken);
        }
        session.get("/");
        return session;
    }

    RequestSpecification request() {
        return given().cookies(cookies).redirects().follow(false);
    }

    Response get(String path) {
        return keep(request().get(path));
    }

    /** Posts a form with the CSRF field; params may repeat a name by giving a List value. */
    Response post(String path, Map<String, ?> params) {
        RequestSpecification request = request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf", cookies.get("quiz-csrf"));
        params.forEach((name, value) -> {
            if (value instanceof List<?> values) {
                request.formParam(name, values.toArray());
            } else {
                request.formParam(name, value);
            }
        });
        return keep(request.post(path));
    }

    private Response keep(Response response) {
        response.getDetailedCookies().asList().forEach(c -> {
            if (c.getValue() == null || c.getValue().isEmpty()) {
                cookies.remove(c.getName());
            } else {
                cookies.put(c.getName(), c.getValue());
            }
        });
        return response;
    }

    /** The question form fields that give this answer. */
    static Map<String, Object> form(LearnerResponse response) {
        if (response instanceof LearnerResponse.Choice c) {
            return Map.of("option", c.optionIds().stream().map(String::valueOf).toList());
        }
        if (response instanceof LearnerResponse.Order o) {
            List<String> positions = new java.util.ArrayList<>();
            for (int i = 0; i < o.optionIds().size(); i++) {
                positions.add(o.optionIds().get(i) + ":" + (i + 1));
            }
            return Map.of("pos", positions);
        }
        if (response instanceof LearnerResponse.Pairs p) {
            return Map.of("pair", p.pairs().entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).toList());
        }
        if (response instanceof LearnerResponse.Numeric n) {
            return Map.of("value", n.value().toPlainString().replace('.', ','));
        }
        return Map.of("text", ((LearnerResponse.Text) response).text());
    }

    static long attemptId(Response redirect) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/quiz/(\\d+)").matcher(redirect.header("Location"));
        if (!m.find()) {
            throw new AssertionError("not a quiz redirect: " + redirect.header("Location"));
        }
        return Long.parseLong(m.group(1));
    }
}
