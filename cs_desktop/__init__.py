"""CS Desktop core: the offline store, domain model and services. Runs without a display."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("cs-desktop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
