package vn.civicsquiz.platform.bench;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code quiz.bench.*}: whether the benchmark baseline page is served. */
@ConfigMapping(prefix = "quiz.bench")
public interface BenchSettings {

    /** Serve GET /bench/fortunes (dev and test: on; production: off unless QUIZ_BENCH_ENABLED=true). */
    @WithDefault("false")
    boolean enabled();
}
