"""Replay from pytest: a session recorded from boto3 (with a control-plane step) replays, and a changed one fails
with the diff the command prints."""

import pytest

from importexport_emulator import ImportExportEmulator, replay


def test_a_recorded_session_replays_and_a_changed_one_fails_with_its_diff(tmp_path, manifest):
    session = tmp_path / "recording"
    with ImportExportEmulator(seed=1, clock="2026-01-01T00:00:00Z", record_dir=session) as emulator:
        job_id = emulator.client().create_job(JobType="Import", Manifest=manifest, ValidateOnly=False)["JobId"]
        emulator.admin.advance_job(job_id)
        assert emulator.client().get_status(JobId=job_id)["LocationCode"] == "AtAWS"
    assert "1 passed, 0 failed" in replay(session)

    status = next(session.glob("*-GetStatus.exchange"))
    status.write_text(status.read_text().replace("<LocationCode>AtAWS</LocationCode>", "<LocationCode>Elsewhere</LocationCode>"))
    with pytest.raises(AssertionError) as failure:
        replay(tmp_path)
    assert "- <LocationCode>Elsewhere</LocationCode>" in str(failure.value)
    assert "+ <LocationCode>AtAWS</LocationCode>" in str(failure.value)
    replay(session, update=True)
    assert "1 passed" in replay(session)
