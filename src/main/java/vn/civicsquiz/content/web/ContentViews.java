package vn.civicsquiz.content.web;

import vn.civicsquiz.content.ContentFingerprint;
import vn.civicsquiz.content.StoredFact;
import vn.civicsquiz.content.StoredSource;

/** Maps stored content to API records; the API never returns entities. */
final class ContentViews {

    private ContentViews() {
    }

    static String readingUrl(String sourceId) {
        return "/sources/" + sourceId;
    }

    static String anchor(String factId) {
        return "fact-" + factId;
    }

    static SourceView source(StoredSource source, long factCount) {
        return new SourceView(source.id, source.title, source.outlet, source.published, source.author,
                source.fileName, factCount, readingUrl(source.id));
    }

    static SourceView.Ref ref(StoredSource source) {
        return new SourceView.Ref(source.id, source.title, source.outlet, source.published);
    }

    static FactView fact(StoredFact fact, StoredSource source) {
        return new FactView(fact.id, fact.factSet, fact.ordinal == null ? null : fact.ordinal.intValue(), fact.label,
                fact.text, ContentFingerprint.plain(fact.value), fact.unit, fact.asOf, ref(source), fact.quote,
                ContentFingerprint.attributes(fact.attributes), fact.status,
                readingUrl(source.id) + "#" + anchor(fact.id));
    }
}
