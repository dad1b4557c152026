#!/usr/bin/env python3
"""The benchmark: one command, bounded in time, loopback only.

    python3 bench/run.py [--duration 3] [--reps 3] [--quick] [--cold-only | --footprint-only] [--soak SECONDS [--soak-only]] [--out bench/results/latest.md]
    python3 bench/run.py --variant "NAME=JAR [JVM OPTION...]" ... [--connections 16,64] [--throughput-only | --stores-only]

Measures, on this machine, in one run:
  * load scenarios over keep-alive HTTP (wrk) at 1, 16 and 64 connections: CreateJob (unique manifests), GetStatus,
    ListJobs (a page of 100), the error path (a missing Manifest) and a mixed workload; each repetition interleaves
    the emulator with the ceiling (a minimal Jersey + Grizzly + JAXB endpoint, bench/CeilingServer.java, answering
    the emulator's errors with the same 400) and, when moto is installed, moto's server on a comparable Query create
    (SQS CreateQueue); medians of the repetitions, with their spread (min-max); the emulator is reset to 151 jobs
    before each run, as a test suite finds it;
  * keep-alive: GetStatus with Grizzly's default of 256 requests per connection, and without a limit;
  * the stores: CreateJob, GetStatus and ListJobs at 16 connections in memory, in the embedded database and on
    PostgreSQL (when installed), beside pgbench's rate for rows of the same size in the same run, and two emulators
    sharing one PostgreSQL against one alone (--stores-only: this section alone, into bench/results/stores.md);
  * start-up to the ready line, the emulator's and the ceiling's, plain, with an archive and with the launchers'
    options (medians of 10 interleaved starts), and of a second embedded emulator in a warm JVM;
  * heap after GC and RSS with 100,000 jobs stored, and ListJobs page latency with 100 versus 100,000 jobs;
  * with --soak N: N seconds of mixed load, reporting errors (must be 0) and memory at start and end.
Each --variant is another build or setting of the emulator (a jar, and JVM options such as a system property), run
interleaved with the emulator and the ceiling in the load scenarios and the cold suite: how a piece of code earns its
place is measured with and without it, in one run. Writes a Markdown report to --out and prints it. The JMH micro-benchmarks run apart: bench/jmh/README.md.
"""
import argparse
import collections
import functools
import http.client
import itertools
import json
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.path.join(ROOT, "target", "importexport-emulator.jar")
LUA = os.path.join(ROOT, "bench", "lua")
KEY = "AKIABENCHMARKEXAMPLE"
LIST_KEY = "AKIABENCHLISTEXAMPLE"
CONNECTIONS = [1, 16, 64]
MIXED_ERROR_SHARE = 0.1  # mixed.lua: one request in ten is a CreateJob without a manifest
# The error path's request, and mixed.lua's error (BENCH_ERROR_BODY). BenchStatus (which the emulator ignores) makes the
# ceiling answer it with the emulator's 400, so that both pay Grizzly's close after it.
MISSING_MANIFEST = f"Action=CreateJob&JobType=Import&AWSAccessKeyId={KEY}&BenchStatus=400"
# what java runs for the emulator, after its JVM options: any free port, no request log
EMULATOR_ARGS = ("-jar", JAR, "--port", "0", "--log-format", "off")


class Server:
    """A process that prints 'listening on http://...' when it serves."""

    def __init__(self, command, env=None):
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=ROOT,
                                        env=dict(os.environ, **(env or {})))
        deadline = time.time() + 60
        line = ""
        while time.time() < deadline and "listening on" not in line:
            line = self.process.stdout.readline()
            if not line and self.process.poll() is not None:
                raise SystemExit(f"{command[:3]} did not start")
        self.url = re.search(r"listening on (http://\S+)", line).group(1)

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()


def emulator(*options):
    return Server(["java", *EMULATOR_ARGS, "--seed", "1", *options])


class Variant:
    """--variant "NAME=JAR [JVM OPTION...]": another emulator jar, or the same one with other JVM options."""

    def __init__(self, spec):
        name, _, rest = spec.partition("=")
        words = rest.split()
        if not name or not words or not os.path.exists(words[0]):
            raise SystemExit(f"--variant {spec!r}: expected NAME=JAR [JVM OPTION...] with an existing JAR")
        self.name, self.jar, self.options = name, words[0], words[1:]

    def command(self, *java_options):
        return ["java", *java_options, *self.options, "-jar", self.jar, *EMULATOR_ARGS[2:], "--seed", "1"]

    @functools.lru_cache(maxsize=None)
    def archive(self):
        """A class-data archive of its own, as the launchers make one for each jar."""
        return class_data_archive(*self.command()[1:])


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def post(url, body, headers=None):
    request = urllib.request.Request(url + "/", data=body.encode(), method="POST",
                                     headers=dict({"Content-Type": "application/x-www-form-urlencoded"}, **(headers or {})))
    try:
        with urllib.request.urlopen(request) as response:
            return response.read().decode()
    except urllib.error.HTTPError as error:
        return error.read().decode()


