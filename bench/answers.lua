-- wrk script: PUT prepared answers (lines "token attemptId position json" in the file named by ANSWERS_FILE),
-- each of WRK_THREADS threads its own share, in order. A thread that has used its share starts over; those PUTs
-- are replays (the server reads the stored answer back). done() says how many were first-time writes.
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("index", counter)
  table.insert(threads, thread)
end

-- per-thread state (globals, so that done() can read them through thread:get)
lines = {}
next_line = 1
firsts, replays, others = 0, 0, 0

function init(args)
  local n = tonumber(os.getenv("WRK_THREADS") or "1")
  local k = 0
  for line in io.lines(os.getenv("ANSWERS_FILE")) do
    if k % n == index - 1 then
      table.insert(lines, line)
    end
    k = k + 1
  end
end

function request()
  local line = lines[next_line]
  next_line = next_line + 1
  if next_line > #lines then next_line = 1 end
  local token, id, pos, body = line:match("^(%S+) (%S+) (%S+) (.*)$")
  return wrk.format("PUT", "/api/v1/attempts/" .. id .. "/answers/" .. pos,
    { ["X-Guest-Token"] = token, ["Content-Type"] = "application/json" }, body)
end

function response(status, headers, body)
  if status ~= 200 then
    others = others + 1
  elseif body:find('"replayed":true', 1, true) then
    replays = replays + 1
  else
    firsts = firsts + 1
  end
end

function done(summary, latency, requests)
  local f, r, o = 0, 0, 0
  for _, t in ipairs(threads) do
    f = f + t:get("firsts")
    r = r + t:get("replays")
    o = o + t:get("others")
  end
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.timeout + e.status
  io.write(string.format("RESULT name=%s n=%d errors=%d rps=%.1f p50=%.2f p99=%.2f max=%.2f first_writes=%d replays=%d\n",
    os.getenv("BENCH_NAME") or "answers", summary.requests, errors, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000, f, r))
end
