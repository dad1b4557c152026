"""What the launcher and the admin client raise."""

from __future__ import annotations

from typing import Any, Dict, Optional


class EmulatorError(Exception):
    """Base of every error of this package."""


class EmulatorStartError(EmulatorError):
    """The emulator did not start; the message is the emulator's own (a refused option, a taken port) or says what is
    missing (no Java, no jar)."""


class AdminError(EmulatorError):
    """The control plane refused a call: ``status`` and ``code`` as its JSON error says them (401
    ``MissingAdminToken`` and 403 ``InvalidAdminToken`` when the admin token is missing or wrong); ``body`` the whole
    JSON answer."""

    def __init__(self, status: int, code: str, message: str, body: Optional[Dict[str, Any]] = None) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.body = body


class InvalidValue(AdminError):
    """A value the control plane refuses (400): a bad clock change, fault, bucket table or credential table."""


class NoSuchJob(AdminError):
    """No job has that id (404)."""


class TransitionRefused(AdminError):
    """The job lifecycle does not allow the move asked for (409 ``IllegalTransition``)."""
