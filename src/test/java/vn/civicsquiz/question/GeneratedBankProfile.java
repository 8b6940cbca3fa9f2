package vn.civicsquiz.question;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The application as it runs in production: the generated bank is loaded at start-up (into a cleaned schema). */
public class GeneratedBankProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quiz.questions.generate-at-start", "true");
    }
}
