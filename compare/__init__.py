"""crosswire: compare how news outlets relay wire services and state media."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("crosswire")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+local"
