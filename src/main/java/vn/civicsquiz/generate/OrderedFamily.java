package vn.civicsquiz.generate;

import java.util.List;

import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.content.fact.FactSet;

/**
 * How to talk about an ordered family of facts (the nine tasks, the five lessons) and which family supplies
 * related-but-wrong members for it.
 *
 * @param set      the family
 * @param member   what one member is called ("nhiệm vụ trọng tâm")
 * @param shortMember the same once the family was named in the sentence ("nhiệm vụ"), so no noun comes twice
 * @param scope    what the members belong to, naming who gave the list and where ("của đối ngoại mà Phó Thủ tướng
 *                 Thường trực Phạm Bình Minh nêu tại Hội nghị Đối ngoại toàn quốc ngày 14/12/2021"): other articles
 *                 give other lists under the same name (article 004's "các nhiệm vụ trọng tâm", article 002's
 *                 "bài học đối ngoại của 40 năm đổi mới")
 * @param again    the scope once the other family of the same speech was named ("mà ông nêu tại cùng hội nghị")
 * @param outsider the family whose members look alike but are not members
 */
record OrderedFamily(FactSet set, String member, String shortMember, String scope, String again, FactSet outsider) {

    static final OrderedFamily TASKS = new OrderedFamily(FactSet.NINE_TASKS, "nhiệm vụ trọng tâm", "nhiệm vụ",
            "của đối ngoại mà Phó Thủ tướng Thường trực Phạm Bình Minh nêu tại Hội nghị Đối ngoại toàn quốc ngày 14/12/2021",
            "mà ông nêu tại cùng hội nghị", FactSet.FIVE_LESSONS);
    static final OrderedFamily LESSONS = new OrderedFamily(FactSet.FIVE_LESSONS, "bài học kinh nghiệm", "bài học",
            "về đối ngoại thời kỳ đổi mới mà Phó Thủ tướng Thường trực Phạm Bình Minh rút ra tại Hội nghị Đối ngoại toàn quốc"
            + " ngày 14/12/2021", "mà ông rút ra tại cùng hội nghị", FactSet.NINE_TASKS);

    static List<OrderedFamily> all() {
        return List.of(TASKS, LESSONS);
    }

    List<Fact> members(FactBase base) {
        return base.of(set).stream().filter(f -> f.ordinal() != null).toList();
    }

    /**
     * "các nhiệm vụ trọng tâm của đối ngoại mà … nêu tại Hội nghị …": never with their number, which is itself
     * asked ("Có bao nhiêu nhiệm vụ trọng tâm …?") and would be given away by every stem that names the family.
     */
    String whole(FactBase base) {
        return "các " + member + " " + scope;
    }

    /** "nhiệm vụ trọng tâm thứ ba" */
    String nth(int ordinal) {
        return member + " " + Vietnamese.ordinal(ordinal);
    }

    /** "nhiệm vụ thứ ba", after the family was named */
    String shortNth(int ordinal) {
        return shortMember + " " + Vietnamese.ordinal(ordinal);
    }

    /**
     * "the order in which the Deputy Prime Minister gave them": the scope without its "của đối ngoại"/"về đối
     * ngoại …" head, as a relative clause ("mà Phó Thủ tướng … nêu tại Hội nghị …").
     */
    String givenBy() {
        return scope.substring(scope.indexOf("mà "));
    }
}
