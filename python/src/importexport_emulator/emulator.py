"""The emulator as a child process: started on a free port, stopped when done, whatever happens to the test."""

from __future__ import annotations

import atexit
import hashlib
import json
import os
import re
import shutil
import subprocess
import threading
import uuid
import weakref
import zipfile
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Tuple, Union

from .admin import EmulatorAdmin, iso_instant
from .errors import EmulatorError, EmulatorStartError

#: Where the jar is looked for unless one is given: this variable, then the jar the wheel carries.
JAR_VARIABLE = "IMPORTEXPORT_EMULATOR_JAR"
BUNDLED_JAR = Path(__file__).parent / "jar" / "importexport-emulator.jar"
READY = re.compile(r" listening on (http://\S+)$")
#: The JVM options the project's launchers use, declared in the jar (the Java fixture reads the same entry).
OPTIONS_ENTRY = "io/importexport/emulator/launcher-jvm-options"
#: Where class-data archives are kept unless this variable names a folder: $XDG_CACHE_HOME or ~/.cache.
CACHE_VARIABLE = "IMPORTEXPORT_EMULATOR_CACHE"
START_TIMEOUT_SECONDS = 60.0


def find_jar(jar: Union[str, os.PathLike, None] = None) -> Path:
    """The emulator's jar: the one given, else ``$IMPORTEXPORT_EMULATOR_JAR``, else the one the wheel carries."""
    for candidate, source in ((jar, "the jar given"), (os.environ.get(JAR_VARIABLE), JAR_VARIABLE), (BUNDLED_JAR, None)):
        if candidate:
            path = Path(candidate)
            if path.is_file():
                return path
            if source is not None:
                raise EmulatorStartError(f"{source}: no file at {path}")
    raise EmulatorStartError(f"no emulator jar: install a wheel that carries it, pass jar=..., or set {JAR_VARIABLE} "
                             "(mvn package builds target/importexport-emulator.jar)")


def find_java() -> str:
    """``$JAVA_HOME/bin/java``, else ``java`` on the PATH."""
    home = os.environ.get("JAVA_HOME")
    if home and (Path(home) / "bin" / "java").is_file():
        return str(Path(home) / "bin" / "java")
    java = shutil.which("java")
    if java is None:
        raise EmulatorStartError("no Java runtime: the emulator needs Java 17 or later (install it, or set JAVA_HOME)")
    return java


@lru_cache(maxsize=None)
def options(jar: Union[str, os.PathLike, None] = None) -> Dict[str, Dict[str, Any]]:
    """The emulator's options, as its command line declares them (``--print-options``), by keyword: ``auto_advance``
    for ``--auto-advance``. Nothing here lists them: a new option of the jar is a new keyword."""
    found = find_jar(jar)
    result = subprocess.run([find_java(), "-jar", str(found), "--print-options"], capture_output=True, text=True, timeout=60)
    if result.returncode != 0:
        raise EmulatorStartError(f"{found} did not describe its options: {result.stderr.strip()}")
    return {option["name"].replace("-", "_"): option for option in json.loads(result.stdout)}


