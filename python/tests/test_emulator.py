"""The launcher: options as keywords, the emulator's own messages on failure, no process left behind."""

import re
import socket
import subprocess
from datetime import timedelta

import pytest

from importexport_emulator import AdminError, EmulatorError, EmulatorStartError, ImportExportEmulator, options
from importexport_emulator.emulator import READY, archive_key_of, find_jar


def test_a_started_emulator_serves_boto3_and_stops_on_exit(manifest):
    with ImportExportEmulator() as emulator:
        assert emulator.endpoint_url.startswith("http://127.0.0.1:")
        job_id = emulator.client().create_job(JobType="Import", Manifest=manifest, ValidateOnly=False)["JobId"]
        assert emulator.admin.job(job_id)["locationCode"] == "NotReceived"
        process = emulator._process
    assert process.poll() is not None, "the process ended with the with-block"


def test_the_process_stops_when_the_test_fails_inside_the_block():
    emulator = ImportExportEmulator()
    with pytest.raises(RuntimeError):
        with emulator:
            process = emulator._process
            raise RuntimeError("a failing test")
    assert process.poll() is not None


def test_every_command_line_option_is_a_keyword_and_values_keep_their_precision():
    known = options()
    assert {"port", "seed", "auto_advance", "clock_start", "max_body_size", "data_dir"} <= set(known)
    with ImportExportEmulator(seed=7, auto_advance=timedelta(milliseconds=500), max_body_size=2_000_000,
                              clock_start="2026-01-01T00:00:00Z") as emulator:
        config = emulator.admin.config()
    assert (config["seed"], config["auto-advance"], config["max-body-size"]) == ("7", "500ms", "2000000")


def test_the_same_seed_gives_the_same_job_ids(manifest):
    ids = []
    for _ in range(2):
        with ImportExportEmulator(seed=42) as emulator:
            ids.append(emulator.client().create_job(JobType="Import", Manifest=manifest, ValidateOnly=False)["JobId"])
    assert ids[0] == ids[1]


def test_options_written_as_on_the_command_line_merge_with_keywords_each_given_once():
    with ImportExportEmulator(extra_arguments=["--seed", "5", "--clock-skew=2m", "--port", "0"], seed=7) as emulator:
        config = emulator.admin.config()
        assert (config["seed"], config["clock-skew"]) == ("7", "2m")
    with pytest.raises(ValueError, match="'--sead' is not an emulator option; known: --admin-open"):
        ImportExportEmulator(extra_arguments=["--sead", "5"])
    with pytest.raises(ValueError, match="--seed needs a value"):
        ImportExportEmulator(extra_arguments=["--seed"])


def test_an_unknown_keyword_names_the_known_ones():
    with pytest.raises(TypeError, match="unknown emulator option.*colour.*auto_advance"):
        ImportExportEmulator(colour="blue")


def test_a_refused_value_raises_the_emulators_own_message():
    with pytest.raises(EmulatorStartError, match="--max-body-size must be a whole number from 1024"):
        ImportExportEmulator(max_body_size=12).start()


def test_a_taken_port_raises_the_emulators_own_message():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        with pytest.raises(EmulatorStartError, match="cannot listen on 127.0.0.1:%d" % taken.getsockname()[1]):
            ImportExportEmulator(port=taken.getsockname()[1]).start()


def test_without_java_it_says_so(monkeypatch):
    emulator = ImportExportEmulator()
    monkeypatch.setenv("JAVA_HOME", "/nonexistent")
    monkeypatch.setenv("PATH", "/nonexistent")
    with pytest.raises(EmulatorStartError, match="no Java runtime"):
        emulator.start()


def test_a_missing_jar_is_named(tmp_path):
    with pytest.raises(EmulatorStartError, match="no file at"):
        ImportExportEmulator(jar=tmp_path / "missing.jar")


def test_an_emulator_started_elsewhere_is_reached_by_url(manifest):
    with ImportExportEmulator() as started:
        connected = ImportExportEmulator.connect(started.endpoint_url + "/")
        job_id = connected.client().create_job(JobType="Import", Manifest=manifest, ValidateOnly=False)["JobId"]
        assert [job["jobId"] for job in started.admin.jobs()] == [job_id]
        connected.stop()  # leaves an emulator it did not start alone
        assert started.admin.health()["status"] == "ok"
        with ImportExportEmulator.connect(started.endpoint_url) as shared:  # starts and stops nothing
            assert shared.admin.health()["status"] == "ok"
        assert started.admin.health()["status"] == "ok"


