#!/usr/bin/env python3
"""The conformance scenario with boto3, or with the AWS CLI v1 (--cli) or v2 (--cli-v2): every operation, pagination,
and a modeled error per operation, each result checked field by field. Only the AWS API is used, so a recording of
the run replays by itself. Usage: boto3_scenario.py URL [--cli | --cli-v2]"""
import json
import os
import pathlib
import re
import subprocess
import sys

import boto3
from botocore.config import Config

ACCESS_KEY = "AKIAIOSFODNN7EXAMPLE"
SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
# the manifest every client of the scenario sends
MANIFEST = (pathlib.Path(__file__).parent / "manifest.yml").read_text()
JOB_ID = re.compile(r"^[1-9A-NP-Z]{5}$")


class ModeledError(Exception):
    def __init__(self, code, message):
        super().__init__(f"{code}: {message}")
        self.code = code


class Boto3:
    def __init__(self, url):
        self.client = boto3.client("importexport", endpoint_url=url, region_name="us-east-1", aws_access_key_id=ACCESS_KEY,
                                   aws_secret_access_key=SECRET_KEY, config=Config(retries={"max_attempts": 1}))

    def call(self, operation, **parameters):
        try:
            result = getattr(self.client, operation)(**parameters)
        except self.client.exceptions.ClientError as error:
            raise ModeledError(error.response["Error"]["Code"], error.response["Error"]["Message"]) from error
        result.pop("ResponseMetadata", None)
        return result

    def list_all(self, page_size):
        pages = self.client.get_paginator("list_jobs").paginate(PaginationConfig={"PageSize": page_size})
        return [(job["CreationDate"], job["JobId"]) for page in pages for job in page["Jobs"]]


class Cli:
    """The same calls through `aws importexport` (the AWS CLI v1 on the PATH, or v2 as Debian installs it at
    /usr/bin/aws), one process each, parameters as the CLI's options."""

    def __init__(self, url, executable):
        self.url = url
        self.executable = executable

    def run(self, *arguments):
        environment = dict(os.environ, AWS_ACCESS_KEY_ID=ACCESS_KEY, AWS_SECRET_ACCESS_KEY=SECRET_KEY, AWS_DEFAULT_REGION="us-east-1",
                           AWS_CONFIG_FILE=os.devnull, AWS_SHARED_CREDENTIALS_FILE=os.devnull, AWS_MAX_ATTEMPTS="1", AWS_PAGER="")
        done = subprocess.run([self.executable, "importexport", *arguments, "--endpoint-url", self.url, "--output", "json"],
                              capture_output=True, text=True, env=environment, timeout=60)
        if done.returncode != 0:
            # v2 adds "(reached max retries: 0)" before the colon
            match = re.search(r"An error occurred \((\w+)\) when calling the \w+ operation(?: \([^)]*\))?: (.*)", done.stderr)
            if not match:
                raise AssertionError(done.stderr)
            raise ModeledError(match.group(1), match.group(2))
        return json.loads(done.stdout) if done.stdout.strip() else {}

    def call(self, operation, **parameters):
        arguments = [operation.replace("_", "-")]
        for name, value in parameters.items():
            option = "--page-size" if name == "MaxJobs" else "--" + re.sub(r"(?<!^)(?=[A-Z])", "-", name).lower()
            if name == "ValidateOnly":
                arguments.append("--validate-only" if value else "--no-validate-only")
            elif isinstance(value, list):
                arguments += [option, *value]
            else:
                arguments += [option, str(value)]
        return self.run(*arguments)

    def list_all(self, page_size):
        return [(job["CreationDate"], job["JobId"]) for job in self.run("list-jobs", "--page-size", str(page_size))["Jobs"]]


