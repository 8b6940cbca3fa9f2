package vn.civicsquiz.content.extract;

import vn.civicsquiz.content.fact.Fact;

/**
 * A fact the extractor proposes for review.
 *
 * @param setName the set it would belong to: a {@link vn.civicsquiz.content.fact.FactSet} slug ("nine-tasks", "figures")
 *                or, for an enumeration or group the known sets do not cover, a generic name such as
 *                "enumeration-nhom-nhiem-vu" (then {@code fact.set()} is null until a reviewer files it)
 * @param fact    the draft; its quote is the sentence it came from, verbatim
 */
public record ProposedFact(String setName, Fact fact) {
}