def test_an_admin_token_protects_the_control_plane_and_stays_off_the_command_line(manifest):
    token = "python-admin-token-0123456789"
    with ImportExportEmulator(admin_token=token) as emulator:
        assert emulator.admin.jobs() == []
        assert token not in " ".join(emulator._process.args), "the token travels in the environment"
        with pytest.raises(AdminError) as refused:
            ImportExportEmulator.connect(emulator.endpoint_url).admin.jobs()
        assert (refused.value.status, refused.value.code) == (401, "MissingAdminToken")
        with pytest.raises(AdminError) as wrong:
            ImportExportEmulator.connect(emulator.endpoint_url, admin_token="not-the-token-not-the-token").admin.reset()
        assert (wrong.value.status, wrong.value.code) == (403, "InvalidAdminToken")
        connected = ImportExportEmulator.connect(emulator.endpoint_url, admin_token=token)
        job_id = connected.client().create_job(JobType="Import", Manifest=manifest, ValidateOnly=False)["JobId"]
        assert [job["jobId"] for job in connected.admin.jobs()] == [job_id]
        assert connected.admin.health()["store"] == "memory"


def test_the_launcher_uses_the_jars_jvm_options_and_makes_then_reuses_one_class_data_archive(monkeypatch, tmp_path):
    monkeypatch.setenv("IMPORTEXPORT_EMULATOR_CACHE", str(tmp_path))
    with ImportExportEmulator() as first, ImportExportEmulator() as second:
        for emulator in (first, second):
            assert "-XX:TieredStopAtLevel=1" in emulator._process.args
            assert any(argument.startswith("-XX:ArchiveClassesAtExit=") for argument in emulator._process.args)
    archives = list(tmp_path.iterdir())
    assert len(archives) == 1 and archives[0].suffix == ".jsa", "one whole archive, no partial file left"
    with ImportExportEmulator() as third:
        assert f"-XX:SharedArchiveFile={archives[0]}" in third._process.args
        assert third.admin.health()["status"] == "ok"


def test_the_archive_key_is_the_java_fixtures():
    """JvmLaunchTest holds the same example: both launchers name an archive alike, so they share it."""
    assert archive_key_of("/opt/emulator/importexport-emulator.jar", 23_389_895, 1_765_000_000_000,
                          "/usr/lib/jvm/java-17-openjdk-amd64") == "4caf98ef73d83e3f"


def test_the_ready_line_pattern_reads_the_line_the_jar_prints():
    process = subprocess.run(["java", "-jar", str(find_jar()), "--help"], capture_output=True, text=True, timeout=60)
    # the help quotes the ready line as the jar writes it (ReadyLine.of), with HOST:PORT for the address
    quoted = re.search(r"'(importexport-emulator \S+ listening on http://HOST:PORT)'", re.sub(r"\s+", " ", process.stdout))
    assert quoted, process.stdout
    assert READY.search(quoted.group(1).replace("HOST:PORT", "127.0.0.1:8080")).group(1) == "http://127.0.0.1:8080"


def test_a_file_that_is_no_jar_is_named(tmp_path):
    from importexport_emulator.emulator import JvmLaunch

    not_a_jar = tmp_path / "emulator.jar"
    not_a_jar.write_text("not a zip")
    with pytest.raises(EmulatorStartError, match="is not an emulator jar"):
        JvmLaunch(not_a_jar, "java")


def test_https_is_served_beside_http_and_verified_with_the_emulators_ca(manifest):
    from botocore.exceptions import SSLError

    with ImportExportEmulator(https_port=0) as emulator:
        assert emulator.https_url.startswith("https://127.0.0.1:") and emulator.https_url != emulator.endpoint_url
        assert open(emulator.ca_file).read().startswith("-----BEGIN CERTIFICATE-----")
        client = emulator.client(https=True)
        job_id = client.create_job(JobType="Import", Manifest=manifest, ValidateOnly=False)["JobId"]
        label = client.get_shipping_label(jobIds=[job_id])["ShippingLabelURL"]
        assert label.startswith(emulator.https_url + "/_emulator/labels/")
        with pytest.raises(SSLError):
            emulator.client(https=True, verify=True).get_status(JobId=job_id)  # the system's CAs do not know it
    with ImportExportEmulator() as plain:
        assert plain.https_url is None and plain.ca_file is None
        with pytest.raises(EmulatorError, match="serves no HTTPS: start it with https_port=0") as refused:
            plain.client(https=True)
        assert not isinstance(refused.value, EmulatorStartError)  # it started; it was asked for what it does not serve
