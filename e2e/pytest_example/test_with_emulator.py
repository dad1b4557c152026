"""The README's boto3 + pytest example, run by .ci/run with the Python package installed: its plugin starts the
emulator once per session and resets it before each test."""
import pytest

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


def test_a_job_travels_until_its_device_is_returned(importexport, importexport_admin):
    job_id = importexport.create_job(JobType="Import", Manifest=MANIFEST, ValidateOnly=False)["JobId"]
    assert importexport.get_status(JobId=job_id)["LocationCode"] == "NotReceived"

    for _ in range(4):  # arrives, loads, succeeds, comes back
        importexport_admin.advance_job(job_id)

    status = importexport.get_status(JobId=job_id)
    assert (status["LocationCode"], status["ProgressCode"]) == ("Returned", "Success")


@pytest.mark.importexport_emulator(seed=1)
def test_each_test_starts_from_a_fresh_emulator(importexport):
    assert importexport.list_jobs()["Jobs"] == []
