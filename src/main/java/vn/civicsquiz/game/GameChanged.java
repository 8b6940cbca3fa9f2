package vn.civicsquiz.game;

/**
 * A game changed in a way its screens show (fired inside the transaction, told by {@link GameNews} once it commits).
 *
 * @param playersToo false when only the hosts' screens show the change (a player joined or answered: the count
 *                   on the projector moves, the phones show nothing new). With 300 players answering, pushing each
 *                   answer to every phone would be 90 000 messages a question.
 */
public record GameChanged(long gameId, boolean playersToo) {

    public static GameChanged forEveryone(long gameId) {
        return new GameChanged(gameId, true);
    }

    public static GameChanged forHosts(long gameId) {
        return new GameChanged(gameId, false);
    }
}
