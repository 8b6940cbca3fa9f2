/**
 * Automatic fact extraction: proposes draft {@link vn.civicsquiz.content.fact.Fact}s from the clean text of an article
 * (the output of {@link vn.civicsquiz.content.article.ArticleCleaner}, never the raw page) for a reviewer.
 *
 * <ul>
 *   <li>announced enumerations ("9 nhiệm vụ trọng tâm … Một là … Chín là", "5 bài học … Thứ nhất … Thứ năm",
 *       "1. … 2. …"), with the announced count checked against the items found;</li>
 *   <li>named groups ("ba trụ cột là A, B và C", "gồm", ":"), with the count word checked;</li>
 *   <li>figures with value, unit, counted noun phrase, qualifier and the date they were true.</li>
 * </ul>
 * Entry point: {@link vn.civicsquiz.content.extract.FactExtractor}; numbers alone:
 * {@link vn.civicsquiz.content.extract.VietnameseNumberParser}.
 */
package vn.civicsquiz.content.extract;