def option_text(value: Any) -> str:
    """A Python value as the command line takes it: durations as milliseconds, instants in UTC, booleans lower case."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, timedelta):
        return f"{round(value.total_seconds() * 1000)}ms"
    if isinstance(value, datetime):
        return iso_instant(value)
    return str(value)


def keywords(command_line: Sequence[str], jar: Union[str, os.PathLike, None] = None) -> Dict[str, str]:
    """Options written as on the command line (``["--seed", "1"]`` or ``["--seed=1"]``) as keywords (``{"seed": "1"}``),
    so that they merge with keywords given elsewhere, a later value winning, instead of giving a flag twice; an unknown
    flag or one without a value is a ``ValueError`` naming it."""
    by_flag = {option["flag"]: name for name, option in options(jar).items()}
    result: Dict[str, str] = {}
    words = list(command_line)
    while words:
        word = words.pop(0)
        flag, separator, value = word.partition("=")
        if flag not in by_flag:
            raise ValueError(f"{word!r} is not an emulator option; known: {', '.join(sorted(by_flag))}")
        if not separator:
            if not words:
                raise ValueError(f"{flag} needs a value")
            value = words.pop(0)
        result[by_flag[flag]] = value
    return result


def arguments(jar: Union[str, os.PathLike, None] = None, **given: Any) -> Tuple[List[str], Dict[str, str]]:
    """Keyword options as command-line arguments, and the secret ones (``admin_token``, ``database_password``) as the
    environment variables that carry them, out of sight of ``ps``; an unknown keyword is a ``TypeError`` naming the
    known ones."""
    known = options(jar)
    unknown = sorted(set(given) - set(known))
    if unknown:
        raise TypeError(f"unknown emulator option(s) {', '.join(unknown)}; known: {', '.join(known)}")
    command: List[str] = []
    secrets: Dict[str, str] = {}
    for name, value in given.items():
        if value is None:
            continue
        if known[name].get("secret"):
            secrets[known[name]["environmentVariable"]] = option_text(value)
        else:
            command += [known[name]["flag"], option_text(value)]
    return command, secrets


class JvmLaunch:
    """The JVM options for a jar: those it declares, and a class-data sharing archive made on first use in a cache folder
    and reused after, as the Java fixture's ``JvmLaunch`` does (same entry, same key, same file names). The first run
    writes the archive at exit into a file of its own, moved into place only when whole; a runtime that cannot read an
    archive ignores it; without a writable cache folder there is none."""

    def __init__(self, jar: Path, java: str) -> None:
        try:
            with zipfile.ZipFile(jar) as archive:
                lines = archive.read(OPTIONS_ENTRY).decode("utf-8").splitlines() if OPTIONS_ENTRY in archive.namelist() else []
        except zipfile.BadZipFile as error:
            raise EmulatorStartError(f"{jar} is not an emulator jar ({error})") from None
        self.options = [line.strip() for line in lines if line.strip() and not line.strip().startswith("#")]
        self._archive: Optional[Path] = None
        self._in_progress: Optional[Path] = None
        cache = _cache_folder()
        if cache is None:
            return
        java_home = Path(shutil.which(java) or java).resolve().parent.parent
        self._archive = cache / (archive_key(jar, java_home) + ".jsa")
        if self._archive.is_file():
            self.options.append(f"-XX:SharedArchiveFile={self._archive}")
        else:
            self._in_progress = self._archive.with_name(f"{self._archive.name}.{uuid.uuid4()}.part")
            self.options.append(f"-XX:ArchiveClassesAtExit={self._in_progress}")

    def settle(self) -> None:
        """Once the process has ended: the archive it wrote, if whole, becomes the one the next launches use."""
        if self._in_progress is None:
            return
        try:
            if self._in_progress.is_file() and self._in_progress.stat().st_size > 0:
                os.replace(self._in_progress, self._archive)
            self._in_progress.unlink(missing_ok=True)
        except OSError:
            pass  # no archive this time; the next launch makes one


def archive_key(jar: Path, java_home: Path) -> str:
    """The archive's name for a jar and a Java runtime: it changes when either does."""
    absolute = Path(os.path.abspath(jar))
    status = absolute.stat()
    return archive_key_of(str(absolute), status.st_size, status.st_mtime_ns // 1_000_000, os.path.abspath(java_home))


def archive_key_of(jar_path: str, size: int, modified_millis: int, java_home: str) -> str:
    """sha-256 of the jar's path, size, modification time (ms) and the Java home, 16 hex digits: the Java fixture's
    ``JvmLaunch.key`` computes the same, so that both launchers share one archive (both tests hold one example)."""
    identity = f"{jar_path}\n{size}\n{modified_millis}\n{java_home}"
    return hashlib.sha256(identity.encode("utf-8")).hexdigest()[:16]


def _cache_folder() -> Optional[Path]:
    given = os.environ.get(CACHE_VARIABLE)
    folder = Path(given) if given else Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "importexport-emulator"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return folder if os.access(folder, os.W_OK) else None


def replay(*sessions: Union[str, os.PathLike], jar: Union[str, os.PathLike, None] = None, update: bool = False) -> str:
    """Replays recorded sessions (folders recorded with ``record_dir=``, or folders holding several) against a fresh
    emulator each, as ``java -jar importexport-emulator.jar replay`` does; raises ``AssertionError`` with the diff of
    every response that differs from its recording. ``update=True`` writes today's responses into the recordings."""
    command = [find_java(), "-jar", str(find_jar(jar)), "replay", *(["--update"] if update else []), *map(str, sessions)]
    result = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", errors="replace")
    report = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        raise AssertionError(report)
    return report


class ImportExportEmulator:
    """A running emulator: ``with ImportExportEmulator(seed=1) as emulator: ...``, or ``start()`` / ``stop()``.

    Every option of the command line is a keyword argument (``auto_advance="500ms"`` for ``--auto-advance 500ms``);
    the port defaults to 0 (a free one) and the request log to off. ``extra_arguments`` are options written as on the
    command line (``["--seed", "1"]``), which keywords override; each option reaches the emulator once. ``jvm_options``
    go before ``-jar``, after the launchers' own (``JvmLaunch``), which they may override.
    """

    def __init__(self, *, jar: Union[str, os.PathLike, None] = None, jvm_options: Sequence[str] = (),
                 extra_arguments: Sequence[str] = (), **options: Any) -> None:
        self._jar = find_jar(jar)
        self._options = {"port": 0, "log_format": "off", **keywords(extra_arguments, self._jar), **options}
        self._arguments, self._secrets = arguments(self._jar, **self._options)
        self._admin_token: Optional[str] = self._options.get("admin_token")
        self._jvm_options = list(jvm_options)
        self._process: Optional[subprocess.Popen] = None
        self._connected = False
        self._stderr: List[str] = []
        self.endpoint_url: Optional[str] = None
        self.admin: Optional[EmulatorAdmin] = None

    @classmethod
    def connect(cls, endpoint_url: str, admin_token: Optional[str] = None) -> "ImportExportEmulator":
        """An emulator started elsewhere (another process, a container, a shared one): admin and client, no process;
        ``admin_token`` when its control plane is protected. A ``with`` block around it starts and stops nothing."""
        emulator = cls.__new__(cls)
        emulator._process = None
        emulator._connected = True
        emulator._stderr = []
        emulator.endpoint_url = endpoint_url.rstrip("/")
        emulator.admin = EmulatorAdmin(emulator.endpoint_url, admin_token=admin_token)
        return emulator

    def start(self) -> "ImportExportEmulator":
        """Starts the jar and returns once it accepts requests; raises :class:`EmulatorStartError` with its message."""
        if self._process is not None or self._connected:
            return self
        environment = {name: value for name, value in os.environ.items() if not name.startswith("IMPORTEXPORT_")}
        environment.update(self._secrets)
        java = find_java()
        self._launch = JvmLaunch(self._jar, java)
        command = [java, *self._launch.options, *self._jvm_options, "-jar", str(self._jar), *self._arguments]
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment, text=True,
                                   encoding="utf-8", errors="replace")
        self._process = process
        self._stderr_reader = threading.Thread(target=self._keep_stderr, args=(process,), daemon=True)
        self._stderr_reader.start()
        ready: List[str] = []
        reader = threading.Thread(target=lambda: ready.append(process.stdout.readline()), daemon=True)
        reader.start()
        reader.join(START_TIMEOUT_SECONDS)
        match = READY.search(ready[0].strip()) if ready else None
        if match is None:
            self._terminate()
            detail = "\n".join(self._stderr[-20:]).strip() or "(nothing on stderr)"
            raise EmulatorStartError(f"the emulator did not start (exit {process.returncode}): {detail}")
        # the rest of stdout is not read: after its ready line the emulator prints at most the line naming HTTPS
        self.endpoint_url = match.group(1)
        self.admin = EmulatorAdmin(self.endpoint_url, admin_token=self._admin_token)
        _running.add(self)
        return self

    def stop(self) -> None:
        """Stops the process (a started one; a connected emulator is left alone)."""
        _running.discard(self)
        self._terminate()

    @property
    def https_url(self) -> Optional[str]:
        """The HTTPS base URL of an emulator started with ``https_port`` (``--https-port``), else None; clients
        verify it with :attr:`ca_file`."""
        port = self.admin.config().get("https-port")
        if port is None:
            return None
        host = self.endpoint_url.split("://", 1)[1].rsplit(":", 1)[0]
        return f"https://{host}:{port}"

    @property
    def ca_file(self) -> Optional[str]:
        """The CA certificate (PEM) that verifies :attr:`https_url`: boto3's ``verify=``, the CLI's ``--ca-bundle``.
        None without HTTPS, or with a keystore of your own (``tls_keystore``)."""
        return self.admin.config().get("tls-ca-file")

    def client(self, region_name: str = "us-east-1", aws_access_key_id: str = "AKIAIOSFODNN7EXAMPLE",
               aws_secret_access_key: str = "any", https: bool = False, **client_options: Any):
        """A boto3 ImportExport client for this emulator; with ``https=True``, over HTTPS, verifying the emulator with
        :attr:`ca_file`. It makes each call once: boto3 would retry a throttled or 5xx answer, which hides a one-shot
        injected fault from the test; pass ``config=`` to choose otherwise."""
        import boto3
        from botocore.config import Config

        client_options.setdefault("config", Config(retries={"total_max_attempts": 1}))
        endpoint_url = self.endpoint_url
        if https:
            endpoint_url = self.https_url
            if endpoint_url is None:
                raise EmulatorError("this emulator serves no HTTPS: start it with https_port=0")
            client_options.setdefault("verify", self.ca_file)
        return boto3.client("importexport", endpoint_url=endpoint_url, region_name=region_name,
                            aws_access_key_id=aws_access_key_id, aws_secret_access_key=aws_secret_access_key, **client_options)

    @property
    def stderr(self) -> str:
        """What the emulator wrote on stderr (the request log, with ``log_format="text"`` or ``"json"``)."""
        return "\n".join(self._stderr)

    def _keep_stderr(self, process: subprocess.Popen) -> None:
        with process.stderr:
            for line in process.stderr:
                self._stderr.append(line.rstrip("\n"))

    def _terminate(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(10)
        self._stderr_reader.join(2)  # what it wrote last, for a start-up failure's message
        process.stdout.close()
        self._launch.settle()

    def __enter__(self) -> "ImportExportEmulator":
        return self.start()

    def __exit__(self, *failure: Any) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"ImportExportEmulator({self.endpoint_url or 'not started'})"


_running: "weakref.WeakSet[ImportExportEmulator]" = weakref.WeakSet()


@atexit.register
def _stop_all() -> None:
    """A test run that ends, passed, failed or interrupted, leaves no emulator behind."""
    for emulator in list(_running):
        emulator.stop()
