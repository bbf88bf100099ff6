-- wrk script: a list of paths to rotate over (one per line in the file named by WRK_PATHS) and one summary line at the end.
local paths = {}
local next_index = 1

function init(args)
  local file = os.getenv("WRK_PATHS")
  if file and #file > 0 then
    for line in io.lines(file) do
      if #line > 0 then paths[#paths + 1] = line end
    end
  end
end

function request()
  if #paths == 0 then return wrk.format(nil) end
  local path = paths[next_index]
  next_index = next_index % #paths + 1
  return wrk.format("GET", path)
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  -- One machine-readable line: requests/s, p50 ms, p99 ms, errors (non-2xx/3xx answers and socket errors), requests.
  io.write(string.format("RESULT %.1f %.2f %.2f %d %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors,
    summary.requests))
end
