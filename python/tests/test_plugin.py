"""The pytest plugin, run in a child pytest as a user would: fixtures, reset between tests, options from the ini file
and from a marker, one emulator per xdist worker."""

import pytest

TESTS = '''
import pytest

MANIFEST = """{manifest}"""

def test_first_creates_a_job(importexport, importexport_admin):
    importexport.create_job(JobType="Import", Manifest=MANIFEST, ValidateOnly=False)
    assert len(importexport_admin.jobs()) == 1

def test_second_sees_no_job_of_the_first(importexport):
    assert importexport.list_jobs()["Jobs"] == []

CLIENTS = []

@pytest.mark.parametrize("round", range(2))
def test_the_client_is_built_once_per_emulator(importexport, round):
    CLIENTS.append(importexport)
    assert all(client is importexport for client in CLIENTS)

def test_the_ini_options_hold(importexport_admin):
    assert importexport_admin.config()["seed"] == "5"

@pytest.mark.importexport_emulator(daily_quota=1)
def test_a_marker_starts_an_emulator_with_its_options(importexport_emulator, importexport_admin):
    assert importexport_admin.config()["daily-quota"] == "1"
    assert importexport_admin.config()["seed"] == "5"

@pytest.mark.importexport_emulator(seed=7)
def test_a_marker_wins_over_the_ini_for_the_same_option(importexport_admin):
    config = importexport_admin.config()
    assert (config["seed"], config["log-format"], config["clock-skew"]) == ("7", "json", "2m")

@pytest.mark.parametrize("round", range(10))
def test_each_worker_reports_its_emulator(importexport_emulator, worker_id, round, pytestconfig):
    report = pytestconfig.rootpath / "emulators" / worker_id
    report.parent.mkdir(exist_ok=True)
    report.write_text(importexport_emulator.endpoint_url)
'''

INI = """
[pytest]
importexport_emulator_options = --seed 5 --log-format=json --clock-skew 2m
"""


@pytest.fixture
def project(pytester, manifest):
    pytester.makepyfile(test_user=TESTS.format(manifest=manifest))
    pytester.makeini(INI)
    return pytester


def test_the_fixtures_reset_between_tests_and_take_options_from_ini_and_marker(project):
    result = project.runpytest_subprocess("-p", "no:cacheprovider", "-p", "no:xdist", "-k", "not worker")
    result.assert_outcomes(passed=7)


def test_a_flag_the_emulator_does_not_know_is_one_clear_error(pytester, manifest):
    pytester.makepyfile(test_user=TESTS.format(manifest=manifest))
    pytester.makeini(INI.replace("--seed 5", "--sead 5"))
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-p", "no:xdist", "-k", "second")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*importexport_emulator_options: '--sead' is not an emulator option; known: --admin-open*"])
    assert "Traceback" not in result.stdout.str() and "pytest_plugin.py" not in result.stdout.str()


def test_each_xdist_worker_runs_its_own_emulator(project):
    # --dist each: every worker runs every test, so both surely report (load balancing may give one worker all)
    result = project.runpytest_subprocess("-p", "no:cacheprovider", "-n", "2", "--dist", "each")
    result.assert_outcomes(passed=34)
    reports = sorted((project.path / "emulators").iterdir())
    assert [report.name for report in reports] == ["gw0", "gw1"]
    assert len({report.read_text() for report in reports}) == 2, "each worker ran its own emulator"
