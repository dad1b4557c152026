#!/usr/bin/env python3
"""End-to-end check: boto3 and the AWS CLI (v1) against the packaged emulator jar.

Starts `java -jar JAR --port 0`, waits for its ready line, drives both clients exactly as users do
(endpoint_url / --endpoint-url), asserts the parsed values and the modeled exceptions, and prints
`N passed, N failed`. Exits non-zero on any failure.

Usage: python3 e2e/python_clients.py [target/importexport-emulator.jar]
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import traceback
import urllib.request

import boto3
from botocore.config import Config

ACCESS_KEY = "AKIAIOSFODNN7EXAMPLE"
SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
JOB_ID = re.compile(r"^[1-9A-NP-Z]{5}$")
ERASE_WARNING = "**** Device will be erased before being returned. ****"

MANIFEST = """manifestVersion: 2.0
bucket: my-import-bucket
prefix: backups/2010-06-01/
accessKeyId: AKIAIOSFODNN7EXAMPLE
deviceId: 49382
eraseDevice: yes
notificationEmail: jane.doe+import@example.com
returnAddress:
    name: Zoë Müller-Łukasiewicz
    company: Example Corp
    street1: 123 Any Street
    street2: Suite 200
    city: Zürich
    postalCode: 8001
    phoneNumber: 206-555-1111
    country: USA
    stateOrProvince: WA
