"""CS Desktop core: the offline store, domain model and services. Runs without a display."""

# The single source of the version (pyproject reads it): a constant, because asking
# importlib.metadata costs ~35 ms at every start.
__version__ = "0.1.0"
