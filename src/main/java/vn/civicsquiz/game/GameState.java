package vn.civicsquiz.game;

/** Where a game is: players join in the LOBBY, a QUESTION is open, its answer is shown (REVEAL), or it ENDED. */
public enum GameState {
    LOBBY, QUESTION, REVEAL, ENDED
}
