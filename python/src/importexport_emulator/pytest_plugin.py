"""The pytest plugin (registered through the ``pytest11`` entry point): fixtures for the emulator.

- ``importexport_emulator``: a running :class:`ImportExportEmulator`, reset before each test. One per session (one
  per worker under pytest-xdist), started with the ``importexport_emulator_options`` ini setting; a test marked
  ``@pytest.mark.importexport_emulator(seed=1)`` gets one started with those options (one per distinct set).
- ``importexport``: a boto3 ImportExport client for it.
- ``importexport_admin``: its :class:`EmulatorAdmin`.
"""

from __future__ import annotations

from typing import Any, Dict, Iterator, Tuple

import pytest

from .admin import EmulatorAdmin
from .emulator import ImportExportEmulator, keywords

MARKER = "importexport_emulator"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini("importexport_emulator_options", type="args", default=[],
                  help="the emulator's command-line options for the session, e.g. --seed 1 --auth strict")
    parser.addini("importexport_emulator_jar", default="",
                  help="the emulator's jar (default: $IMPORTEXPORT_EMULATOR_JAR, else the jar the package carries)")
    parser.addini("importexport_emulator_reset", type="bool", default=True, help="reset the emulator before each test")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", f"{MARKER}(**options): run the test on an emulator started with these options")


class _Emulators:
    """The session's emulators, one per distinct set of options, all stopped when the session ends."""

    def __init__(self, config: pytest.Config) -> None:
        self._arguments = list(config.getini("importexport_emulator_options"))
        self._jar = config.getini("importexport_emulator_jar") or None
        self._running: Dict[Tuple[Tuple[str, str], ...], ImportExportEmulator] = {}

    def get(self, marker_options: Dict[str, Any]) -> ImportExportEmulator:
        """The emulator for a marker's options: the launcher's defaults, then the ini's options, then the marker's,
        each option given once, the later winning."""
        try:
            options = {**keywords(self._arguments, self._jar), **marker_options}
        except ValueError as error:
            pytest.fail(f"importexport_emulator_options: {error}", pytrace=False)
        key = tuple(sorted((name, repr(value)) for name, value in options.items()))
        if key not in self._running:
            self._running[key] = ImportExportEmulator(jar=self._jar, **options).start()
        return self._running[key]

    def stop(self) -> None:
        for emulator in self._running.values():
            emulator.stop()


@pytest.fixture(scope="session")
def _importexport_emulators(pytestconfig: pytest.Config) -> Iterator[_Emulators]:
    emulators = _Emulators(pytestconfig)
    yield emulators
    emulators.stop()


@pytest.fixture
def importexport_emulator(request: pytest.FixtureRequest, _importexport_emulators: _Emulators) -> ImportExportEmulator:
    marker = request.node.get_closest_marker(MARKER)
    emulator = _importexport_emulators.get(dict(marker.kwargs) if marker else {})
    if request.config.getini("importexport_emulator_reset"):
        emulator.admin.reset()
    return emulator


@pytest.fixture
def importexport_admin(importexport_emulator: ImportExportEmulator) -> EmulatorAdmin:
    return importexport_emulator.admin


@pytest.fixture(scope="session")
def _importexport_clients() -> Dict[str, Any]:
    return {}


@pytest.fixture
def importexport(importexport_emulator: ImportExportEmulator, _importexport_clients: Dict[str, Any]):
    """A boto3 client of the test's emulator, one per emulator for the session: building a boto3 client takes longer
    than most tests' calls; the emulator is still reset before each test."""
    url = importexport_emulator.endpoint_url
    if url not in _importexport_clients:
        _importexport_clients[url] = importexport_emulator.client()
    return _importexport_clients[url]
