package vn.civicsquiz.teacher.format.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.platform.problem.Say;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionDraft.OptionDraft;
import vn.civicsquiz.question.QuestionKind;
import vn.civicsquiz.teacher.format.ImportResult;

/** GIFT cases from the Moodle documentation, written with the app's Vietnamese content. */
class GiftReaderTest {

    private final GiftReader reader = new GiftReader();

    private QuestionDraft only(String gift) {
        ImportResult result = reader.read(gift);
        assertThat(result.errors()).as("errors").isEmpty();
        assertThat(result.skipped()).as("skipped").isEmpty();
        assertThat(result.questions()).hasSize(1);
        return result.drafts().get(0);
    }

    @Nested
    class MultipleChoice {

        @Test
        void equalsMarksTheRightAnswerAndTildeTheWrongOnes() {
            QuestionDraft q = only("Hội nghị Đối ngoại toàn quốc lần thứ nhất diễn ra năm nào?"
                    + "{~2020 =2021 ~2022}");

            assertThat(q.kind()).isEqualTo(QuestionKind.SINGLE);
            assertThat(q.stem()).isEqualTo("Hội nghị Đối ngoại toàn quốc lần thứ nhất diễn ra năm nào?");
            assertThat(q.options()).extracting(OptionDraft::text, OptionDraft::correct)
                    .containsExactly(tuple("2020", false), tuple("2021", true), tuple("2022", false));
            assertThat(q.difficulty()).isEqualTo(ImportResult.DEFAULT_DIFFICULTY);
            assertThat(q.topic()).isNull();
        }

        @Test
        void answersOnSeparateLinesWithFeedbackAfterHash() {
            QuestionDraft q = only("""
                    Trường phái đối ngoại Việt Nam được ví với hình ảnh nào? {
                        ~cây tùng # Chưa đúng, hãy đọc lại bài phát biểu.
                        =cây tre # Đúng: "gốc vững, thân chắc, cành uyển chuyển".
                        ~cây đa
                    }""");

            assertThat(q.options()).extracting(OptionDraft::text, OptionDraft::feedback).containsExactly(
                    tuple("cây tùng", "Chưa đúng, hãy đọc lại bài phát biểu."),
                    tuple("cây tre", "Đúng: \"gốc vững, thân chắc, cành uyển chuyển\"."),
                    tuple("cây đa", null));
        }

        @Test
        void partialCreditOnAWrongAnswerIsKeptAsItsWeight() {
            QuestionDraft q = only("Câu khó.{~sai ~%50%đúng một nửa =đúng hoàn toàn}");

            assertThat(q.kind()).isEqualTo(QuestionKind.SINGLE);
            assertThat(q.options()).extracting(OptionDraft::text, OptionDraft::correct, OptionDraft::weight)
                    .containsExactly(tuple("sai", false, null), tuple("đúng một nửa", false, new BigDecimal("50")),
                            tuple("đúng hoàn toàn", true, null));
        }

        @Test
        void withoutEqualsItIsMultipleAnswersCorrectWhenWeightIsPositive() {
            QuestionDraft q = only("""
                    Những trụ cột nào của nền ngoại giao toàn diện được nêu? {
                        ~%33.33333%đối ngoại Đảng
                        ~%33.33333%ngoại giao Nhà nước
                        ~%33.33334%đối ngoại nhân dân
                        ~%-100%ngoại giao pháo hạm
                    }""");

            assertThat(q.kind()).isEqualTo(QuestionKind.MULTIPLE);
            assertThat(q.options()).extracting(OptionDraft::correct).containsExactly(true, true, true, false);
            assertThat(q.options().get(3).weight()).isEqualByComparingTo("-100");
        }

        @Test
        void severalEqualsAnswersAreReportedAsUnsupported() {
            ImportResult result = reader.read("\n\nThủ đô của Việt Nam?{=Hà Nội =Thủ đô Hà Nội ~Huế}");

            assertThat(result.questions()).isEmpty();
            assertThat(result.skipped()).singleElement().satisfies(s -> {
                assertThat(s.line()).isEqualTo(3);
                assertThat(s.reason().english()).contains("2 answers are marked '='");
            });
        }

