"""The package version, read by the build backend (hatch) and exposed as `__version__`."""

__version__ = "0.1.0"
