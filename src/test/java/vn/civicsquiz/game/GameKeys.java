package vn.civicsquiz.game;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.civicsquiz.quiz.grading.GradingKey;

/** The key of a game's question in the game's client ids, as a player who knew the answer would send it (test helper). */
@ApplicationScoped
public class GameKeys {

    private final GameQuestions questions;

    public GameKeys(GameQuestions questions) {
        this.questions = questions;
    }

    @Transactional
    public GradingKey key(long gameId, int index) {
        Game game = Game.findById(gameId);
        return questions.layout(game, index, questions.question(game.questionAt(index)).orElseThrow()).clientKey();
    }
}