        @Test
        void answerInTheMiddleLeavesABlankInTheStem() {
            QuestionDraft q = only("Hội nghị được tổ chức vào ngày {~13 =14 ~15} tháng 12 năm 2021.");

            assertThat(q.stem()).isEqualTo("Hội nghị được tổ chức vào ngày _____ tháng 12 năm 2021.");
        }

        @Test
        void oneAnswerIsAnErrorWithItsLine() {
            ImportResult result = reader.read("// chú thích\n\nCâu hỏi?{\n~chỉ một đáp án\n}");

            assertThat(result.questions()).isEmpty();
            assertThat(result.errors()).singleElement().satisfies(e -> {
                assertThat(e.line()).isEqualTo(4);
                assertThat(e.message().english()).contains("at least two answers");
            });
        }

        @Test
        void weightOutsideHundredPercentIsAnError() {
            ImportResult result = reader.read("Câu hỏi?{\n=đúng\n~%150%sai\n}");

            assertThat(result.errors()).singleElement().satisfies(e -> {
                assertThat(e.line()).isEqualTo(3);
                assertThat(e.message().english()).contains("%150%").contains("-100%..100%");
            });
        }
    }

    @Nested
    class TrueFalse {

        @Test
        void allFourSpellingsAreRead() {
            ImportResult result = reader.read("""
                    Hội nghị diễn ra năm 2021.{T}

                    Hội nghị diễn ra năm 2021.{TRUE}

                    Hội nghị diễn ra ở Huế.{F}

                    Hội nghị diễn ra ở Huế.{FALSE}
                    """);

            assertThat(result.drafts()).extracting(q -> q.options().get(0).correct())
                    .containsExactly(true, true, false, false);
            assertThat(result.drafts()).allSatisfy(q -> {
                assertThat(q.kind()).isEqualTo(QuestionKind.TRUE_FALSE);
                assertThat(q.options()).extracting(OptionDraft::text).containsExactly("Đúng", "Sai");
            });
            assertThat(result.questions()).extracting(ImportResult.ImportedQuestion::line).containsExactly(1, 3, 5, 7);
        }

        @Test
        void firstFeedbackIsShownForTheWrongAnswerSecondForTheRightOne() {
            QuestionDraft q = only("Hội nghị diễn ra ở Huế.{FALSE#Sai rồi, hội nghị diễn ra ở Hà Nội.#Chính xác!}");

            assertThat(q.options()).extracting(OptionDraft::text, OptionDraft::correct, OptionDraft::feedback)
                    .containsExactly(tuple("Đúng", false, "Sai rồi, hội nghị diễn ra ở Hà Nội."),
                            tuple("Sai", true, "Chính xác!"));
        }

        @Test
        void generalFeedbackBecomesTheExplanation() {
            QuestionDraft q = only("Việt Nam có quan hệ ngoại giao với 189 quốc gia.{TRUE####Theo bài phát biểu "
                    + "tại Hội nghị.}");

            assertThat(q.explanation()).isEqualTo("Theo bài phát biểu tại Hội nghị.");
            assertThat(q.options()).extracting(OptionDraft::feedback).containsOnlyNulls();
        }
    }

    @Nested
    class Matching {

        @Test
        void pairsAndAnExtraAnswerWithEmptyLeftSide() {
            QuestionDraft q = only("""
                    Ghép trụ cột với chủ thể. {
                        =Đối ngoại Đảng -> Đảng Cộng sản Việt Nam
                        =Ngoại giao Nhà nước  ->  Bộ Ngoại giao
                        = -> Quân đội
                    }""");

            assertThat(q.kind()).isEqualTo(QuestionKind.MATCHING);
            assertThat(q.options()).extracting(OptionDraft::text, OptionDraft::match).containsExactly(
                    tuple("Đối ngoại Đảng", "Đảng Cộng sản Việt Nam"),
                    tuple("Ngoại giao Nhà nước", "Bộ Ngoại giao"),
                    tuple("", "Quân đội"));
        }

        @Test
        void answerWithoutArrowIsAnError() {
            ImportResult result = reader.read("Ghép.{\n=a -> b\n=c d\n}");

            assertThat(result.errors()).singleElement().satisfies(e -> {
                assertThat(e.line()).isEqualTo(3);
                assertThat(e.message().english()).contains("'c d'").contains("item -> match");
            });
        }
    }

    @Nested
    class Numerical {

