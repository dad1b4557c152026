"""The README's boto3 + pytest example, run by .ci/run: a session fixture starts the packaged jar on a free port,
and each test gets a fresh emulator state."""
import json
import os
import re
import subprocess
import urllib.request

import boto3
import pytest

JAR = os.environ.get("IMPORTEXPORT_EMULATOR_JAR", "target/importexport-emulator.jar")
MANIFEST = """manifestVersion: 2.0
accessKeyId: AKIAIOSFODNN7EXAMPLE
deviceId: WD-WCC4E1234567
eraseDevice: yes
bucket: example-import-bucket
returnAddress:
    name: Maria Garcia
    street1: 500 Example Blvd
    city: Springfield
    stateOrProvince: IL
    postalCode: 62701
    phoneNumber: 217-555-0142
    country: USA
"""


@pytest.fixture(scope="session")
def emulator_url():
    process = subprocess.Popen(["java", "-jar", JAR, "--port", "0", "--log-format", "off"], stdout=subprocess.PIPE, text=True)
    url = re.search(r"listening on (\S+)", process.stdout.readline()).group(1)
    yield url
    process.terminate()
    process.wait()


@pytest.fixture
def importexport(emulator_url):
    urllib.request.urlopen(urllib.request.Request(f"{emulator_url}/_emulator/reset", method="POST"))
    return boto3.client("importexport", endpoint_url=emulator_url, region_name="us-east-1",
                        aws_access_key_id="AKIAIOSFODNN7EXAMPLE", aws_secret_access_key="any")


def advance(emulator_url, job_id):
    request = urllib.request.Request(f"{emulator_url}/_emulator/jobs/{job_id}/advance", method="POST")
    return json.load(urllib.request.urlopen(request))


def test_a_new_job_waits_for_its_device(importexport):
    job_id = importexport.create_job(JobType="Import", Manifest=MANIFEST, ValidateOnly=False)["JobId"]
    assert importexport.get_status(JobId=job_id)["LocationCode"] == "NotReceived"


def test_the_device_arrives(importexport, emulator_url):
    job_id = importexport.create_job(JobType="Import", Manifest=MANIFEST, ValidateOnly=False)["JobId"]
    advance(emulator_url, job_id)
    assert importexport.get_status(JobId=job_id)["LocationCode"] == "AtAWS"
    assert len(importexport.list_jobs()["Jobs"]) == 1  # the job of the other test is gone
