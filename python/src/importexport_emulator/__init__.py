"""Run the AWS Import/Export emulator from Python: :class:`ImportExportEmulator` starts the jar (bundled in the
wheel, or given), :class:`EmulatorAdmin` drives its control plane, and the pytest plugin offers both as fixtures."""

from .admin import EmulatorAdmin
from .emulator import ImportExportEmulator, find_jar, options, replay
from .errors import AdminError, EmulatorError, EmulatorStartError, InvalidValue, NoSuchJob, TransitionRefused

__all__ = ["AdminError", "EmulatorAdmin", "EmulatorError", "EmulatorStartError", "ImportExportEmulator", "InvalidValue",
           "NoSuchJob", "TransitionRefused", "find_jar", "options", "replay"]
__version__ = "0.1.0"
