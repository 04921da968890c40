"""The sample portfolio: a realistic, deterministic book of business for demos and benchmarks.

``cs-desktop demo`` calls :func:`generate_portfolio`. Leading indicators are generated so that
some predict renewal outcomes and others do not; ``INDICATORS`` records which, so indicator
validation can be checked against the truth.
"""

from cs_desktop.demo.generator import (
    BATCH_ACCOUNTS,
    DemoSummary,
    GenerationCancelled,
    generate_portfolio,
)
from cs_desktop.demo.indicators import INDICATORS, IndicatorSpec

__all__ = [
    "BATCH_ACCOUNTS",
    "INDICATORS",
    "DemoSummary",
    "GenerationCancelled",
    "IndicatorSpec",
    "generate_portfolio",
]