def fill(url, key, count, distinct=False):
    """Creates COUNT jobs, all from one manifest, or each from its own (DISTINCT: a deviceId of its own)."""
    out = subprocess.run(["java", os.path.join(ROOT, "bench", "Fill.java"), url, key, str(count), *(["distinct"] if distinct else [])],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.startswith("created"), out.stdout + out.stderr


def create_job(url, key=KEY):
    manifest = (f"manifestVersion: 2.0\naccessKeyId: {key}\ndeviceId: SETUP\neraseDevice: yes\nbucket: my-import-bucket\nreturnAddress:\n"
                "    name: Jane Doe\n    street1: 123 Any Street\n    city: Anytown\n    stateOrProvince: WA\n    postalCode: 91011\n"
                "    phoneNumber: 206-555-1111\n    country: USA\n")
    answer = post(url, "Action=CreateJob&JobType=Import&AWSAccessKeyId=" + key + "&Manifest=" + urllib.parse.quote_plus(manifest))
    return re.search(r"<JobId>(\w+)</JobId>", answer).group(1)


def fresh_state(url):
    """Resets the emulator to 151 jobs, as a test suite finds it after a reset, and returns one job's id. Without it
    the load runs would pile up hundreds of thousands of jobs and every later figure would measure a bigger heap."""
    urllib.request.urlopen(urllib.request.Request(url + "/_emulator/reset", data=b"", method="POST")).read()
    job_id = create_job(url)
    for _ in range(150):
        create_job(url)
    return job_id


def wrk(url, script, connections, duration, env=None, error_share=0.0):
    """One wrk run; refuses its figures unless the share of non-2xx answers is the one the workload sends on purpose,
    and no socket failed, so that no figure ever measures a server answering something else than intended."""
    threads = min(connections, 2)
    out = subprocess.run(["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{duration}s", "--latency", "-s",
                          os.path.join(LUA, script), url + "/"], capture_output=True, text=True,
                         env=dict(os.environ, BENCH_LUA=LUA, BENCH_KEY=KEY, BENCH_ERROR_BODY=MISSING_MANIFEST, **(env or {})))
    line = [l for l in out.stdout.splitlines() if l.startswith("{")]
    if not line:
        raise SystemExit("wrk failed: " + out.stdout + out.stderr)
    run = json.loads(line[-1])
    share = run["non2xx"] / max(1, run["requests"])
    if abs(share - error_share) > 0.02 or run["errors"]:
        raise SystemExit(f"{script} {env} on {url}: {share:.1%} non-2xx answers (expected {error_share:.0%}), {run['errors']} socket errors")
    return run


def warm_up(url, job_id, seconds):
    """Runs the mixed workload unmeasured, so that every figure is of a JIT-compiled server, not a cold one. At two
    connections, not more: under full load on 2 cores the JIT's compiler threads starve and a server takes minutes
    to reach its speed (measured: GetStatus at 64 connections climbing from 6,100 to 13,400 req/s over 18 s after a
    warm-up at 16 connections, and at 18,000-25,000 from the start after one at 2)."""
    wrk(url, "mixed.lua", 2, seconds, {"BENCH_JOB": job_id}, MIXED_ERROR_SHARE)


def warm_up_call(url, script, env, seconds):
    """Runs one call's own load unmeasured at two connections before it is measured: a durable store's code for a call
    is compiled only once that call runs, and the JIT's profile of a burst of one call does not fit the next
    (measured on `--data-dir`: GetStatus straight after the CreateJob runs climbing from 3,700 to 13,500 req/s over 12 s
    at 2 connections, then 24,000-29,000 at 16)."""
    wrk(url, script, 2, seconds, env)


def summary(runs):
    rps = [run["rps"] for run in runs]
    return {"rps": statistics.median(rps), "min": min(rps), "max": max(rps),
            "p50": statistics.median(r["p50"] for r in runs), "p99": statistics.median(r["p99"] for r in runs),
            "p999": statistics.median(r["p999"] for r in runs), "errors": sum(r["errors"] for r in runs)}


def rss_kb(pid):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def heap_after_gc_kb(pid):
    subprocess.run(["jcmd", str(pid), "GC.run"], capture_output=True)
    info = subprocess.run(["jcmd", str(pid), "GC.heap_info"], capture_output=True, text=True).stdout
    # G1 reports one heap; the serial collector its young and old generations, summed
    return sum(int(used) for used in re.findall(r"used (\d+)K", info.split("Metaspace")[0]))


def scenarios(job_id):
    """Name, wrk script, its environment, and the share of answers that are errors on purpose (a 400 from both)."""
    return [
        ("CreateJob", "create.lua", {}, 0.0),
        ("GetStatus", "body.lua", {"BENCH_BODY": f"Action=GetStatus&AWSAccessKeyId={KEY}&JobId={job_id}"}, 0.0),
        ("ListJobs (page of 100)", "body.lua", {"BENCH_BODY": f"Action=ListJobs&MaxJobs=100&AWSAccessKeyId={KEY}"}, 0.0),
        ("Error path (missing Manifest)", "body.lua", {"BENCH_BODY": MISSING_MANIFEST}, 1.0),
        ("Mixed", "mixed.lua", {"BENCH_JOB": job_id}, MIXED_ERROR_SHARE),
    ]


class Moto:
    """moto's server, the emulator most users know, for SQS CreateQueue: a comparable Query-protocol create."""
    AUTHORIZATION = "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261129/us-east-1/sqs/aws4_request, SignedHeaders=host, Signature=00"

    def __init__(self):
        port = free_port()
        self.url = f"http://127.0.0.1:{port}"
        self.process = subprocess.Popen(["moto_server", "-p", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                urllib.request.urlopen(self.url + "/moto-api/", timeout=2)
                return
            except OSError:
                time.sleep(0.3)
        raise SystemExit("moto_server did not start")

    def create(self, connections, duration):
        return wrk(self.url, "body.lua", connections, duration,
                   {"BENCH_BODY": "Action=CreateQueue&QueueName=bench&Version=2012-11-05", "BENCH_AUTHORIZATION": self.AUTHORIZATION})

    def stop(self):
        self.process.terminate()
        self.process.wait()


def startup_medians(variants, starts=10):
    """Seconds to the ready line of each (name, command), started in turn STARTS times: median, min, max per name."""
    times = {name: [] for name, _ in variants}
    for _ in range(starts):
        for name, command in variants:
            started = time.monotonic()
            server = Server(command)
            times[name].append(time.monotonic() - started)
            server.stop()
    return {name: (statistics.median(runs), min(runs), max(runs)) for name, runs in times.items()}


@functools.lru_cache(maxsize=None)
def ceiling_command():
    """The ceiling compiled into a jar of its own, so that it starts as the emulator does (java's source launcher would
    compile it in each start, and warm the JIT with javac before its cold run)."""
    directory = tempfile.mkdtemp(prefix="bench-ceiling")
    subprocess.run(["javac", "-nowarn", "-cp", JAR, "-d", directory, os.path.join(ROOT, "bench", "CeilingServer.java")], check=True)
    subprocess.run(["jar", "cf", os.path.join(directory, "ceiling.jar"), "-C", directory, "."], check=True)
    return ("-cp", JAR + os.pathsep + os.path.join(directory, "ceiling.jar"), "CeilingServer")


def class_data_archive(*command):
    """An AppCDS archive of the classes one start of COMMAND (what java runs, with its options) loads, the recipe of
    docs/performance.md: a start and a clean stop dump it."""
    archive = os.path.join(tempfile.mkdtemp(prefix="bench-cds"), "classes.jsa")
    Server(["java", f"-XX:ArchiveClassesAtExit={archive}", *command]).stop()
    return archive


def startup():
    """The Start-up table: the emulator beside the ceiling, each plain, with an archive of its own, and with the
    launchers' options and an archive of its own; interleaved, medians of 10 starts."""
    emulator_archive, ceiling_archive = class_data_archive(*EMULATOR_ARGS), class_data_archive(*ceiling_command())
    rows = [("plain java", ["java", *EMULATOR_ARGS], ["java", *ceiling_command()]),
            ("an AppCDS archive (docs/performance.md's recipe)", ["java", f"-XX:SharedArchiveFile={emulator_archive}", *EMULATOR_ARGS],
             ["java", f"-XX:SharedArchiveFile={ceiling_archive}", *ceiling_command()]),
            ("the launchers' options and an archive", ["java", *launcher_options(), *EMULATOR_ARGS],
             ["java", *launcher_options_without_archive(), f"-XX:SharedArchiveFile={ceiling_archive}", *ceiling_command()])]
    medians = startup_medians([variant for how, emulator_command, ceiling_command_line in rows
                               for variant in (("emulator " + how, emulator_command), ("ceiling " + how, ceiling_command_line))])
    lines = ["\n## Start-up\n", "Seconds to the ready line, medians of 10 interleaved starts (min-max). The ceiling is the "
             "framework's own floor: Jersey, Grizzly and JAXB serving one resource, started with the same JVM options "
             "(with an archive of its own classes).\n",
             "| JVM options | emulator s | ceiling s | emulator / ceiling |", "|---|---|---|---|"]
    for how, _, _ in rows:
        e, c = medians["emulator " + how], medians["ceiling " + how]
        lines.append(f"| {how} | {e[0]:.2f} ({e[1]:.2f}-{e[2]:.2f}) | {c[0]:.2f} ({c[1]:.2f}-{c[2]:.2f}) | {e[0] / c[0]:.2f} |")
    in_jvm = startup_in_jvm()
    lines.append(f"\n- a second embedded emulator in a warm JVM: median {in_jvm[0]:.3f} s of 10 ({in_jvm[1]:.3f}-{in_jvm[2]:.3f})")
    return lines


def startup_in_jvm():
    out = subprocess.run(["java", "-cp", JAR, os.path.join(ROOT, "bench", "StartupInJvm.java")], capture_output=True, text=True, cwd=ROOT)
    median, low, high = (float(value) for value in out.stdout.split())
    return median / 1000, low / 1000, high / 1000


Cluster = collections.namedtuple("Cluster", "url bin connect stop")


def postgres_cluster():
    """A private PostgreSQL cluster for the store comparison, from the Debian binaries (its JDBC URL, the folder of its
    programs, their connection arguments, the command that stops it), or None when PostgreSQL is not installed."""
    bins = sorted(p for p in (f"/usr/lib/postgresql/{v}/bin" for v in os.listdir("/usr/lib/postgresql")) if os.path.exists(p + "/initdb")) \
        if os.path.isdir("/usr/lib/postgresql") else []
    if not bins:
        return None
    directory = tempfile.mkdtemp(prefix="bench-postgres")
    as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    if as_postgres:
        shutil.chown(directory, "postgres")
    port = free_port()
    subprocess.run(as_postgres + [bins[-1] + "/initdb", "-D", directory + "/data", "-U", "postgres", "-A", "trust"], capture_output=True, check=True)
    subprocess.run(as_postgres + [bins[-1] + "/pg_ctl", "-D", directory + "/data", "-l", directory + "/log", "-w", "start", "-o",
                                  f"-p {port} -k {directory} -c listen_addresses=127.0.0.1"], capture_output=True, check=True)
    stop = as_postgres + [bins[-1] + "/pg_ctl", "-D", directory + "/data", "-m", "fast", "stop"]
    return Cluster(f"jdbc:postgresql://127.0.0.1:{port}/postgres?user=postgres", bins[-1], ["-h", "127.0.0.1", "-p", str(port), "-U", "postgres"], stop)


DATABASE_NUMBERS = itertools.count(1)


def fresh_database(cluster):
    """The JDBC URL of a new, empty database on the cluster: every build measured starts from the same empty store, and
    a build never meets a schema a newer one migrated."""
    name = f"bench_{next(DATABASE_NUMBERS)}"
    subprocess.run([cluster.bin + "/psql", *cluster.connect, "-q", "-c", f"CREATE DATABASE {name}", "postgres"], capture_output=True, check=True)
    return cluster.url.replace("/postgres?", f"/{name}?")


def launcher_options():
    """The JVM options the project's launchers give the emulator, as the Python package computes them (the Java fixture
    reads the same jar entry and names the archive alike), with its class-data archive made by a first start."""
    sys.path.insert(0, os.path.join(ROOT, "python", "src"))
    from importexport_emulator.emulator import JvmLaunch
    os.environ["IMPORTEXPORT_EMULATOR_CACHE"] = tempfile.mkdtemp(prefix="bench-launcher-cache")
    first = JvmLaunch(Path(JAR), "java")
    Server(["java", *first.options, *EMULATOR_ARGS]).stop()
    first.settle()
    options = JvmLaunch(Path(JAR), "java").options
    assert any(option.startswith("-XX:SharedArchiveFile=") for option in options), options
    return tuple(options)


def launcher_options_without_archive():
    """The launchers' JVM options but their class-data archive, which is the emulator's own."""
    return tuple(option for option in launcher_options() if not option.startswith("-XX:SharedArchiveFile"))


def cold_run(command):
    """A test suite's life: start, 2,000 sequential requests on one keep-alive connection (CreateJob and GetStatus in
    turn), stop. Returns seconds to the ready line, wall seconds of the requests, and the server's CPU seconds for them."""
    started = time.monotonic()
    server = Server(command)
    ready = time.monotonic() - started
    host, port = server.url[len("http://"):].split(":")
    connection = http.client.HTTPConnection(host, int(port))
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    manifest = (f"manifestVersion: 2.0\naccessKeyId: {KEY}\ndeviceId: COLD\neraseDevice: yes\nbucket: my-import-bucket\n"
                "returnAddress:\n    name: Jane Doe\n    street1: 123 Any Street\n    city: Anytown\n    stateOrProvince: WA\n"
                "    postalCode: 91011\n    phoneNumber: 206-555-1111\n    country: USA\n")
    create = f"Action=CreateJob&JobType=Import&AWSAccessKeyId={KEY}&Manifest=" + urllib.parse.quote_plus(manifest)
    cpu_before = cpu_seconds(server.process.pid)
    begun = time.monotonic()
    job_id = "AAAAA"
    for _ in range(1000):
        connection.request("POST", "/", create, headers)
        answer = connection.getresponse().read().decode()
        found = re.search(r"<JobId>(\w+)</JobId>", answer)
        job_id = found.group(1) if found else job_id
        connection.request("POST", "/", f"Action=GetStatus&AWSAccessKeyId={KEY}&JobId={job_id}", headers)
        connection.getresponse().read()
    wall = time.monotonic() - begun
    cpu = cpu_seconds(server.process.pid) - cpu_before
    server.stop()
    return ready, wall, cpu


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cold_suite(reps, extra=()):
    """The cold-suite table: the emulator as the launchers start it and as plain java -jar, against the ceiling's own
    cold run, interleaved, medians of REPS; each --variant as the launchers start it."""
    variants = [("ceiling (java, its defaults)", ["java", *ceiling_command()]),
                ("emulator through the launchers", ["java", *launcher_options(), *EMULATOR_ARGS]),
                ("emulator, plain java -jar", ["java", *EMULATOR_ARGS])] \
        + [(f"{variant.name} through the launchers", variant.command(*launcher_options_without_archive(),
                                                                     f"-XX:SharedArchiveFile={variant.archive()}")) for variant in extra]
    runs = {name: [] for name, _ in variants}
    for _ in range(reps):
        for name, command in variants:
            runs[name].append(cold_run(command))
    ceiling_wall = statistics.median(run[1] for run in runs[variants[0][0]])
    lines = ["\n## Cold suite: start, 2,000 sequential requests, stop\n",
             f"Launcher JVM options: `{' '.join(launcher_options_without_archive())}` "
             "and a class-data archive made on first use. Medians of " + str(reps) + " interleaved runs.\n",
             "| server | ready s | 2,000 requests, wall s | server CPU s | wall / ceiling's |", "|---|---|---|---|---|"]
    for name, _ in variants:
        ready, wall, cpu = (statistics.median(run[i] for run in runs[name]) for i in range(3))
        lines.append(f"| {name} | {ready:.2f} | {wall:.2f} | {cpu:.2f} | {wall / ceiling_wall:.2f} |")
    return lines


def footprint(duration, reps):
    """Heap and RSS with 100,000 jobs, with the launchers' JVM options (the targets) and with plain java -jar, created
    from one manifest (jobs share its text) and, with the launchers' options, each from its own; and ListJobs' first
    page with 100,000 jobs against 100."""
    lines = ["\n## Footprint with 100,000 jobs\n", "| JVM options | jobs created from | idle RSS MB | heap after GC MB | RSS MB |",
             "|---|---|---|---|---|"]
    launchers = launcher_options()
    for name, java_options, distinct in (("the launchers'", launchers, False), ("the launchers'", launchers, True),
                                         ("plain java -jar", (), False)):
        server = Server(["java", *java_options, *EMULATOR_ARGS, "--seed", "1"])
        try:
            time.sleep(2)
            idle = rss_kb(server.process.pid)
            fill(server.url, KEY, 100_000, distinct)
            fill(server.url, LIST_KEY, 100)
            heap, rss = heap_after_gc_kb(server.process.pid), rss_kb(server.process.pid)
            if java_options and not distinct:
                small = summary([wrk(server.url, "body.lua", 1, duration, {"BENCH_BODY": f"Action=ListJobs&MaxJobs=100&AWSAccessKeyId={LIST_KEY}"})
                                 for _ in range(reps)])
                large = summary([wrk(server.url, "body.lua", 1, duration, {"BENCH_BODY": f"Action=ListJobs&MaxJobs=100&AWSAccessKeyId={KEY}"})
                                 for _ in range(reps)])
        finally:
            server.stop()
        manifests = "100,000 manifests (a deviceId each)" if distinct else "one manifest"
        lines.append(f"| {name} | {manifests} | {idle / 1024:.1f} | {heap / 1024:.1f} | {rss / 1024:.1f} |")
    lines.append(f"\n- ListJobs page of 100, 1 connection, the launchers' options: {small['p50']:.3f} ms median with 100 jobs, "
                 f"{large['p50']:.3f} ms with 100,000 (ratio {large['p50'] / small['p50']:.2f}); p99 {small['p99']:.3f} / {large['p99']:.3f} ms")
    return lines


def soak(seconds):
    """Mixed load at 16 connections for SECONDS, a minute at a time; after each minute the emulator is reset, so that
    its heap after GC shows what stays behind (a leak grows it from minute to minute; the jobs the load created do not)."""
    server = emulator()
    lines = [f"\n## Soak: {seconds} s of mixed load, 16 connections\n",
             f"`python3 bench/run.py --soak {seconds} --soak-only`; the emulator is reset after every minute.\n",
             "| minute | requests | socket errors | non-2xx | req/s | p50 ms | p99 ms | heap after GC, after the reset (MB) | RSS (MB) |",
             "|---|---|---|---|---|---|---|---|---|"]
    try:
        job_id = fresh_state(server.url)
        start = (heap_after_gc_kb(server.process.pid), rss_kb(server.process.pid))
        chunks = []
        for minute, done in enumerate(range(0, seconds, 60), 1):
            run = wrk(server.url, "mixed.lua", 16, min(60, seconds - done), {"BENCH_JOB": job_id, "BENCH_NO_ERRORS": "1"})
            job_id = fresh_state(server.url)
            heap, rss = heap_after_gc_kb(server.process.pid), rss_kb(server.process.pid)
            chunks.append(run)
            lines.append(f"| {minute} | {run['requests']} | {run['errors']} | {run['non2xx']} | {run['rps']:.0f} | {run['p50']:.2f} | "
                         f"{run['p99']:.2f} | {heap / 1024:.1f} | {rss / 1024:.1f} |")
    finally:
        server.stop()
    lines.append(f"\n- in all {sum(c['requests'] for c in chunks)} requests, {sum(c['errors'] for c in chunks)} socket errors, "
                 f"{sum(c['non2xx'] for c in chunks)} non-2xx (the workload sends no bad request)")
    lines.append(f"- at the start: heap after GC {start[0] / 1024:.1f} MB, RSS {start[1] / 1024:.1f} MB")
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=int, default=3, help="seconds per load run (default 3)")
    parser.add_argument("--reps", type=int, default=3, help="interleaved repetitions per figure (default 3)")
    parser.add_argument("--warm-up", type=int, default=15, help="seconds of unmeasured load on every server started (default 15)")
    parser.add_argument("--quick", action="store_true", help="1 repetition of 2 seconds, to try the benchmark out")
    parser.add_argument("--soak", type=int, default=0, help="also run N seconds of mixed load and report errors and memory")
    parser.add_argument("--cold-only", action="store_true", help="run only the cold-suite scenario and start-up, into bench/results/cold.md")
    parser.add_argument("--footprint-only", action="store_true", help="run only the footprint with 100,000 jobs, into bench/results/footprint.md")
    parser.add_argument("--soak-only", action="store_true", help="run only the soak (with --soak N), into bench/results/soak.md")
    parser.add_argument("--variant", action="append", default=[], metavar="NAME=JAR [JVM OPTION...]",
                        help="also measure this emulator build or setting, interleaved (load scenarios and cold suite)")
    parser.add_argument("--connections", default=",".join(map(str, CONNECTIONS)), help="load scenarios' connection counts (default 1,16,64)")
    parser.add_argument("--throughput-only", action="store_true", help="run only the load scenarios")
    parser.add_argument("--stores-only", action="store_true", help="run only the stores (with pgbench beside PostgreSQL), into bench/results/stores.md")
    parser.add_argument("--out", default=os.path.join(ROOT, "bench", "results", "latest.md"))
    options = parser.parse_args()
    variants = [Variant(spec) for spec in options.variant]
    try:
        connection_counts = [int(count) for count in options.connections.split(",")]
    except ValueError:
        parser.error(f"--connections {options.connections!r}: expected numbers separated by commas, such as 16,64")
    if options.quick:
        options.duration, options.reps, options.warm_up = 2, 1, 3
    if not shutil.which("wrk"):
        subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True)
    if not os.path.exists(JAR):
        subprocess.run(["mvn", "-B", "-q", "-ntp", "-Dmaven.test.skip=true", "package"], cwd=ROOT, check=True)
    # one section alone, into a file of its own: the cold suite, the footprint, the soak
    alone = [(options.cold_only, "Cold suite", "cold.md", lambda: cold_suite(max(3, options.reps), variants) + startup()),
             (options.footprint_only, "Footprint", "footprint.md", lambda: footprint(options.duration, options.reps)),
             (options.soak_only, "Soak", "soak.md", lambda: soak(options.soak)),
             (options.stores_only, "Stores", "stores.md", lambda: stores(options, variants))]
    if options.soak_only and not options.soak:
        parser.error("--soak-only needs --soak SECONDS")
    for wanted, title, name, produce in alone:
        if wanted:
            text = f"# {title}\n\nRun {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on {os.cpu_count()} cores.\n" \
                + "\n".join(produce()) + "\n"
            out = options.out if options.out != parser.get_default("out") else os.path.join(ROOT, "bench", "results", name)
            with open(out, "w") as handle:
                handle.write(text)
            print(text)
            return 0
    report = [f"# Benchmark results\n", f"Run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on {os.cpu_count()} cores, "
              f"{platform.platform()}, {subprocess.run(['java', '-version'], capture_output=True, text=True).stderr.splitlines()[0]}; "
              f"{options.reps} interleaved repetitions of {options.duration} s per figure after {options.warm_up} s of unmeasured "
              f"warm-up per server, wrk with min(connections, 2) threads.\n"]

    emu, ceiling = emulator(), Server(["java", *ceiling_command()])
    variant_servers = [(variant.name, Server(variant.command())) for variant in variants]
    moto = Moto() if shutil.which("moto_server") else None
    try:
        job_id = fresh_state(emu.url)
        for _, server in [("emulator", emu), *variant_servers]:
            warm_up(server.url, fresh_state(server.url), options.warm_up)
        warm_up(ceiling.url, job_id, options.warm_up)
        results = {}
        for connections in connection_counts:
            for _ in range(options.reps):
                for index in range(len(scenarios(job_id))):
                    for target, server in (("emulator", emu), *variant_servers, ("ceiling", ceiling)):
                        # each emulator its own 151 jobs; the ceiling ignores the body's job id
                        job_id = fresh_state(server.url) if server is not ceiling else job_id
                        name, script, env, error_share = scenarios(job_id)[index]
                        results.setdefault((name, connections, target), []).append(
                            wrk(server.url, script, connections, options.duration, env, error_share))
                if moto:
                    results.setdefault(("CreateJob", connections, "moto"), []).append(moto.create(connections, options.duration))
        report.append("\n## Throughput and latency\n\nrequests/s: median (min-max); latency in ms, medians; ratio = emulator / ceiling "
                      "(moto: emulator / moto on SQS CreateQueue). The ceiling answers the requests the emulator must refuse with a 400 too, "
                      "so that both pay Grizzly's close after it.\n")
        report.append("| scenario | conns | emulator req/s | p50 | p99 | p99.9 | ceiling req/s | ceiling p99 | ratio | moto req/s | ratio to moto |")
        report.append("|---|---|---|---|---|---|---|---|---|---|---|")
        for name, _, _, _ in scenarios(job_id):
            for connections in connection_counts:
                e = summary(results[(name, connections, "emulator")])
                c = summary(results[(name, connections, "ceiling")])
                m = summary(results[(name, connections, "moto")]) if (name, connections, "moto") in results else None
                moto_columns = f"{m['rps']:.0f} | {e['rps'] / m['rps']:.0f}x" if m else " | "
                report.append(f"| {name} | {connections} | {e['rps']:.0f} ({e['min']:.0f}-{e['max']:.0f}) | {e['p50']:.2f} | {e['p99']:.2f} | "
                              f"{e['p999']:.2f} | {c['rps']:.0f} ({c['min']:.0f}-{c['max']:.0f}) | {c['p99']:.2f} | {e['rps'] / c['rps']:.2f} | {moto_columns} |")
        if variants:
            report += variant_table(results, [variant.name for variant in variants], connection_counts, job_id)
        if options.throughput_only:
            return finish(report, options.out)
        report.append("\n## Error path: the cost of Grizzly's close after a 400\n\nGrizzly closes the connection after every 400 "
                      "(a hard-coded rule; docs/behaviour.md, Limits), so each error costs the client a reconnect. The ceiling answering the same "
                      "body with 200 (connection kept) and with 400 (connection closed) shows that cost apart from the emulator's work.\n")
        report.append("| conns | ceiling, 200 kept req/s | ceiling, 400 closed req/s | emulator error path req/s |\n|---|---|---|---|")
        for connections in (16, 64):
            kept, closed, errors = [], [], []
            for _ in range(options.reps):
                kept.append(wrk(ceiling.url, "body.lua", connections, options.duration, {"BENCH_BODY": "Action=CreateJob&BenchStatus=200"}))
                closed.append(wrk(ceiling.url, "body.lua", connections, options.duration, {"BENCH_BODY": "Action=CreateJob&BenchStatus=400"}, 1.0))
                errors.append(wrk(emu.url, "body.lua", connections, options.duration, {"BENCH_BODY": MISSING_MANIFEST}, 1.0))
            k, c, e = summary(kept), summary(closed), summary(errors)
            report.append(f"| {connections} | {k['rps']:.0f} ({k['min']:.0f}-{k['max']:.0f}) | {c['rps']:.0f} ({c['min']:.0f}-{c['max']:.0f}) | "
                          f"{e['rps']:.0f} ({e['min']:.0f}-{e['max']:.0f}) |")
    finally:
        emu.stop()
        ceiling.stop()
        for _, server in variant_servers:
            server.stop()
        if moto:
            moto.stop()

    report.append("\n## Keep-alive: GetStatus at 64 connections\n")
    report.append("| requests per connection | req/s | p99 ms |\n|---|---|---|")
    for limit in ("256", "-1"):
        server = emulator("--keep-alive-max-requests", limit)
        try:
            job_id = create_job(server.url)
            warm_up(server.url, job_id, options.warm_up)
            runs = [wrk(server.url, "body.lua", 64, options.duration, {"BENCH_BODY": f"Action=GetStatus&AWSAccessKeyId={KEY}&JobId={job_id}"})
                    for _ in range(options.reps)]
            s = summary(runs)
            report.append(f"| {'256 (Grizzly default)' if limit == '256' else 'unlimited (the emulator default)'} | {s['rps']:.0f} | {s['p99']:.2f} |")
        finally:
            server.stop()

    report += stores(options, variants)

    report += cold_suite(options.reps, variants)
    report += startup()

    report += footprint(options.duration, options.reps)

    if options.soak:
        report += soak(options.soak)
    return finish(report, options.out)


# A row as big as a stored job (its JSON is about 1.3 KB), for pgbench: what PostgreSQL itself does with such rows.
PGBENCH_SETUP = """DROP TABLE IF EXISTS bench_rows;
CREATE TABLE bench_rows (row_id VARCHAR(32) PRIMARY KEY, account_id VARCHAR(128) NOT NULL, creation_date BIGINT NOT NULL,
  data VARCHAR(1048576) NOT NULL, revision BIGINT DEFAULT 0 NOT NULL, creation_order BIGINT GENERATED BY DEFAULT AS IDENTITY);
INSERT INTO bench_rows (row_id, account_id, creation_date, data) VALUES ('known', 'acct', 1, repeat('x', 1300));"""
PGBENCH_INSERT = "INSERT INTO bench_rows (row_id, account_id, creation_date, data) VALUES (md5(random()::text || clock_timestamp()::text), 'acct', 1, repeat('x', 1300));\n"
PGBENCH_SELECT = "SELECT data, revision FROM bench_rows WHERE row_id = 'known';\n"


def pgbench(cluster, script, clients, duration):
    """PostgreSQL's own rate for one statement, at CLIENTS connections (prepared statements, as JDBC uses them)."""
    with tempfile.NamedTemporaryFile("w", suffix=".sql", delete=False) as handle:
        handle.write(script)
    os.chmod(handle.name, 0o644)
    out = subprocess.run([cluster.bin + "/pgbench", *cluster.connect, "-n", "-M", "prepared", "-c", str(clients), "-j", "2", "-T", str(duration), "-f", handle.name, "postgres"],
                         capture_output=True, text=True)
    os.unlink(handle.name)
    found = re.search(r"tps = ([\d.]+) \(without initial connection time\)", out.stdout)
    if not found:
        raise SystemExit("pgbench failed: " + out.stdout + out.stderr)
    return float(found.group(1))


STORE_TARGETS = {  # (store, operation): (reference, least ratio) of issue 31
    ("PostgreSQL", "CreateJob"): ("pgbench inserts", 0.5),
    ("PostgreSQL", "GetStatus"): ("pgbench primary-key selects", 0.5),
    ("PostgreSQL", "ListJobs (page of 100)"): ("memory store", 0.25),
    ("embedded (--data-dir)", "CreateJob"): ("memory store", 0.4),
    ("embedded (--data-dir)", "GetStatus"): ("memory store", 0.7),
    ("embedded (--data-dir)", "ListJobs (page of 100)"): ("memory store", 0.4),
}


def stores(options, variants):
    """CreateJob, GetStatus and ListJobs at 16 connections on each store, beside PostgreSQL's own rate for rows of the
    same size (pgbench, same clients, same run), and two emulators sharing one PostgreSQL against one alone."""
    report = ["\n## Stores: 16 connections\n"]
    cluster = postgres_cluster()
    builds = [("emulator", lambda *flags: emulator(*flags))] + [(v.name, lambda *flags, v=v: Server(v.command() + list(flags))) for v in variants]
    operations = [("CreateJob", "create.lua", lambda job: {}),
                  ("GetStatus", "body.lua", lambda job: {"BENCH_BODY": f"Action=GetStatus&AWSAccessKeyId={KEY}&JobId={job}"}),
                  ("ListJobs (page of 100)", "body.lua", lambda job: {"BENCH_BODY": f"Action=ListJobs&MaxJobs=100&AWSAccessKeyId={KEY}"})]
    results, references = {}, {}
    try:
        store_flags = [("memory", lambda: []), ("embedded (--data-dir)", lambda: ["--data-dir", tempfile.mkdtemp(prefix="bench-h2")])]
        if cluster:
            store_flags.append(("PostgreSQL", lambda: ["--database-url", fresh_database(cluster)]))
        for store, flags in store_flags:
            for build, start in builds:
                server = start(*flags())
                try:
                    job_id = create_job(server.url)
                    fill(server.url, KEY, 150)
                    warm_up(server.url, job_id, options.warm_up)
                    for name, script, env in operations:
                        warm_up_call(server.url, script, env(job_id), options.warm_up)
                        results[(store, build, name)] = summary([wrk(server.url, script, 16, options.duration, env(job_id))
                                                                 for _ in range(options.reps)])
                finally:
                    server.stop()
        if cluster:
            subprocess.run([cluster.bin + "/psql", *cluster.connect, "-q", "-c", PGBENCH_SETUP, "postgres"], capture_output=True, check=True)
            references["pgbench inserts"] = statistics.median(pgbench(cluster, PGBENCH_INSERT, 16, options.duration) for _ in range(options.reps))
            references["pgbench primary-key selects"] = statistics.median(pgbench(cluster, PGBENCH_SELECT, 16, options.duration)
                                                                          for _ in range(options.reps))
            report += shared_postgres(options, fresh_database(cluster))
    finally:
        if cluster:
            subprocess.run(cluster.stop, capture_output=True)
    report.insert(1, "| store | build | CreateJob req/s | p99 ms | GetStatus req/s | p99 ms | ListJobs (100) req/s | p99 ms |\n|---|---|---|---|---|---|---|---|")
    rows = []
    for (store, build, name), figure in results.items():
        if name == "CreateJob":
            cells = [results[(store, build, op)] for op, _, _ in operations]
            rows.append(f"| {store} | {build} | " + " | ".join(f"{c['rps']:.0f} | {c['p99']:.2f}" for c in cells) + " |")
    report[2:2] = rows
    if references:
        report.append("\nPostgreSQL itself, same run, 16 clients, rows of 1.3 KB (pgbench, prepared): "
                      + ", ".join(f"{name} {rate:.0f} tps" for name, rate in references.items()) + ".\n")
    report.append("\n| store | operation | build | req/s | reference | ratio | target |\n|---|---|---|---|---|---|---|")
    for (store, name), (reference, least) in STORE_TARGETS.items():
        for build, _ in builds:
            if (store, build, name) not in results:
                continue
            rate = results[(store, build, name)]["rps"]
            base = references.get(reference) if reference != "memory store" else results[("memory", build, name)]["rps"]
            if base:
                report.append(f"| {store} | {name} | {build} | {rate:.0f} | {reference} {base:.0f} | {rate / base:.2f} | ≥ {least} |")
    return report


def shared_postgres(options, url):
    """Two emulators on one PostgreSQL, 8 connections each, at once, against one emulator with 16."""
    lines = ["\n### Two emulators sharing one PostgreSQL\n", "| operation | one emulator, 16 connections | two, 8 each (sum) | ratio |\n|---|---|---|---|"]
    first, second = emulator("--database-url", url), emulator("--database-url", url)
    try:
        job_id = create_job(first.url)
        for server in (first, second):
            warm_up(server.url, job_id, options.warm_up)
        for name, script, env in [("CreateJob", "create.lua", {}),
                                  ("GetStatus", "body.lua", {"BENCH_BODY": f"Action=GetStatus&AWSAccessKeyId={KEY}&JobId={job_id}"})]:
            for server in (first, second):
                warm_up_call(server.url, script, env, options.warm_up)
            alone = summary([wrk(first.url, script, 16, options.duration, env) for _ in range(options.reps)])["rps"]
            together = []
            for _ in range(options.reps):
                with concurrent_wrk(second.url, script, 8, options.duration, env) as other:
                    mine = wrk(first.url, script, 8, options.duration, env)
                together.append(mine["rps"] + other.result()["rps"])
            both = statistics.median(together)
            lines.append(f"| {name} | {alone:.0f} | {both:.0f} | {both / alone:.2f} |")
    finally:
        first.stop()
        second.stop()
    return lines


class concurrent_wrk:
    """A wrk run on a thread of its own, for two servers loaded at once."""

    def __init__(self, *arguments):
        import threading
        self.outcome = {}
        self.thread = threading.Thread(target=lambda: self.outcome.setdefault("run", wrk(*arguments)))

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *failure):
        self.thread.join()

    def result(self):
        return self.outcome["run"]


