"""Account health: scorecards, daily scores and their explanation, early warnings, outcomes.

Import the submodules lazily (``from cs_desktop.health.service import ...`` inside the function
that needs them): they use numpy, and start-up must not pay for it. The typed entry points the
workspace calls from a worker thread are in :mod:`cs_desktop.health.service`.
"""
