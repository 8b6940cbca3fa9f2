package vn.civicsquiz.content.article;

/** Why a line of a collected page is not part of the article body. */
public enum NoiseKind {
    /** Breadcrumbs, category labels and the headline itself, before the body starts. */
    HEADER,
    /** Publication time stamps, view counters, "print" links. */
    METADATA,
    /** Share buttons and similar page widgets. */
    SHARE_WIDGET,
    /** Author and photographer credits. */
    BYLINE,
    /** The outlet tag in front of the lead ("ĐBP - ", "Kinhtedothi - "). */
    DATELINE,
    /** Image alternative text, usually the headline repeated over a photo. */
    IMAGE_ALT,
    /** Photo captions and the "Chú thích ảnh" label. */
    PHOTO_CAPTION,
    /** "Có thể bạn quan tâm", "Tin liên quan" and similar list headings. */
    RELATED_NEWS,
    /** Advertising and classified links. */
    ADVERTISEMENT,
    /** One- or two-word leftovers of page chrome ("Bình luận", "Back To Top"). */
    FRAGMENT,
    /** Anything after the end of the article: footers, comment boxes, unrelated stories, ads. */
    AFTER_END
}
