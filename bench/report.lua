-- wrk script for plain requests: prints the RESULT line bench/run reads (BENCH_NAME names the step).
function done(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.timeout + e.status
  io.write(string.format("RESULT name=%s n=%d errors=%d rps=%.1f p50=%.2f p99=%.2f max=%.2f\n",
    os.getenv("BENCH_NAME") or "wrk", summary.requests, errors, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