        @Test
        void valueWithTolerance() {
            QuestionDraft q = only("Việt Nam có quan hệ ngoại giao với bao nhiêu quốc gia?{#189:0}");

            assertThat(q.kind()).isEqualTo(QuestionKind.NUMERIC);
            assertThat(q.numericAnswer()).isEqualTo(new BigDecimal("189"));
            assertThat(q.tolerance()).isEqualTo(new BigDecimal("0"));
            assertThat(q.options()).isEmpty();
        }

        @Test
        void rangeBecomesMiddleAndHalfWidth() {
            QuestionDraft q = only("Chọn một số từ 1 đến 5.{#1..5}");

            assertThat(q.numericAnswer()).isEqualTo(new BigDecimal("3"));
            assertThat(q.tolerance()).isEqualTo(new BigDecimal("2"));
        }

        @Test
        void decimalRangeIsExact() {
            QuestionDraft q = only("Số pi?{#3.141..3.142}");

            assertThat(q.numericAnswer()).isEqualTo(new BigDecimal("3.1415"));
            assertThat(q.tolerance()).isEqualTo(new BigDecimal("0.0005"));
        }

        @Test
        void singleValueHasZeroTolerance() {
            assertThat(only("Năm?{#2021}").tolerance()).isZero();
        }

        @Test
        void firstFullCreditAnswerIsKeptAndPartialCreditReported() {
            ImportResult result = reader.read("Năm tổ chức hội nghị?{#\n=2021:0 #Chính xác\n=%50%2021:1\n}");

            QuestionDraft q = result.drafts().get(0);
            assertThat(q.numericAnswer()).isEqualTo(new BigDecimal("2021"));
            assertThat(q.tolerance()).isEqualTo(new BigDecimal("0"));
            assertThat(result.warnings()).extracting(ImportResult.Problem::line, p -> p.message().english())
                    .containsExactly(tuple(2, "feedback on a numerical answer is not kept"),
                            tuple(3, "answer 2021 ± 1 (50%) is not kept; only the first full-credit answer is"));
        }

        @Test
        void negativeNumbersAndRanges() {
            QuestionDraft q = only("Nhiệt độ?{#-5..-1}");

            assertThat(q.numericAnswer()).isEqualTo(new BigDecimal("-3"));
            assertThat(q.tolerance()).isEqualTo(new BigDecimal("2"));
        }

        @Test
        void textThatIsNotANumberIsAnError() {
            ImportResult result = reader.read("Năm?{#hai nghìn}");

            assertThat(result.errors()).singleElement().satisfies(e -> {
                assertThat(e.line()).isEqualTo(1);
                assertThat(e.message().english()).isEqualTo("'hai nghìn' is not a number; write numbers like 1822, -5 or 3.14");
            });
        }

        @Test
        void negativeToleranceAndReversedRangeAreErrors() {
            ImportResult result = reader.read("A?{#5:-1}\n\nB?{#5..1}\n\nC?{#=%50%3}");

            assertThat(result.errors()).extracting(ImportResult.Problem::line).containsExactly(1, 3, 5);
            assertThat(result.errors()).extracting(p -> p.message().english()).satisfiesExactly(
                    m -> assertThat(m).contains("negative"),
                    m -> assertThat(m).contains("starts above its end"),
                    m -> assertThat(m).contains("full-credit answer"));
        }
    }

    @Nested
    class ShortAnswer {

        @Test
        void everyEqualsAnswerIsAccepted() {
            QuestionDraft q = only("Thủ đô của Việt Nam là {=Hà Nội =Thủ đô Hà Nội}.");

            assertThat(q.kind()).isEqualTo(QuestionKind.SHORT_ANSWER);
            assertThat(q.stem()).isEqualTo("Thủ đô của Việt Nam là _____.");
            assertThat(q.options()).extracting(OptionDraft::text, OptionDraft::correct)
                    .containsExactly(tuple("Hà Nội", true), tuple("Thủ đô Hà Nội", true));
        }

