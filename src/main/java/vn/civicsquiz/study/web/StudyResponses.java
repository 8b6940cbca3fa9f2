package vn.civicsquiz.study.web;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.civicsquiz.platform.security.AccountIdentityProvider;

import java.net.URI;

/** What the study pages answer: uncached pages (a card's state changes with every rating) and redirects. */
final class StudyResponses {

    private StudyResponses() {
    }

    /** The signed-in learner's account, or null for a visitor (who is sent to sign in). */
    static Long accountId(SecurityIdentity identity) {
        return identity.isAnonymous() ? null : identity.getAttribute(AccountIdentityProvider.ACCOUNT_ID);
    }

    static Response page(TemplateInstance page, int status) {
        return Response.status(status).entity(page).type(MediaType.TEXT_HTML_TYPE)
                .header("Cache-Control", "no-store").build();
    }

    static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
