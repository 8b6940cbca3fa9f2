package vn.civicsquiz.study;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** How many flashcards exist, for tests that check nothing was created. */
final class ReviewCardCount {

    private ReviewCardCount() {
    }

    static long all() {
        return QuarkusTransaction.requiringNew().call(() -> ReviewCard.count());
    }
}
