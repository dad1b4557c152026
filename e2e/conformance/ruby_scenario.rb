# The conformance scenario with the AWS SDK for Ruby v1 (ruby-aws-sdk 1.67.0 from Debian: SigV2 in the body, Nokogiri
# for XML): its five operations (it predates GetShippingLabel), pagination, a modeled error per operation, and strict
# mode refusing a wrong secret. Usage: ruby ruby_scenario.rb URL (STRICT_URL names an emulator in strict mode).
require 'aws-sdk-v1'
require 'uri'

# the manifest every client of the scenario sends
MANIFEST = File.read(File.join(__dir__, 'manifest.yml'))
JOB_ID = /\A[1-9A-NP-Z]{5}\z/
SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'

def client(url, secret = SECRET)
  endpoint = URI(url)
  # over HTTPS, the emulator's certificate is verified with the CA file SSL_CERT_FILE names
  AWS::ImportExport::Client.new(import_export_endpoint: endpoint.host, import_export_port: endpoint.port,
                                use_ssl: endpoint.scheme == 'https', ssl_verify_peer: true, ssl_ca_file: ENV['SSL_CERT_FILE'],
                                access_key_id: 'AKIAIOSFODNN7EXAMPLE', secret_access_key: secret, max_retries: 0)
end

def check(condition, what)
  raise "expected #{what}" unless condition
end

def expect_error(code)
  yield
  raise "expected #{code}, the call succeeded"
rescue AWS::Errors::Base => e
  check(e.code == code, "#{code}, got #{e.code}: #{e.message}")
end

API = client(ARGV.fetch(0))
IDS = []

def create
  result = API.create_job(job_type: 'Import', manifest: MANIFEST, validate_only: false)
  check(result[:job_id] =~ JOB_ID && result[:job_type] == 'Import', 'a job id')
  check(result[:signature_file_contents] == "version:2.0\nsigningMethod:HmacSHA1\njobId:#{result[:job_id]}\nsignature:#{result[:signature]}\n",
        'the SIGNATURE file')
  check(result[:warning_message] == '**** Device will be erased before being returned. ****', 'the erase warning')
  IDS << result[:job_id]
end

def list_all(page_size)
  listed = []
  marker = nil
  loop do
    page = API.list_jobs(marker ? { max_jobs: page_size, marker: marker } : { max_jobs: page_size })
    page[:jobs].each do |job|
      check(job[:creation_date].is_a?(Time) && job[:is_canceled] == false && job[:job_type] == 'Import', 'typed job members')
      listed << [job[:creation_date].to_i, job[:job_id]]
    end
    return listed unless page[:is_truncated]
    marker = listed.last[1]
  end
end

STEPS = [
  ['CreateJob', -> { create }],
  ['CreateJob validate only', lambda {
    check(API.create_job(job_type: 'Import', manifest: MANIFEST, validate_only: true)[:job_id].end_with?('-VALIDATE-ONLY'), 'a validate-only id')
  }],
  ['CreateJob error', -> { expect_error('MalformedManifestException') { API.create_job(job_type: 'Import', manifest: 'INVALID MANIFEST', validate_only: false) } }],
  ['GetStatus', lambda {
    status = API.get_status(job_id: IDS[0])
    check(status[:job_id] == IDS[0] && status[:location_code] == 'NotReceived' && status[:progress_code] == 'Pending', 'a pending job')
    check(status[:current_manifest] == MANIFEST && status[:error_count] == 0 && status[:creation_date].is_a?(Time), 'every member')
  }],
  ['GetStatus error', -> { expect_error('InvalidJobIdException') { API.get_status(job_id: 'ZZZZZ') } }],
  ['ListJobs, paginated', lambda {
    4.times { create }
    listed = list_all(2)
    check(listed.map(&:last) == IDS.reverse, "every job once, the latest created first: #{listed}")
  }],
  ['ListJobs error', -> { expect_error('InvalidParameterException') { API.list_jobs(max_jobs: 1001) } }],
  ['UpdateJob', lambda {
    result = API.update_job(job_id: IDS[0], job_type: 'Import', manifest: MANIFEST.sub('49382', '50000'), validate_only: false)
    check(result[:success] == true, 'Success')
  }],
  ['UpdateJob error', lambda {
    expect_error('MissingManifestFieldException') do
      API.update_job(job_id: IDS[0], job_type: 'Import', manifest: MANIFEST.sub("deviceId: 49382\n", ''), validate_only: false)
    end
  }],
  ['CancelJob', lambda {
    check(API.cancel_job(job_id: IDS[1])[:success] == true, 'Success')
    check(API.get_status(job_id: IDS[1])[:progress_code] == 'Canceled', 'Canceled')
  }],
  ['CancelJob error', -> { expect_error('CanceledJobIdException') { API.cancel_job(job_id: IDS[1]) } }],
  ['strict mode: the right secret is accepted, a wrong one refused', lambda {
    strict = ENV.fetch('STRICT_URL')
    check(client(strict).list_jobs[:jobs] == [], 'a signed call accepted')
    expect_error('SignatureDoesNotMatch') { client(strict, 'not-the-secret').list_jobs }
  }],
]

passed = 0
failed = 0
STEPS.each do |name, step|
  step.call
  passed += 1
  puts "PASS ruby-sdk-v1 #{name}"
rescue StandardError => e
  failed += 1
  puts "FAIL ruby-sdk-v1 #{name}: #{e.message}"
end
puts "#{passed} passed, #{failed} failed"
exit(failed.zero? ? 0 : 1)
