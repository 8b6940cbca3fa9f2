package vn.civicsquiz.study.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** What the study pages answer: uncached pages (a card's state changes with every rating) and redirects. */
final class StudyResponses {

    private StudyResponses() {
    }

    static Response page(TemplateInstance page, int status) {
        return Response.status(status).entity(page).type(MediaType.TEXT_HTML_TYPE)
                .header("Cache-Control", "no-store").build();
    }

    static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
