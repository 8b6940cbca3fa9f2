/**
 * Question files: reading them into {@link vn.civicsquiz.question.QuestionDraft}s and writing drafts out.
 * Readers never throw for bad input; they return an {@link vn.civicsquiz.teacher.format.ImportResult} with
 * errors, skipped items and warnings, each with its 1-based line.
 *
 * <h2>Moodle GIFT ({@code gift/})</h2>
 * <ul>
 *   <li>Kinds: {@code {=a ~b}} SINGLE; only '~' answers with weights ({@code ~%50%a}) MULTIPLE, an answer being
 *       correct when its weight is positive; {@code {T}/{F}/{TRUE}/{FALSE}} TRUE_FALSE with options "Đúng"/"Sai";
 *       {@code {=a -> b}} MATCHING ({@code = -> x} is an extra answer with blank text); {@code {#3:2}},
 *       {@code {#1..5}} NUMERIC; '=' answers only SHORT_ANSWER.</li>
 *   <li>Skipped with their line: essays ({@code {}}), descriptions (no answer block), and multiple choice with
 *       several '=' answers (the app's single choice has exactly one right answer).</li>
 *   <li>{@code $CATEGORY: $course$/top/nine-tasks}: the last path component becomes the topic of the questions
 *       after it ({@code $course$/top} resets it); a doubled slash is a slash inside a name.</li>
 *   <li>Format markers are removed. {@code [plain]}, {@code [moodle]} and {@code [markdown]} text is kept verbatim
 *       (markdown syntax included); {@code [html]} text is turned into plain text: tags removed, line breaks and
 *       paragraph ends become new lines, entities decoded; a warning says so. Answers inherit the question
 *       text's format, as in Moodle.</li>
 *   <li>Feedback after '#' is kept per option (TRUE_FALSE: the first feedback on the wrong option, the second on
 *       the right one); general feedback after '####' becomes the explanation. NUMERIC keeps the first
 *       full-credit answer; partial-credit answers and numeric feedback are dropped with a warning.</li>
 *   <li>An answer block in the middle leaves "_____" in the stem. The stray {@code ";} Moodle writes after some
 *       closing braces is ignored.</li>
 *   <li>Writing: what comes back is described by {@code GiftProjection}. Difficulty (imports get 0.5), facts,
 *       source and quote have no place in GIFT. ORDERING is written as matching "item -> position" and NEGATIVE
 *       as multiple choice, both reported as converted; drafts GIFT cannot express are skipped with a reason.
 *       Texts that would read as a marker or a weight get an explicit {@code [plain]} marker.</li>
 * </ul>
 *
 * <h2>Moodle XML ({@code moodlexml/})</h2>
 * {@code <quiz><question type="…">} as Moodle's question bank exports it: multichoice, truefalse, shortanswer,
 * numerical, matching, ordering and category; fractions become weights. Essays, descriptions, cloze, calculated
 * kinds and questions holding images are skipped with the reason. Parsed with StAX, DTDs and external entities off,
 * bounded in elements and depth ({@code XmlNode}). Written one category per topic, texts as escaped HTML.
 *
 * <h2>civics-quiz JSON ({@code json/})</h2>
 * {@code {"format": "civics-quiz", "version": 1, "questions": [...]}}, every field of a draft: the lossless
 * format. Strict (unknown fields and duplicate keys are errors); numbers keep their exact decimal form.
 *
 * <h2>Aiken ({@code aiken/})</h2>
 * Single-choice questions only: question lines, "A. option" lines, "ANSWER: B".
 *
 * <p>All imported text passes {@link vn.civicsquiz.teacher.format.ImportedText} (the app's TextNormaliser).
 */
package vn.civicsquiz.teacher.format;