"""

checks = []


def check(name):
    def register(function):
        checks.append((name, function))
        return function
    return register


def start_emulator(jar, *options):
    process = subprocess.Popen(["java", "-jar", jar, "--port", "0", *options], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = process.stdout.readline()
    match = re.search(r"listening on (http://\S+)", line)
    if not match:
        process.kill()
        raise SystemExit("the emulator did not start: " + line)
    return process, match.group(1)


def client(url, region="us-east-1", key=ACCESS_KEY, secret=SECRET_KEY, token=None):
    return boto3.client("importexport", endpoint_url=url, region_name=region, aws_access_key_id=key,
                        aws_secret_access_key=secret, aws_session_token=token, config=Config(retries={"max_attempts": 1}))


def expect_error(call, code, mentions=""):
    try:
        call()
    except Exception as error:  # the modeled class is checked by name below
        response = getattr(error, "response", None)
        assert response is not None, f"expected {code}, got {error!r}"
        assert type(error).__name__ == code, f"expected class {code}, got {type(error).__name__}"
        assert response["Error"]["Code"] == code, response["Error"]
        assert mentions in response["Error"]["Message"], response["Error"]["Message"]
        assert re.match(r"^[0-9a-f-]{36}$", response["ResponseMetadata"]["RequestId"])
        return
    raise AssertionError(f"expected {code}, the call succeeded")


def aws(url, *arguments, region="us-east-1", secret=SECRET_KEY):
    environment = dict(os.environ, AWS_ACCESS_KEY_ID=ACCESS_KEY, AWS_SECRET_ACCESS_KEY=secret,
                       AWS_CONFIG_FILE=os.devnull, AWS_SHARED_CREDENTIALS_FILE=os.devnull, AWS_MAX_ATTEMPTS="1")
    return subprocess.run(["aws", "importexport", *arguments, "--endpoint-url", url, "--region", region, "--output", "json"],
                          capture_output=True, text=True, env=environment, timeout=60)


@check("boto3 create_job returns every result member")
def boto3_create(url):
    result = client(url).create_job(JobType="Import", Manifest=MANIFEST, ValidateOnly=False, APIVersion="2.0")
    assert JOB_ID.match(result["JobId"]), result
    assert result["JobType"] == "Import"
    assert result["SignatureFileContents"] == (
        f"version:2.0\nsigningMethod:HmacSHA1\njobId:{result['JobId']}\nsignature:{result['Signature']}\n")
    assert result["WarningMessage"] == ERASE_WARNING
    assert re.match(r"^[0-9a-f-]{36}$", result["ResponseMetadata"]["RequestId"])


@check("boto3 create_job in any region, job type in lower case, validate only")
def boto3_validate_only(url):
    result = client(url, region="eu-west-1").create_job(JobType="import", Manifest=MANIFEST, ValidateOnly=True)
    assert re.match(r"^[1-9A-NP-Z]{5}-VALIDATE-ONLY$", result["JobId"]), result
    assert result["JobType"] == "Import"


@check("boto3 create_job for a Glacier import lists its artifact")
def boto3_artifacts(url):
    glacier = MANIFEST.replace("manifestVersion: 2.0", "manifestVersion: 3.0").replace("bucket: my-import-bucket\nprefix: backups/2010-06-01/\n", "logBucket: my-log-bucket\n")
    glacier += "operations:\n  - destination: glacier\n    source: device\n    region: us-east-1\n    vaultName: v1\n    archiveComment: x\n"
    result = client(url).create_job(JobType="Import", Manifest=glacier, ValidateOnly=False)
    artifact, = result["ArtifactList"]
    assert artifact["Description"] == "SignaturePDF"
    assert artifact["URL"] == f"{url}/_emulator/artifacts/{result['JobId']}/signature.pdf", artifact


@check("boto3 gets the modeled exception for each kind of refusal")
def boto3_errors(url):
    c = client(url)
    expect_error(lambda: c.create_job(JobType="Import", Manifest="INVALID MANIFEST", ValidateOnly=False), "MalformedManifestException", "not well-formed")
    expect_error(lambda: c.create_job(JobType="Import", Manifest=MANIFEST.replace("deviceId: 49382\n", ""), ValidateOnly=False), "MissingManifestFieldException", "deviceId")
    expect_error(lambda: c.create_job(JobType="Import", Manifest=MANIFEST.replace(ACCESS_KEY, "AKIAOTHER"), ValidateOnly=False), "InvalidAccessKeyIdException", "AKIAOTHER")
    expect_error(lambda: c.create_job(JobType="Sideways", Manifest=MANIFEST, ValidateOnly=False), "InvalidParameterException", "Sideways")
    expect_error(lambda: c.create_job(JobType="Import", Manifest=MANIFEST, ValidateOnly=False, APIVersion="someday"), "InvalidVersionException", "someday")
    expect_error(lambda: c.create_job(JobType="Import", Manifest=MANIFEST.replace("Suite 200", "PO Box 200"), ValidateOnly=False), "InvalidAddressException", "PO boxes")
    expect_error(lambda: c.create_job(JobType="Import", Manifest=MANIFEST + "acl: everyone\n", ValidateOnly=False), "InvalidManifestFieldException", "acl")
    expect_error(lambda: c.create_job(JobType="Import", Manifest=MANIFEST, ValidateOnly=False, ManifestAddendum="jobId: ZZZZZ"), "InvalidJobIdException", "ZZZZZ")


@check("AWS CLI create-job prints the job")
def cli_create(url):
    with tempfile.NamedTemporaryFile("w", suffix=".yml", delete=False, encoding="utf-8") as manifest:
        manifest.write(MANIFEST)
    try:
        result = aws(url, "create-job", "--job-type", "Import", "--manifest", f"file://{manifest.name}", "--no-validate-only", "--api-version", "2.0")
    finally:
        os.unlink(manifest.name)
    assert result.returncode == 0, result.stderr
    output = json.loads(result.stdout)
    assert JOB_ID.match(output["JobId"]), output
    assert output["WarningMessage"] == ERASE_WARNING


@check("AWS CLI create-job reports the modeled error and exits 255")
def cli_error(url):
    result = aws(url, "create-job", "--job-type", "Import", "--manifest", "INVALID MANIFEST", "--no-validate-only")
    assert result.returncode == 255, (result.returncode, result.stderr)
    assert "An error occurred (MalformedManifestException) when calling the CreateJob operation: Your manifest is not well-formed" in result.stderr, result.stderr


def control(url, path, body=None):
    """POST to the emulator's control plane."""
    request = urllib.request.Request(url + path, data=json.dumps(body or {}).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request) as response:
        return json.loads(response.read())


def create(c, manifest=MANIFEST):
    return c.create_job(JobType="Import", Manifest=manifest, ValidateOnly=False)["JobId"]


@check("boto3 get_status follows the job through its lifecycle")
def boto3_get_status(url):
    c = client(url)
    job_id = create(c)
    status = c.get_status(JobId=job_id.lower())
    assert (status["JobId"], status["LocationCode"], status["ProgressCode"], status["ErrorCount"]) == (job_id, "NotReceived", "Pending", 0), status
    assert status["CurrentManifest"] == MANIFEST
    assert status["CreationDate"].tzinfo is not None
    assert "Carrier" not in status and "LogKey" not in status
    for state in ("AtAWS", "InProgress"):
        control(url, f"/_emulator/jobs/{job_id}/state", {"state": state})
    control(url, f"/_emulator/jobs/{job_id}/state", {"state": "SuccessWithErrors", "errorCount": 2})
    control(url, f"/_emulator/jobs/{job_id}/advance")
    status = c.get_status(JobId=job_id)
    assert (status["LocationCode"], status["ProgressCode"], status["ErrorCount"]) == ("Returned", "SuccessWithErrors", 2), status
    assert status["Carrier"] == "UPS" and re.match(r"^1Z\d{16}$", status["TrackingNumber"]), status
    assert (status["LogBucket"], status["LogKey"]) == ("my-import-bucket", f"import-log-{job_id}"), status
    expect_error(lambda: c.get_status(JobId="ZZZZZ"), "InvalidJobIdException", "ZZZZZ")


