package vn.civicsquiz.game;

/** A game changed in a way its screens show (fired inside the transaction, delivered once it commits). */
public record GameChanged(long gameId) {
}
