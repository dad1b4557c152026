"""The control plane of a running emulator (``/_emulator``), with the operations of the Java ``EmulatorAdmin``."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from datetime import datetime, timedelta, timezone
from typing import Any, Dict, List, Optional, Union

from .errors import AdminError, InvalidValue, NoSuchJob, TransitionRefused

JSON = Dict[str, Any]


def iso_duration(duration: Union[timedelta, str]) -> str:
    """A ``timedelta`` as ISO 8601 (``PT90S``); a text is taken as already written that way (``P31D``)."""
    if isinstance(duration, str):
        return duration
    milliseconds = round(duration.total_seconds() * 1000)
    sign = "-" if milliseconds < 0 else ""
    seconds, millis = divmod(abs(milliseconds), 1000)
    return f"{sign}PT{seconds}.{millis:03d}S" if millis else f"{sign}PT{seconds}S"


def iso_instant(instant: Union[datetime, str]) -> str:
    """A ``datetime`` as the emulator writes instants (UTC, ``Z``); a naive one is taken as UTC."""
    if isinstance(instant, str):
        return instant
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=timezone.utc)
    return instant.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")


class EmulatorAdmin:
    """Resets, inspects and moves what the emulator holds: jobs, the clock, buckets, credentials, faults. Failures
    raise :class:`AdminError` (a refused move: :class:`TransitionRefused`; a refused value: :class:`InvalidValue`)."""

    def __init__(self, endpoint_url: str, timeout: float = 30.0, admin_token: Optional[str] = None) -> None:
        """``admin_token``: the emulator's ``--admin-token``, sent as ``Authorization: Bearer``; None for an open one."""
        self.endpoint_url = endpoint_url.rstrip("/")
        self.timeout = timeout
        self._headers = {"Content-Type": "application/json"}
        if admin_token is not None:
            self._headers["Authorization"] = f"Bearer {admin_token}"

    def health(self) -> JSON:
        """``{"status": "ok" | "unavailable", "version", "uptimeSeconds", "store": "memory" | "up" | "down"}``; while the
        store is down the route answers 503 with the same body, returned here rather than raised."""
        try:
            return self._call("GET", "health")
        except AdminError as error:
            if error.status == 503 and error.body is not None:
                return error.body
            raise

    def config(self) -> Dict[str, str]:
        """The options the emulator runs with, by name (``auto-advance``), as text; the password hidden."""
        return self._call("GET", "config")

    def reset(self, account_id: Optional[str] = None) -> None:
        """Everything as at start (jobs, labels, faults, requests, clock, buckets, credentials), or one account's jobs
        and faults."""
        self._call("POST", "reset" + ("" if account_id is None else "?account=" + urllib.parse.quote(account_id)))

    def jobs(self, account_id: Optional[str] = None) -> List[JSON]:
        """Every account's jobs (or one account's), newest first."""
        query = "" if account_id is None else "?account=" + urllib.parse.quote(account_id)
        return self._call("GET", "jobs" + query)["jobs"]

    def job(self, job_id: str) -> Optional[JSON]:
        try:
            return self._call("GET", f"jobs/{self._id(job_id)}")
        except NoSuchJob:
            return None

    def move_job(self, job_id: str, state: str, error_count: Optional[int] = None) -> JSON:
        """Moves a job to a named state (``AtAWS``, ``InProgress``, ``Success``, ``SuccessWithErrors``, an abort,
        ``Returned``, ``Canceled``, ``Expired``); ``error_count`` only for ``SuccessWithErrors``."""
        body: JSON = {"state": state}
        if error_count is not None:
            body["errorCount"] = error_count
        return self._call("POST", f"jobs/{self._id(job_id)}/state", body)

    def advance_job(self, job_id: str) -> JSON:
        """One step along the happy path: the device arrives, the transfer starts, succeeds, the device returns."""
        return self._call("POST", f"jobs/{self._id(job_id)}/advance")

    def now(self) -> datetime:
        return datetime.fromisoformat(self._call("GET", "clock")["now"].replace("Z", "+00:00"))

    def advance_clock(self, by: Union[timedelta, str]) -> datetime:
        return self._clock({"advance": iso_duration(by)})

    def set_clock(self, now: Union[datetime, str]) -> datetime:
        return self._clock({"set": iso_instant(now)})

    def buckets(self) -> JSON:
        return self._call("GET", "buckets")

    def set_buckets(self, buckets: Optional[List[JSON]]) -> JSON:
        """Only these buckets (``[{"name", "region", "owner"}]``) exist from now on; ``None`` lifts the table."""
        if buckets is None:
            return self._call("DELETE", "buckets")
        return self._call("PUT", "buckets", {"buckets": buckets})

    def credentials(self) -> List[JSON]:
        return self._call("GET", "credentials")["keys"]

    def set_credentials(self, accounts: List[JSON]) -> List[JSON]:
        """These keys, and only these: ``[{"accountId", "keys": [{"accessKeyId", "secretAccessKey"}]}]``."""
        return self._call("PUT", "credentials", {"accounts": accounts})["keys"]

    def add_fault(self, operation: str, error_code: Optional[str] = None, status: int = 400, *, count: int = 0,
                  fraction: float = 1.0, account_id: Optional[str] = None, message: Optional[str] = None,
                  delay: Union[timedelta, float] = 0) -> List[JSON]:
        """Makes calls of ``operation`` (or ``*``) fail with ``error_code`` and ``status``, or answer after ``delay``
        (seconds or a ``timedelta``): the next ``count`` (0: every one), a ``fraction`` of them."""
        seconds = delay.total_seconds() if isinstance(delay, timedelta) else delay
        body = {"operation": operation, "errorCode": error_code, "status": status, "count": count, "fraction": fraction,
                "accountId": account_id, "message": message, "delayMillis": round(seconds * 1000)}
        return self._call("POST", "faults", body)["faults"]

    def faults(self) -> List[JSON]:
        return self._call("GET", "faults")["faults"]

    def clear_faults(self) -> None:
        self._call("DELETE", "faults")

    def requests(self) -> List[JSON]:
        """The last AWS API requests answered, oldest first: time, requestId, accountId, operation, status, errorCode."""
        return self._call("GET", "requests")["requests"]

    def _clock(self, body: JSON) -> datetime:
        self._call("POST", "clock", body)
        return self.now()

    @staticmethod
    def _id(job_id: str) -> str:
        return urllib.parse.quote(job_id, safe="")

    def _call(self, method: str, path: str, body: Optional[JSON] = None) -> Any:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(f"{self.endpoint_url}/_emulator/{path}", data=data, method=method,
                                         headers=self._headers)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return json.loads(response.read() or b"null")
        except urllib.error.HTTPError as error:
            raise _refusal(error.code, error.read()) from None


def _refusal(status: int, body: bytes) -> AdminError:
    try:
        answer = json.loads(body)
        code, message = answer.get("error", ""), answer.get("message", "")
    except (ValueError, AttributeError):
        code, message = "", body.decode(errors="replace")
        answer = None
    kind = TransitionRefused if code == "IllegalTransition" else NoSuchJob if status == 404 else \
        InvalidValue if status == 400 else AdminError
    return kind(status, code, message, answer if isinstance(answer, dict) else None)
