-- The mixed workload: of every 10 requests, 2 CreateJob, 6 GetStatus, 1 ListJobs, 1 error (a GetStatus with BENCH_NO_ERRORS).
-- The error is bench/run.py's error path request (BENCH_ERROR_BODY), which the ceiling answers with a 400 as well.
dofile(os.getenv("BENCH_LUA") .. "/report.lua")
local key = os.getenv("BENCH_KEY")
local job = os.getenv("BENCH_JOB")
local error_body = os.getenv("BENCH_ERROR_BODY")
local no_errors = os.getenv("BENCH_NO_ERRORS") ~= nil
local counter = 0
local headers = {["Content-Type"] = "application/x-www-form-urlencoded"}
local manifest = "manifestVersion%3A+2.0%0AaccessKeyId%3A+" .. key .. "%0AdeviceId%3A+M" .. tostring(math.random(1, 1e9))
local tail = "%0AeraseDevice%3A+yes%0Abucket%3A+my-import-bucket%0AreturnAddress%3A%0A++++name%3A+Jane+Doe%0A++++street1%3A+123+Any+Street"
  .. "%0A++++city%3A+Anytown%0A++++stateOrProvince%3A+WA%0A++++postalCode%3A+91011%0A++++phoneNumber%3A+206-555-1111%0A++++country%3A+USA%0A"
request = function()
  counter = counter + 1
  local slot = counter % 10
  local body
  if slot < 2 then
    body = "Action=CreateJob&JobType=Import&AWSAccessKeyId=" .. key .. "&Manifest=" .. manifest .. "x" .. counter .. tail
  elseif slot < 8 or no_errors and slot == 9 then
    body = "Action=GetStatus&AWSAccessKeyId=" .. key .. "&JobId=" .. job
  elseif slot < 9 then
    body = "Action=ListJobs&MaxJobs=100&AWSAccessKeyId=" .. key
  else
    body = error_body
  end
  return wrk.format("POST", "/", headers, body)
end
