package vn.civicsquiz.web;

import io.quarkus.qute.TemplateExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** {@code {value.urlEncode}} in templates: a value placed in a query string. */
@TemplateExtension
public final class UrlExtensions {

    private UrlExtensions() {
    }

    static String urlEncode(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
