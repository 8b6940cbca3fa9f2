package vn.civicsquiz.study;

/** Where a card is in its life: never seen, in the short learning steps, in long-term review, or relearning after a lapse. */
public enum CardPhase {
    NEW, LEARNING, REVIEW, RELEARNING
}