        @Test
        void weightsAndFeedback() {
            QuestionDraft q = only("Ai chủ trì hội nghị?{=Tổng Bí thư Nguyễn Phú Trọng#Đúng "
                    + "=%50%Nguyễn Phú Trọng#Gần đúng =%0%*#Chưa đúng}");

            assertThat(q.options()).extracting(OptionDraft::text, OptionDraft::correct, OptionDraft::weight,
                    OptionDraft::feedback).containsExactly(
                    tuple("Tổng Bí thư Nguyễn Phú Trọng", true, null, "Đúng"),
                    tuple("Nguyễn Phú Trọng", true, new BigDecimal("50"), "Gần đúng"),
                    tuple("*", false, new BigDecimal("0"), "Chưa đúng"));
        }
    }

    @Nested
    class Structure {

        @Test
        void titleCommentsAndBlankLineSeparatedQuestions() {
            ImportResult result = reader.read("""
                    // Bộ câu hỏi về Hội nghị Đối ngoại toàn quốc
                    ::Năm tổ chức::Hội nghị diễn ra năm nào?{#2021}

                    // câu thứ hai
                    ::Địa điểm::
                    Hội nghị diễn ra ở đâu?
                    {=Hà Nội ~Huế}
                    """);

            assertThat(result.drafts()).extracting(QuestionDraft::title, QuestionDraft::stem).containsExactly(
                    tuple("Năm tổ chức", "Hội nghị diễn ra năm nào?"),
                    tuple("Địa điểm", "Hội nghị diễn ra ở đâu?"));
            assertThat(result.questions()).extracting(ImportResult.ImportedQuestion::line).containsExactly(2, 5);
        }

        @Test
        void categoryPathsGiveTheTopicOfTheQuestionsAfterThem() {
            ImportResult result = reader.read("""
                    $CATEGORY: $course$/top/nine-tasks

                    Câu 1?{T}

                    $CATEGORY: $system$/Tổng hợp/Lịch sử//Hiện đại
                    Câu 2?{T}

                    $CATEGORY: $course$/top

                    Câu 3?{T}
                    """);

            assertThat(result.drafts()).extracting(QuestionDraft::topic)
                    .containsExactly("nine-tasks", "Lịch sử/Hiện đại", null);
        }

        @Test
        void formatMarkersAreRemovedAndHtmlKeepsOnlyTheAppsFormatting() {
            ImportResult result = reader.read("""
                    ::HTML::[html]<p>Hội nghị <STRONG class="x">Đối ngoại</STRONG> &amp; <span style="color:red">ngoại giao</span></p><p>năm 2021?</p>{
                        =<i>Đúng</i> vậy#[plain]<b>không</b> phải HTML
                        ~[markdown]**Không**
                    }""");

            QuestionDraft q = result.drafts().get(0);
            assertThat(q.stem()).isEqualTo("Hội nghị <b>Đối ngoại</b> & ngoại giao\nnăm 2021?");
            assertThat(q.options()).extracting(OptionDraft::text, OptionDraft::feedback)
                    .containsExactly(tuple("<i>Đúng</i> vậy", "<b>không</b> phải HTML"), tuple("**Không**", null));
            assertThat(result.warnings()).singleElement().satisfies(w -> {
                assertThat(w.line()).isEqualTo(1);
                assertThat(w.message().english()).contains("converted to plain text");
            });
        }

        @Test
        void unknownBracketedWordsAreText() {
            assertThat(only("[2021] Hội nghị diễn ra năm nào?{#2021}").stem())
                    .isEqualTo("[2021] Hội nghị diễn ra năm nào?");
        }

        @Test
        void escapedControlCharactersAndNewlines() {
            QuestionDraft q = only("Tỉ lệ \\= 50\\% \\{ước tính\\}\\: \\~ \\# \\\\ xong\\ndòng mới?{"
                    + "=a\\=b ~c\\#d#phản hồi \\~ ở đây}");

            assertThat(q.stem()).isEqualTo("Tỉ lệ = 50\\% {ước tính}: ~ # \\ xong\ndòng mới?");
            assertThat(q.options()).extracting(OptionDraft::text, OptionDraft::feedback)
                    .containsExactly(tuple("a=b", null), tuple("c#d", "phản hồi ~ ở đây"));
        }

        @Test
        void strayQuoteSemicolonAfterTheClosingBraceIsIgnored() {
            QuestionDraft q = only("Năm?{#2021:1}\";");

            assertThat(q.stem()).isEqualTo("Năm?");
        }

