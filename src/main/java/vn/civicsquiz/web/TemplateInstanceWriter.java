package vn.civicsquiz.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * Renders Qute templates returned by resource methods. quarkus-rest-qute does the same but is not published for
 * the Quarkus release this project uses; this writer is the part of it the pages need.
 */
@Provider
@Produces(MediaType.TEXT_HTML)
public class TemplateInstanceWriter implements MessageBodyWriter<TemplateInstance> {

    private final LanguageResolver languages;

    public TemplateInstanceWriter(LanguageResolver languages) {
        this.languages = languages;
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return TemplateInstance.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(TemplateInstance instance, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out)
            throws IOException {
        headers.putSingle("Content-Type", "text/html;charset=UTF-8");
        headers.putSingle("Content-Language", languages.language());
        instance.setLocale(languages.locale());
        out.write(instance.render().getBytes(StandardCharsets.UTF_8));
    }
}