@check("boto3 update_job and cancel_job, then the modeled refusals")
def boto3_update_cancel(url):
    c = client(url)
    job_id = create(c)
    updated = MANIFEST.replace("deviceId: 49382", "deviceId: 50000")
    result = c.update_job(JobId=job_id, JobType="Import", Manifest=updated, ValidateOnly=False)
    assert result["Success"] is True and result["WarningMessage"] == ERASE_WARNING, result
    assert c.get_status(JobId=job_id)["CurrentManifest"] == updated
    assert c.cancel_job(JobId=job_id)["Success"] is True
    assert c.get_status(JobId=job_id)["ProgressCode"] == "Canceled"
    expect_error(lambda: c.cancel_job(JobId=job_id), "CanceledJobIdException", job_id)
    expect_error(lambda: c.update_job(JobId=job_id, JobType="Import", Manifest=updated, ValidateOnly=False), "CanceledJobIdException", job_id)
    started = create(c)
    control(url, f"/_emulator/jobs/{started}/advance")
    control(url, f"/_emulator/jobs/{started}/advance")
    expect_error(lambda: c.update_job(JobId=started, JobType="Import", Manifest=updated, ValidateOnly=False), "UnableToUpdateJobIdException", started)
    expect_error(lambda: c.cancel_job(JobId=started), "UnableToCancelJobIdException", started)


@check("boto3 get_shipping_label for two jobs, and the label downloads as a PDF")
def boto3_shipping_label(url):
    c = client(url)
    first, second = create(c), create(c)
    result = c.get_shipping_label(jobIds=[first, second], name="Jane Doe", company="Example Corp", phoneNumber="+1 206-555-1111",
                                  country="USA", stateOrProvince="WA", city="Anytown", postalCode="91011-1111",
                                  street1="123 Any Street", street2="Suite #200", street3="Building C/3 & Dock 7")
    assert result["ShippingLabelURL"] == f"{url}/_emulator/labels/shipping-label-{first}-{second}.pdf", result
    with urllib.request.urlopen(result["ShippingLabelURL"]) as label:
        assert label.headers["Content-Type"] == "application/pdf" and label.read(5) == b"%PDF-"
    expect_error(lambda: c.get_shipping_label(jobIds=[first], name="Jane Doe", company="Example Corp", phoneNumber="1",
                                              country="USA", stateOrProvince="WA", city="Anytown", postalCode="1",
                                              street1="PO Box 7"), "InvalidAddressException", "PO boxes")


@check("boto3's paginator and the AWS CLI page through 2,500 jobs without a duplicate or a gap")
def pagination(url):
    control(url, "/_emulator/reset")
    c = client(url)
    created = [create(c) for _ in range(2500)]
    paged = [job["JobId"] for page in c.get_paginator("list_jobs").paginate(PaginationConfig={"PageSize": 100}) for job in page["Jobs"]]
    assert len(paged) == 2500 and set(paged) == set(created), (len(paged), len(set(paged)))
    result = aws(url, "list-jobs", "--page-size", "300")
    assert result.returncode == 0, result.stderr
    listed = [job["JobId"] for job in json.loads(result.stdout)["Jobs"]]
    assert listed == paged, (len(listed), len(set(listed)))
    expect_error(lambda: c.list_jobs(MaxJobs=1001), "InvalidParameterException", "MaxJobs")
    control(url, "/_emulator/reset")


