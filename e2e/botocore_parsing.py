#!/usr/bin/env python3
"""A second check of the XML, beside the golden files: every response body the emulator produces is parsed by
botocore's own Query parser (what boto3 and the AWS CLI run), and each parsed value is compared with the text
of its element. Bodies: the golden files (src/test/resources/golden), every recorded response
(wire-samples/sessions), and an ErrorResponse for every error code, serialized by the packaged jar.
Prints `N passed, N failed`. Usage: python3 e2e/botocore_parsing.py [target/importexport-emulator.jar]"""
import base64
import datetime
import glob
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

import botocore.session
from botocore.parsers import QueryParser

NAMESPACE = "{http://importexport.amazonaws.com/doc/2010-06-01/}"
MODEL = botocore.session.get_session().get_service_model("importexport")


def local(tag):
    return tag.replace(NAMESPACE, "")


def expected_value(element, shape):
    """What botocore must make of an element, derived from its text and the model's type for it."""
    if shape.type_name == "structure":
        return {local(child.tag): expected_value(child, shape.members[local(child.tag)])
                for child in element if local(child.tag) in shape.members}
    if shape.type_name == "list":
        return [expected_value(member, shape.member) for member in element]
    text = element.text or ""
    if shape.type_name == "integer":
        return int(text)
    if shape.type_name == "boolean":
        assert text in ("true", "false"), f"boolean {text!r}"
        return text == "true"
    if shape.type_name == "timestamp":
        return datetime.datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc)
    return text


def check_success(body):
    root = ElementTree.fromstring(body)
    operation = local(root.tag).removesuffix("Response")
    output = MODEL.operation_model(operation).output_shape
    parsed = QueryParser().parse({"body": body, "headers": {}, "status_code": 200}, output)
    result = root.find(f"{NAMESPACE}{operation}Result")
    assert result is not None, "no Result wrapper"
    expected = expected_value(result, output)
    request_id = root.find(f"{NAMESPACE}ResponseMetadata/{NAMESPACE}RequestId").text
    assert parsed.pop("ResponseMetadata")["RequestId"] == request_id
    for name, value in expected.items():
        actual = parsed.get(name)
        if isinstance(value, datetime.datetime):
            actual = actual.astimezone(datetime.timezone.utc)
        assert actual == value, f"{operation}.{name}: botocore read {actual!r}, the XML says {value!r}"
    assert set(parsed) <= set(expected), f"{operation}: botocore read members the XML lacks: {set(parsed) - set(expected)}"
    return operation


def check_error(body, status, code=None):
    root = ElementTree.fromstring(body)
    error = root.find(f"{NAMESPACE}Error")
    shape = MODEL.operation_model("GetStatus").output_shape
    parsed = QueryParser().parse({"body": body, "headers": {}, "status_code": status}, shape)
    assert parsed["Error"]["Code"] == (code or error.find(f"{NAMESPACE}Code").text), parsed
    assert parsed["Error"]["Message"] == error.find(f"{NAMESPACE}Message").text, parsed
    assert parsed["Error"]["Type"] == ("Receiver" if status >= 500 else "Sender"), parsed
    assert parsed["ResponseMetadata"]["RequestId"] == root.find(f"{NAMESPACE}RequestId").text, parsed
    return parsed["Error"]["Code"]


def bodies(jar):
    for path in sorted(glob.glob("src/test/resources/golden/*.xml")):
        body = open(path, "rb").read()
        status = 200 if b"<ErrorResponse" not in body else 500 if b"<Type>Receiver</Type>" in body else 400
        yield path, body, status, None
    for path in sorted(glob.glob("wire-samples/sessions/**/*.exchange", recursive=True)):
        text = open(path, "rb").read()
        response = text[text.index(b"\n### response\n") + len(b"\n### response\n"):]
        head, body = response.split(b"\n\n", 1)
        length = int(re.search(rb"Content-Length: (\d+)", head).group(1))
        yield path, body[:length], int(head.split(b" ")[1]), None
    printed = subprocess.run(["java", "-cp", jar, "e2e/ErrorBodies.java"], capture_output=True, text=True, check=True).stdout
    for line in printed.splitlines():
        status, code, encoded = line.split(" ")
        yield f"ErrorResponse {code}", base64.b64decode(encoded), int(status), code


def main():
    jar = sys.argv[1] if len(sys.argv) > 1 else "target/importexport-emulator.jar"
    passed = failed = 0
    for name, body, status, code in bodies(jar):
        try:
            if status == 200:
                check_success(body)
            else:
                check_error(body, status, code)
            passed += 1
        except Exception as error:  # report every body that fails, not only the first
            failed += 1
            print(f"FAIL {name}: {error!r}")
    print(f"botocore parsing: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
