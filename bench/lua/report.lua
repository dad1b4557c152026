-- Shared by every scenario: one JSON line with throughput, latency percentiles and errors.
function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format('{"rps":%.1f,"p50":%.3f,"p99":%.3f,"p999":%.3f,"requests":%d,"non2xx":%d,"errors":%d}\n',
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency:percentile(99.9) / 1000, summary.requests, summary.errors.status, errors))
end
