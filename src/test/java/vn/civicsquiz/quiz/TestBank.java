package vn.civicsquiz.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.civicsquiz.question.Question;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionDraft.OptionDraft;
import vn.civicsquiz.question.QuestionKind;
import vn.civicsquiz.question.QuestionMapper;
import vn.civicsquiz.question.QuestionOrigin;
import vn.civicsquiz.question.QuestionStatus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Published questions of every kind for tests, built through the question entities. {@link #ensureTopics()}
 * gives each real topic exactly one question of each kind (and only those, so a quiz of 8 covers every kind).
 * The eight questions of one set test eight different facts, so that a quiz may hold all of them.
 */
@ApplicationScoped
public class TestBank {

    public static final String SOURCE = "000_7edb9b8851f52cde";

    /** One question of each kind, as drafts, quoting the articles and naming curated facts. */
    public static List<QuestionDraft> everyKind(String topic) {
        String pillars = "xây dựng nền ngoại giao toàn diện, hiện đại với 3 trụ cột là: đối ngoại Đảng, ngoại giao Nhà nước và đối ngoại nhân dân";
        return List.of(
                draft(QuestionKind.SINGLE, topic, "Nền ngoại giao toàn diện, hiện đại có mấy trụ cột?",
                        List.of(c("Ba", true), c("Hai", false), c("Bốn", false), c("Năm", false)), pillars, "fig-pillars-count"),
                draft(QuestionKind.MULTIPLE, topic, "Những trụ cột nào thuộc nền ngoại giao toàn diện, hiện đại?",
                        List.of(c("Đối ngoại Đảng", true), c("Ngoại giao Nhà nước", true),
                                c("Đối ngoại nhân dân", true), c("Đối ngoại kinh tế", false)), pillars, "pillar-1"),
                draft(QuestionKind.TRUE_FALSE, topic, "“Đối ngoại kinh tế” là một trong ba trụ cột.",
                        List.of(c("Đúng", false), c("Sai", true)), pillars, "pillar-3"),
                draft(QuestionKind.NEGATIVE, topic, "Đâu KHÔNG phải là một trụ cột của nền ngoại giao?",
                        List.of(c("Đối ngoại kinh tế", true), c("Đối ngoại Đảng", false),
                                c("Ngoại giao Nhà nước", false), c("Đối ngoại nhân dân", false)), pillars, "pillar-2"),
                draft(QuestionKind.ORDERING, topic, "Sắp xếp ba trụ cột theo thứ tự bài phát biểu nêu ra.",
                        List.of(at("Đối ngoại Đảng", 1), at("Ngoại giao Nhà nước", 2), at("Đối ngoại nhân dân", 3)),
                        pillars, "task-1"),
                draft(QuestionKind.MATCHING, topic, "Ghép mỗi người với chức vụ khi tham luận tại hội nghị.",
                        List.of(pair("Bùi Thanh Sơn", "Bộ trưởng Bộ Ngoại giao"),
                                pair("Lê Hoài Trung", "Trưởng ban Đối ngoại Trung ương"),
                                pair("Nguyễn Phương Nga", "Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam"),
                                pair("", "Chủ tịch Quốc hội")),
                        "Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn cho biết, Đại hội XIII đã xác định rõ định hướng bao trùm của đối ngoại",
                        "person-bui-thanh-son"),
                new QuestionDraft(QuestionKind.NUMERIC, topic, null,
                        "Đến tháng 12/2021, Việt Nam có quan hệ ngoại giao với bao nhiêu quốc gia thành viên Liên Hợp Quốc?",
                        List.of(), new BigDecimal("189"), BigDecimal.ZERO,
                        "Việt Nam có quan hệ ngoại giao với 189 trong số 193 quốc gia thành viên Liên Hợp Quốc.", 0.5,
                        List.of("fig-diplomatic-relations-2021"), SOURCE,
                        "Việt Nam đã thiết lập quan hệ ngoại giao với 189/193 quốc gia thành viên Liên Hợp Quốc"),
                draft(QuestionKind.SHORT_ANSWER, topic, "Hoàn thành phương châm ngoại giao: “Dĩ bất biến, …”.",
                        List.of(c("ứng vạn biến", true)),
                        "kiên trì về nguyên tắc, linh hoạt về sách lược, \"dĩ bất biến ứng vạn biến\"",
                        "phrase-di-bat-bien-ung-van-bien"));
    }

    /** Every real topic has one published question of each kind; returns nothing, idempotent. */
    @Transactional
    public void ensureTopics() {
        for (String topic : QuizTopics.ALL) {
            if (topic.equals(QuizTopics.MIXED)) {
                continue;
            }
            if (Question.count("topic = ?1 and status = ?2", topic, QuestionStatus.published) == 0) {
                everyKind(topic).forEach(d -> persist(d, "fixture-" + topic + "-" + d.kind()));
            }
        }
    }

    /** A fresh private topic with {@code copies} questions of each kind; returns its name. */
    @Transactional
    public String privateTopic(int copies) {
        String topic = "t-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < copies; i++) {
            for (QuestionDraft d : everyKind(topic)) {
                persist(withStem(d, d.stem() + " (" + (i + 1) + ")"), topic + "-" + d.kind() + "-" + i);
            }
        }
        return topic;
    }

    @Transactional
    public List<Long> ids(String topic) {
        return Question.<Question>list("topic = ?1 order by id", topic).stream().map(q -> q.id).toList();
    }

    public static Question persist(QuestionDraft draft, String hashSeed) {
        Question q = new Question();
        QuestionMapper.copyContent(draft, q);
        q.origin = QuestionOrigin.teacher;
        q.status = QuestionStatus.published;
        q.contentHash = Integer.toHexString(hashSeed.hashCode()) + "-" + UUID.nameUUIDFromBytes(hashSeed.getBytes());
        q.persist();
        return q;
    }

    private static QuestionDraft withStem(QuestionDraft d, String stem) {
        return new QuestionDraft(d.kind(), d.topic(), d.title(), stem, d.options(), d.numericAnswer(), d.tolerance(),
                d.explanation(), d.difficulty(), d.factIds(), d.sourceId(), d.quote());
    }

    private static QuestionDraft draft(QuestionKind kind, String topic, String stem, List<OptionDraft> options,
                                       String quote, String fact) {
        return new QuestionDraft(kind, topic, null, stem, new ArrayList<>(options), null, null,
                "Giải thích: " + quote, 0.5, List.of(fact), SOURCE, quote);
    }

    private static OptionDraft c(String text, boolean correct) {
        return OptionDraft.choice(text, correct);
    }

    private static OptionDraft at(String text, int position) {
        return new OptionDraft(text, false, position, null, null, null);
    }

    private static OptionDraft pair(String left, String right) {
        return new OptionDraft(left, false, null, right, null, null);
    }
}
