#!/usr/bin/env bash
# Times fact extraction of the five articles: bench/run-extraction-bench.sh [warmup-rounds] [timed-rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q compile
./mvnw -q dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/bench.classpath
java -cp "target/classes:$(cat target/bench.classpath)" bench/ExtractionBench.java "$@"
