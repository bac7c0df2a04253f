package dev.practice2fa.benchmarks.report;

import dev.practice2fa.benchmarks.Measured;
import dev.practice2fa.benchmarks.baseline.KafkaEndToEnd;
import dev.practice2fa.benchmarks.baseline.RedisGetDel;
import dev.practice2fa.benchmarks.search.SearchResult;

/**
 * The physical floors of one run.
 *
 * @param redis redis-benchmark's GETDEL
 * @param kafka Kafka's own end-to-end latency
 * @param noOp the challenge service's no-op endpoint, searched like a scenario
 * @param noOpPath the path measured for it
 * @param noOpStandIn whether the liveness check stood in for a missing no-op endpoint
 */
public record Baselines(Measured<RedisGetDel> redis, Measured<KafkaEndToEnd> kafka,
        Measured<SearchResult> noOp, String noOpPath, boolean noOpStandIn) {
}