@check("AWS CLI drives get-status, update-job, get-shipping-label and cancel-job")
def cli_operations(url):
    job_id = create(client(url))
    status = aws(url, "get-status", "--job-id", job_id)
    assert status.returncode == 0 and json.loads(status.stdout)["ProgressCode"] == "Pending", status.stderr
    assert re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", json.loads(status.stdout)["CreationDate"]), status.stdout
    update = aws(url, "update-job", "--job-id", job_id, "--job-type", "Import", "--manifest", MANIFEST, "--no-validate-only")
    assert update.returncode == 0 and json.loads(update.stdout)["Success"] is True, update.stderr
    label = aws(url, "get-shipping-label", "--job-ids", job_id)
    assert label.returncode == 0 and json.loads(label.stdout)["ShippingLabelURL"].endswith(f"shipping-label-{job_id}.pdf"), label.stderr
    cancel = aws(url, "cancel-job", "--job-id", job_id)
    assert cancel.returncode == 0 and json.loads(cancel.stdout)["Success"] is True, cancel.stderr
    again = aws(url, "cancel-job", "--job-id", job_id)
    assert again.returncode == 255 and "(CanceledJobIdException) when calling the CancelJob operation" in again.stderr, again.stderr


TEMPORARY_KEY = "ASIAEXAMPLETEMPKEY"
TEMPORARY_SECRET = "temporary-secret"
TOKEN = "FwoGZXIvYXdzEXAMPLETOKEN"
CREDENTIALS = {"accounts": [
    {"accountId": "111111111111", "keys": [{"accessKeyId": ACCESS_KEY, "secretAccessKey": SECRET_KEY},
                                           {"accessKeyId": TEMPORARY_KEY, "secretAccessKey": TEMPORARY_SECRET, "sessionToken": TOKEN}]}]}
strict_checks = []


def strict_check(name):
    def register(function):
        strict_checks.append((name, function))
        return function
    return register


@strict_check("strict: boto3 signs with SigV4, a temporary key with its token, a presigned URL")
def strict_boto3(url):
    c = client(url)
    job_id = create(c)
    assert c.get_status(JobId=job_id)["JobId"] == job_id
    temporary = client(url, key=TEMPORARY_KEY, secret=TEMPORARY_SECRET, token=TOKEN)
    assert [job["JobId"] for job in temporary.list_jobs()["Jobs"]] == [job_id], "keys of one account share its jobs"
    # botocore presigns with the operation's own method (POST) unless told the URL will be fetched with GET
    presigned = c.generate_presigned_url("get_status", Params={"JobId": job_id}, ExpiresIn=300, HttpMethod="GET")
    with urllib.request.urlopen(presigned) as response:
        assert f"<JobId>{job_id}</JobId>".encode() in response.read()


@strict_check("strict: a wrong secret, a missing token and an unknown key are refused")
def strict_refusals(url):
    expect_refusal(lambda: client(url, secret="wrong").list_jobs(), "SignatureDoesNotMatch", 403)
    expect_refusal(lambda: client(url, key=TEMPORARY_KEY, secret=TEMPORARY_SECRET).list_jobs(), "InvalidClientTokenIdException", 403)
    expect_refusal(lambda: client(url, key="AKIANOBODYKNOWS").list_jobs(), "InvalidClientTokenIdException", 403)


@strict_check("strict: the AWS CLI signs, and a wrong secret exits 255")
def strict_cli(url):
    result = aws(url, "list-jobs")
    assert result.returncode == 0 and "Jobs" in json.loads(result.stdout), result.stderr
    refused = aws(url, "list-jobs", secret="wrong")
    assert refused.returncode == 255 and "(SignatureDoesNotMatch)" in refused.stderr, refused.stderr


def expect_refusal(call, code, status):
    try:
        call()
    except Exception as error:
        response = getattr(error, "response", None)
        assert response is not None, repr(error)
        assert (response["Error"]["Code"], response["ResponseMetadata"]["HTTPStatusCode"]) == (code, status), response
        return
    raise AssertionError(f"expected {code}, the call succeeded")


def run(checks_to_run, url):
    passed = failed = 0
    for name, function in checks_to_run:
        started = time.monotonic()
        try:
            function(url)
            passed += 1
            print(f"PASS {name} ({time.monotonic() - started:.2f}s)")
        except Exception:
            failed += 1
            print(f"FAIL {name}")
            traceback.print_exc(file=sys.stdout)
    return passed, failed


def main():
    jar = sys.argv[1] if len(sys.argv) > 1 else "target/importexport-emulator.jar"
    passed = failed = 0
    process, url = start_emulator(jar)
    try:
        passed, failed = run(checks, url)
    finally:
        process.terminate()
        process.wait(timeout=20)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as credentials:
        json.dump(CREDENTIALS, credentials)
    process, url = start_emulator(jar, "--auth", "strict", "--credentials", credentials.name)
    try:
        strict_passed, strict_failed = run(strict_checks, url)
        passed, failed = passed + strict_passed, failed + strict_failed
    finally:
        process.terminate()
        process.wait(timeout=20)
        os.unlink(credentials.name)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
