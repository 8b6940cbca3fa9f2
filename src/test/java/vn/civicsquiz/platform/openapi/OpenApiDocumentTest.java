package vn.civicsquiz.platform.openapi;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document is what a client of the JSON API needs and nothing else: valid for an OpenAPI parser, only
 * /api/ paths, schemas with names of their own (no "Question1"), none of the framework's internal types, every
 * reference resolved.
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static String document() {
        return given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
    }

    @Test
    void theDocumentIsValidOpenApi() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document(), null, options);
        assertThat(parsed.getOpenAPI()).isNotNull();
        assertThat(parsed.getMessages()).as("validator messages").isEmpty();
    }

    @Test
    void onlyTheJsonApiIsDescribed() {
        Map<String, Object> paths = JsonPath.from(document()).getMap("paths");
        assertThat(paths).isNotEmpty();
        assertThat(paths.keySet()).allMatch(path -> path.startsWith("/api/"), "starts with /api/");
        assertThat(paths).containsKeys("/api/v1/questions", "/api/v1/attempts");
    }

    @Test
    void schemasHaveOwnNamesAndNoneIsAnInternalType() {
        String document = document();
        Map<String, Object> schemas = JsonPath.from(document).getMap("components.schemas");
        assertThat(schemas.keySet()).noneMatch(name -> name.matches(".*\\d$"))
                .doesNotContain("EngineImpl", "Template", "TemplateInstance", "AtomicLong", "Charset", "Locale",
                        "JsonNodeType", "SectionHelper");
        Matcher refs = Pattern.compile("\"#/components/schemas/([^\"]+)\"").matcher(document);
        while (refs.find()) {
            assertThat(schemas).as("referenced schema").containsKey(refs.group(1));
        }
    }
}
