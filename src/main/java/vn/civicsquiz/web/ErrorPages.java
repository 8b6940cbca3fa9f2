package vn.civicsquiz.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Readable error pages for the browser; the message is a key of {@link AppMessages}. */
@ApplicationScoped
public class ErrorPages {

    @CheckedTemplate(basePath = "ErrorPages")
    static class Templates {
        static native TemplateInstance error(int status, String messageKey);
    }

    public Response page(Response.Status status, String messageKey) {
        return page(status.getStatusCode(), messageKey);
    }

    /** The page as HTML, for answers made outside a resource method. */
    public String render(int status, String messageKey, java.util.Locale locale) {
        return Templates.error(status, messageKey).setLocale(locale).render();
    }

    public Response page(int status, String messageKey) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(status, messageKey)).build();
    }
}
