"""The package's tests use the jar named by IMPORTEXPORT_EMULATOR_JAR (.ci/run sets it) or the one the wheel carries."""

import os
from pathlib import Path

import pytest

from importexport_emulator import find_jar

# the manifest the repository's conformance scenarios send (these tests run from the repository)
MANIFEST = (Path(__file__).resolve().parents[2] / "e2e" / "conformance" / "manifest.yml").read_text()


@pytest.fixture(scope="session")
def jar():
    return find_jar()


@pytest.fixture
def manifest():
    return MANIFEST


os.environ.setdefault("AWS_EC2_METADATA_DISABLED", "true")
