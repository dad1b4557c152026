"""Captures, byte for byte, the requests of an AWS CLI for the six operations, as wire-samples/captured holds them: a
proxy reads each request to its Content-Length, writes it to OUT/<Action>.http, and answers 400 so that the CLI gives
up at once. The parameters are those of the other clients' captures (jobs ABCDE and FGHIJ, the same manifests).

Usage: python3 e2e/capture_cli.py AWS_EXECUTABLE OUT    e.g. /usr/bin/aws wire-samples/captured/awscli-v2"""
import os, socket, subprocess, sys, threading, time, urllib.parse
cli, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
server = socket.socket(); server.bind(("127.0.0.1", 0)); server.listen(8)
port = server.getsockname()[1]
def serve():
    while True:
        conn, _ = server.accept()
        data = b""
        while b"\r\n\r\n" not in data:
            data += conn.recv(65536)
        head, body = data.split(b"\r\n\r\n", 1)
        length = int([l.split(b":")[1] for l in head.split(b"\r\n") if l.lower().startswith(b"content-length")][0])
        while len(body) < length:
            body += conn.recv(65536)
        action = dict(urllib.parse.parse_qsl(body.decode()))["Action"]
        open(os.path.join(out, action + ".http"), "wb").write(head + b"\r\n\r\n" + body)
        answer = b'<ErrorResponse><Error><Type>Sender</Type><Code>InvalidJobIdException</Code><Message>captured</Message></Error><RequestId>x</RequestId></ErrorResponse>'
        conn.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Type: text/xml\r\nContent-Length: " + str(len(answer)).encode() + b"\r\nConnection: close\r\n\r\n" + answer)
        conn.close()
threading.Thread(target=serve, daemon=True).start()
manifest = "manifestVersion: 2.0\nbucket: my-import-bucket\nprefix: backups/2010-06-01/\naccessKeyId: AKIAIOSFODNN7EXAMPLE\ndeviceId: 49382\neraseDevice: yes\nnotificationEmail: jane.doe+import@example.com\nreturnAddress:\n    name: Jane Doe\n    company: Example Corp\n    street1: 123 Any Street\n    street2: Suite #200\n    city: Anytown\n    stateOrProvince: WA\n    postalCode: 91011-1111\n    phoneNumber: 206-555-1111\n    country: USA\n"
update = manifest.replace("2010-06-01/", "2010-06-02/").replace("eraseDevice: yes", "eraseDevice: no").replace("    street1: 123 Any Street\n    street2: Suite #200\n", "    street1: 500 Other Avenue\n")
calls = [["create-job", "--job-type", "Import", "--manifest", manifest, "--no-validate-only", "--api-version", "2.0"],
         ["get-status", "--job-id", "ABCDE"],
         ["list-jobs", "--no-paginate", "--max-jobs", "10", "--marker", "ABCDE"],
         ["update-job", "--job-id", "ABCDE", "--manifest", update, "--job-type", "Import", "--no-validate-only"],
         ["cancel-job", "--job-id", "ABCDE"],
         ["get-shipping-label", "--job-ids", "ABCDE", "FGHIJ", "--name", "Jane Doe", "--company", "Example Corp", "--phone-number", "+1 206-555-1111",
          "--country", "USA", "--state-or-province", "WA", "--city", "Anytown", "--postal-code", "91011-1111", "--street1", "123 Any Street",
          "--street2", "Suite #200", "--street3", "Building C/3 & Dock 7"]]
env = dict(os.environ, AWS_ACCESS_KEY_ID="AKIAIOSFODNN7EXAMPLE", AWS_SECRET_ACCESS_KEY="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
           AWS_DEFAULT_REGION="us-east-1", AWS_CONFIG_FILE=os.devnull, AWS_SHARED_CREDENTIALS_FILE=os.devnull, AWS_MAX_ATTEMPTS="1", AWS_PAGER="")
started = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
for call in calls:
    subprocess.run([cli, "importexport", *call, "--endpoint-url", f"http://127.0.0.1:{port}"], env=env, capture_output=True)
open(os.path.join(out, "captured-at"), "w").write(started + "\n")
print(sorted(os.listdir(out)))
