#!/usr/bin/env bash
# The performance benchmark: bash tools/benchmark.sh [runs] [part ...]   (parts: startup outbox cost cockpit
# tasklist; default all, 3 runs)
# Compiles the application and its test code, then runs uk.safeguarding.casereview.benchmark.Benchmark against
# the PostgreSQL server of this machine (PGHOST/PGPORT/PGUSER, default 127.0.0.1:5432 postgres). Prints a
# table and writes target/benchmark/results.json. Not part of ./mvnw verify. BENCHMARK_OPTS adds JVM options, e.g.
# -Dbenchmark.incidentsPerYear=40 -Dbenchmark.referralsPerYear=80 (the cockpit part's partnership).
# -Dbenchmark.keep=true keeps its databases afterwards (their names are printed), to look at plans by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests -Djacoco.skip=true test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/benchmark-classpath.txt -Dmdep.includeScope=test
exec java -Xms1g -Xmx2g ${BENCHMARK_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/benchmark-classpath.txt)" \
  uk.safeguarding.casereview.benchmark.Benchmark "$@"
