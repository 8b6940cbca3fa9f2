package vn.civicsquiz.study;

/**
 * The two FSRS memory variables of a card.
 *
 * @param stability  days until the probability of recall falls to 90%
 * @param difficulty 1 (easy) to 10 (hard): how hard it is to raise the stability
 */
public record MemoryState(double stability, double difficulty) {
}
