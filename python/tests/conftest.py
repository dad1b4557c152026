"""The package's tests use the jar named by IMPORTEXPORT_EMULATOR_JAR (.ci/run sets it) or the one the wheel carries."""

import os

import pytest

from importexport_emulator import find_jar

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
def jar():
    return find_jar()


@pytest.fixture
def manifest():
    return MANIFEST


os.environ.setdefault("AWS_EC2_METADATA_DISABLED", "true")
