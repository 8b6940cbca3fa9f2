package vn.civicsquiz.study;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Study settings that are the product's, not the learner's ({@code quiz.study.*}). */
@ConfigMapping(prefix = "quiz.study")
public interface StudyConfig {

    /** Most cards one due-queue answer lists (the counts are always complete). */
    @WithDefault("50")
    int queuePageSize();
}
