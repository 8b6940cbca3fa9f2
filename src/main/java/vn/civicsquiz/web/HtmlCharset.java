package vn.civicsquiz.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every page says it is UTF-8 in its header, also those built as a {@code Response} (which the framework sends as
 * bare {@code text/html}): a client that ignores the page's meta tag must still read Vietnamese right.
 */
public class HtmlCharset {

    /** Response filters run from the highest priority down: this one runs after Qute's has chosen the type. */
    @ServerResponseFilter(priority = 1)
    public void declare(ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (type == null && response.getEntity() instanceof TemplateInstance) {
            type = MediaType.TEXT_HTML_TYPE; // chosen by the writer later, without a charset
        }
        if (type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE)
                && !type.getParameters().containsKey(MediaType.CHARSET_PARAMETER)) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, type.withCharset("UTF-8"));
        }
    }
}
