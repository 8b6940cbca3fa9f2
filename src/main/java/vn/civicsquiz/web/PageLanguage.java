package vn.civicsquiz.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every page renders in the request's language (message bundles pick it from the template's locale) and says
 * so in Content-Language.
 */
@ApplicationScoped
public class PageLanguage {

    private final LanguageResolver languages;

    public PageLanguage(LanguageResolver languages) {
        this.languages = languages;
    }

    void initialiseEveryTemplate(@Observes EngineBuilder engine) {
        engine.addTemplateInstanceInitializer(this::inRequestLanguage);
    }

    void inRequestLanguage(TemplateInstance instance) {
        // a page's request; a screen rendered for a WebSocket sets its own locale (its request context has no headers)
        if (Arc.container().requestContext().isActive()
                && org.jboss.resteasy.reactive.server.core.CurrentRequestManager.get() != null) {
            instance.setLocale(languages.locale());
        }
    }

    @ServerResponseFilter
    public void contentLanguage(ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            response.getHeaders().putSingle("Content-Language", languages.language());
        }
    }
}