def finish(report, out_path):
    text = "\n".join(report) + "\n"
    os.makedirs(os.path.dirname(out_path), exist_ok=True)
    with open(out_path, "w") as out:
        out.write(text)
    print(text)
    return 0


def variant_table(results, names, connection_counts, job_id):
    """Each variant's throughput and p99 beside the emulator's, from the same interleaved runs."""
    lines = ["\n## Variants\n", "requests/s and p99 (ms), medians; change = variant / emulator - 1.\n",
             "| scenario | conns | emulator req/s | p99 | " + " | ".join(f"{n} req/s | p99 | change | / ceiling" for n in names) + " |",
             "|---|---|---|---|" + "---|---|---|---|" * len(names)]
    for name, _, _, _ in scenarios(job_id):
        for connections in connection_counts:
            e = summary(results[(name, connections, "emulator")])
            c = summary(results[(name, connections, "ceiling")])
            cells = []
            for variant in names:
                v = summary(results[(name, connections, variant)])
                cells.append(f"{v['rps']:.0f} | {v['p99']:.2f} | {v['rps'] / e['rps'] - 1:+.1%} | {v['rps'] / c['rps']:.2f}")
            lines.append(f"| {name} | {connections} | {e['rps']:.0f} | {e['p99']:.2f} | " + " | ".join(cells) + " |")
    return lines


if __name__ == "__main__":
    sys.exit(main())