def scenario(api):
    """Yields (name, check) pairs; each check raises AssertionError or returns."""
    created = {}

    def create():
        result = api.call("create_job", JobType="Import", Manifest=MANIFEST, ValidateOnly=False)
        assert JOB_ID.match(result["JobId"]) and result["JobType"] == "Import", result
        assert result["SignatureFileContents"] == f"version:2.0\nsigningMethod:HmacSHA1\njobId:{result['JobId']}\nsignature:{result['Signature']}\n"
        assert result["WarningMessage"] == "**** Device will be erased before being returned. ****"
        created.setdefault("ids", []).append(result["JobId"])

    def validate_only():
        result = api.call("create_job", JobType="Import", Manifest=MANIFEST, ValidateOnly=True)
        assert result["JobId"].endswith("-VALIDATE-ONLY"), result

    def create_error():
        expect(lambda: api.call("create_job", JobType="Import", Manifest="INVALID MANIFEST", ValidateOnly=False),
               "MalformedManifestException")

    def get_status():
        job_id = created["ids"][0]
        status = api.call("get_status", JobId=job_id)
        assert (status["JobId"], status["LocationCode"], status["ProgressCode"]) == (job_id, "NotReceived", "Pending"), status
        assert status["CurrentManifest"] == MANIFEST and status["ErrorCount"] == 0
        assert status["LocationMessage"] == "AWS has not received your device."

    def get_status_error():
        expect(lambda: api.call("get_status", JobId="ZZZZZ"), "InvalidJobIdException")

    def list_jobs():
        for _ in range(4):
            create()
        listed = api.list_all(2)
        assert [job_id for _, job_id in listed] == created["ids"][::-1], f"every job once, the latest created first: {listed}"

    def list_jobs_error():
        expect(lambda: api.call("list_jobs", MaxJobs=1001), "InvalidParameterException")

    def update_job():
        result = api.call("update_job", JobId=created["ids"][0], JobType="Import", Manifest=MANIFEST.replace("49382", "50000"), ValidateOnly=False)
        assert result["Success"] is True, result
        assert api.call("get_status", JobId=created["ids"][0])["CurrentManifest"].count("50000") == 1

    def update_job_error():
        expect(lambda: api.call("update_job", JobId=created["ids"][0], JobType="Import", Manifest=MANIFEST.replace("deviceId: 49382\n", ""),
                                ValidateOnly=False), "MissingManifestFieldException")

    def shipping_label():
        result = api.call("get_shipping_label", jobIds=created["ids"][:2])
        # with an admin token the URL carries the signature that lets a download through without it
        label = f"/_emulator/labels/shipping-label-{created['ids'][0]}-{created['ids'][1]}.pdf"
        assert re.search(re.escape(label) + r"(\?signature=[0-9a-f]+)?$", result["ShippingLabelURL"]), result

    def shipping_label_error():
        expect(lambda: api.call("get_shipping_label", jobIds=["ZZZZZ"]), "InvalidJobIdException")

    def cancel_job():
        assert api.call("cancel_job", JobId=created["ids"][1])["Success"] is True
        assert api.call("get_status", JobId=created["ids"][1])["ProgressCode"] == "Canceled"

    def cancel_job_error():
        expect(lambda: api.call("cancel_job", JobId=created["ids"][1]), "CanceledJobIdException")

    return [("CreateJob", create), ("CreateJob validate only", validate_only), ("CreateJob error", create_error),
            ("GetStatus", get_status), ("GetStatus error", get_status_error), ("ListJobs, paginated", list_jobs),
            ("ListJobs error", list_jobs_error), ("UpdateJob", update_job), ("UpdateJob error", update_job_error),
            ("GetShippingLabel", shipping_label), ("GetShippingLabel error", shipping_label_error),
            ("CancelJob", cancel_job), ("CancelJob error", cancel_job_error)]


def expect(call, code):
    try:
        call()
    except ModeledError as error:
        assert error.code == code, f"expected {code}, got {error}"
        return
    raise AssertionError(f"expected {code}, the call succeeded")


def main():
    url = next(argument for argument in sys.argv[1:] if not argument.startswith("--"))
    clients = {"--cli": ("awscli", lambda: Cli(url, "aws")), "--cli-v2": ("awscli-v2", lambda: Cli(url, "/usr/bin/aws"))}
    name, make = next((clients[flag] for flag in sys.argv if flag in clients), ("boto3", lambda: Boto3(url)))
    api = make()
    passed = failed = 0
    for check, function in scenario(api):
        try:
            function()
            passed += 1
            print(f"PASS {name} {check}")
        except Exception as error:  # one failed step is reported, the rest still run
            failed += 1
            print(f"FAIL {name} {check}: {error!r}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
