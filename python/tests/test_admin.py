"""The admin client: the whole control plane, named as in the Java EmulatorAdmin, and its errors."""

from datetime import datetime, timedelta, timezone

import botocore.exceptions
import pytest

from importexport_emulator import ImportExportEmulator, InvalidValue, NoSuchJob, TransitionRefused


@pytest.fixture(scope="module")
def emulator():
    with ImportExportEmulator(clock="2026-01-01T00:00:00Z") as running:
        yield running


@pytest.fixture
def admin(emulator):
    emulator.admin.reset()
    return emulator.admin


def create(emulator, manifest, key="AKIAIOSFODNN7EXAMPLE"):
    client = emulator.client(aws_access_key_id=key)
    return client.create_job(JobType="Import", Manifest=manifest.replace("AKIAIOSFODNN7EXAMPLE", key), ValidateOnly=False)["JobId"]


def test_jobs_are_listed_inspected_moved_and_refused(emulator, admin, manifest):
    job_id = create(emulator, manifest)
    other = create(emulator, manifest, key="AKIAOTHEREXAMPLE")
    assert {job["jobId"] for job in admin.jobs()} == {job_id, other}
    assert [job["jobId"] for job in admin.jobs("AKIAOTHEREXAMPLE")] == [other]
    assert admin.advance_job(job_id)["locationCode"] == "AtAWS"
    admin.move_job(job_id, "InProgress")
    moved = admin.move_job(job_id, "SuccessWithErrors", error_count=3)
    assert (moved["progressCode"], moved["errorCount"]) == ("SuccessWithErrors", 3)
    with pytest.raises(TransitionRefused) as refused:
        admin.move_job(job_id, "Canceled")
    assert refused.value.status == 409 and "Canceled" in refused.value.message
    with pytest.raises(InvalidValue, match="errorCount"):
        admin.move_job(other, "Success", error_count=2)
    with pytest.raises(NoSuchJob):
        admin.advance_job("ZZZZZ")
    assert admin.job("ZZZZZ") is None
    admin.reset("AKIAOTHEREXAMPLE")
    assert [job["jobId"] for job in admin.jobs()] == [job_id]


def test_the_clock_is_read_moved_set_and_guarded(admin):
    assert admin.now() == datetime(2026, 1, 1, tzinfo=timezone.utc)
    assert admin.advance_clock(timedelta(days=31)) == datetime(2026, 2, 1, tzinfo=timezone.utc)
    assert admin.set_clock(datetime(2027, 1, 1)) == datetime(2027, 1, 1, tzinfo=timezone.utc)
    with pytest.raises(InvalidValue, match="range"):
        admin.set_clock("+1000000000-12-01T00:00:00Z")
    admin.reset()
    assert admin.now() == datetime(2026, 1, 1, tzinfo=timezone.utc)


def test_faults_fire_on_boto3_calls_and_are_cleared(emulator, admin):
    admin.add_fault("ListJobs", "ServiceUnavailable", 503, count=1)
    assert [fault["operation"] for fault in admin.faults()] == ["ListJobs"]
    client = emulator.client()  # makes each call once, so the one-shot fault is seen
    with pytest.raises(botocore.exceptions.ClientError) as failure:
        client.list_jobs()
    assert failure.value.response["Error"]["Code"] == "ServiceUnavailable"
    assert failure.value.response["ResponseMetadata"]["RetryAttempts"] == 0
    assert client.list_jobs()["Jobs"] == []
    admin.add_fault("*", delay=0.01)
    admin.clear_faults()
    assert admin.faults() == []
    with pytest.raises(InvalidValue, match="Bogus"):
        admin.add_fault("Bogus", "X")


def test_buckets_credentials_health_config_and_requests(emulator, admin, manifest):
    admin.set_buckets([{"name": "only-bucket", "region": "us-east-1", "owner": "AKIAIOSFODNN7EXAMPLE"}])
    assert [bucket["name"] for bucket in admin.buckets()["buckets"]] == ["only-bucket"]
    with pytest.raises(botocore.exceptions.ClientError, match="NoSuchBucketException"):
        create(emulator, manifest)
    admin.set_buckets(None)
    assert admin.buckets()["declared"] is False
    keys = admin.set_credentials([{"accountId": "111111111111", "keys": [{"accessKeyId": "AKIA1", "secretAccessKey": "s"}]}])
    assert keys == [{"accountId": "111111111111", "accessKeyId": "AKIA1", "temporary": False}]
    with pytest.raises(InvalidValue, match="bad key!"):
        admin.set_credentials([{"accountId": "1", "keys": [{"accessKeyId": "bad key!", "secretAccessKey": "s"}]}])
    assert admin.health()["status"] == "ok"
    assert admin.config()["clock"] == "2026-01-01T00:00:00Z"
    admin.reset()
    create(emulator, manifest)
    (request,) = admin.requests()
    assert (request["operation"], request["status"], request["accountId"]) == ("CreateJob", 200, "AKIAIOSFODNN7EXAMPLE")