        @Test
        void decomposedVietnameseIsStoredComposed() {
            String decomposed = java.text.Normalizer.normalize("Hội nghị đối ngoại?", java.text.Normalizer.Form.NFD);
            QuestionDraft q = only(decomposed + "{=Đúng ~Sai}");

            assertThat(q.stem()).isEqualTo("Hội nghị đối ngoại?");
            assertThat(q.options().get(0).text()).isEqualTo("Đúng");
        }

        @Test
        void windowsLineEndingsAndByteOrderMark() {
            ImportResult result = reader.read("\uFEFF::A::Câu 1?{T}\r\n\r\n::B::Câu 2?\r\n{F}\r\n");

            assertThat(result.drafts()).extracting(QuestionDraft::title).containsExactly("A", "B");
            assertThat(result.questions()).extracting(ImportResult.ImportedQuestion::line).containsExactly(1, 3);
        }
    }

    @Nested
    class Unsupported {

        @Test
        void essayAndDescriptionAreSkippedWithTheirLines() {
            ImportResult result = reader.read("""
                    ::Mở đầu::Phần này hỏi về Hội nghị Đối ngoại toàn quốc.

                    ::Tự luận::Hãy trình bày năm bài học kinh nghiệm.{}

                    Câu hỏi thật?{T}
                    """);

            assertThat(result.drafts()).extracting(QuestionDraft::stem).containsExactly("Câu hỏi thật?");
            assertThat(result.skipped()).extracting(ImportResult.Skipped::line).containsExactly(1, 3);
            assertThat(result.skipped().get(0).reason().english()).contains("description");
            assertThat(result.skipped().get(1).reason().english()).contains("essay");
            assertThat(result.errors()).isEmpty();
        }

        @Test
        void aQuestionShowingAnImageIsSkippedWithTheReasonNotImportedWithoutIt() {
            ImportResult result = reader.read("""
                    ::Ảnh::[html]Quan sát ảnh sau: <img src="@@PLUGINFILE@@/hoi-nghi.jpg" alt="">. Đây là hội nghị nào?{
                        =Hội nghị Đối ngoại toàn quốc
                        ~Hội nghị Ngoại giao lần thứ 30
                    }

                    Câu hỏi thật?{T}
                    """);

            assertThat(result.drafts()).extracting(QuestionDraft::stem).containsExactly("Câu hỏi thật?");
            assertThat(result.skipped()).singleElement().satisfies(s -> {
                assertThat(s.line()).isEqualTo(1);
                assertThat(s.reason().english()).contains("image");
            });
        }
    }

    @Nested
    class Errors {

        @Test
        void unclosedBlockPointsAtTheOpeningBrace() {
            ImportResult result = reader.read("Câu 1?{T}\n\nCâu 2?\n{\n=a\n~b\n\nCâu 3?{F}");

            assertThat(result.drafts()).extracting(QuestionDraft::stem).containsExactly("Câu 1?", "Câu 3?");
            assertThat(result.errors()).singleElement().satisfies(e -> {
                assertThat(e.line()).isEqualTo(4);
                assertThat(e.message().english()).contains("not closed");
            });
        }

        @Test
        void closingBraceWithoutOpening() {
            ImportResult result = reader.read("Câu hỏi}\n=a");

            assertThat(result.errors()).singleElement()
                    .isEqualTo(new ImportResult.Problem(1, new Say("Có '}' mà không có '{' mở trước; muốn viết dấu ngoặc"
                            + " nhọn thì hãy viết \\}", "'}' without an opening '{'; write \\} for a literal brace")));
        }

        @Test
        void secondAnswerBlockAndBraceInsideABlock() {
            ImportResult result = reader.read("Nước {=1 =một} nguyên tử oxy và\n{=2 =hai} hydro.\n\nCâu {=a {~b}");

            assertThat(result.errors()).extracting(ImportResult.Problem::line, p -> p.message().english())
                    .containsExactly(
                            tuple(2, "a question has one answer block; write \\{ and \\} for literal braces"),
                            tuple(4, "'{' inside an answer block; write \\{ for a literal brace"));
        }

        @Test
        void emptyAnswerAndEmptyQuestionText() {
            ImportResult result = reader.read("Câu?{=a ~ ~b}\n\n::Chỉ tiêu đề::{T}");

            assertThat(result.errors()).extracting(p -> p.message().english())
                    .containsExactly("an answer is empty", "the question has no text");
        }
    }
}
