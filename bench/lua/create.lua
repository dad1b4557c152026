-- CreateJob with a unique manifest per request (deviceId carries a counter, per thread).
dofile(os.getenv("BENCH_LUA") .. "/report.lua")
local counter = 0
local prefix = "Action=CreateJob&Version=2010-06-01&JobType=Import&ValidateOnly=false&AWSAccessKeyId=" .. os.getenv("BENCH_KEY") .. "&Manifest="
local head = "manifestVersion%3A+2.0%0AaccessKeyId%3A+" .. os.getenv("BENCH_KEY") .. "%0AdeviceId%3A+D"
local tail = "%0AeraseDevice%3A+yes%0Abucket%3A+my-import-bucket%0AreturnAddress%3A%0A++++name%3A+Jane+Doe%0A++++street1%3A+123+Any+Street"
  .. "%0A++++city%3A+Anytown%0A++++stateOrProvince%3A+WA%0A++++postalCode%3A+91011%0A++++phoneNumber%3A+206-555-1111%0A++++country%3A+USA%0A"
local id = tostring(math.random(1, 1e9))
request = function()
  counter = counter + 1
  return wrk.format("POST", "/", {["Content-Type"] = "application/x-www-form-urlencoded"}, prefix .. head .. id .. "x" .. counter .. tail)
end
