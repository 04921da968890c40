"""Latent account health and the leading indicators sampled from it.

Each sample account has a hidden health that drifts week by week (a mean-reverting random walk
around the account's own level). Renewal outcomes and satisfaction pulses are drawn from it.
The *predictive* indicators follow it plus noise; the others are pure noise, independent of
any outcome. ``INDICATORS`` says which is which, so that indicator validation against past
renewals can be tested: it must find the first kind and reject the second.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

OUTCOMES, USAGE, COMMUNICATION = "outcomes", "usage", "communication"

# Weekly drift of the latent health: persistence, step noise, spread of account levels.
_PERSISTENCE = 0.96
_STEP = 0.18
_LEVEL_MEAN, _LEVEL_SD = 0.35, 0.7


@dataclass(frozen=True)
class IndicatorSpec:
    """A leading indicator of the sample portfolio.

    Attributes:
        key: ``health_sample.indicator_key``.
        group: outcomes, usage or communication.
        predictive: whether the generator made it follow the latent health that drives renewal
            outcomes (True) or drew it as noise unrelated to them (False).
    """

    key: str
    group: str
    predictive: bool


INDICATORS: tuple[IndicatorSpec, ...] = (
    IndicatorSpec("goal_achievement_rate", OUTCOMES, True),
    IndicatorSpec("roi", OUTCOMES, True),
    IndicatorSpec("login_rate", USAGE, True),
    IndicatorSpec("feature_adoption", USAGE, True),
    IndicatorSpec("inquiry_count", USAGE, False),
    IndicatorSpec("question_response_rate", COMMUNICATION, True),
    IndicatorSpec("feedback_rate", COMMUNICATION, False),
    IndicatorSpec("event_participation", COMMUNICATION, False),
)
INDICATOR_KEYS: tuple[str, ...] = tuple(spec.key for spec in INDICATORS)


def sigmoid(x: np.ndarray) -> np.ndarray:
    result: np.ndarray = 1.0 / (1.0 + np.exp(-x))
    return result


def latent_health(rng: np.random.Generator, accounts: int, weeks: int) -> np.ndarray:
    """Weekly latent health, shape (accounts, weeks); about N(0.35, 0.9) across the portfolio."""
    level = rng.normal(_LEVEL_MEAN, _LEVEL_SD, accounts)
    stationary_sd = _STEP / np.sqrt(1 - _PERSISTENCE**2)
    steps = rng.normal(0.0, _STEP, (accounts, weeks))
    health = np.empty((accounts, weeks))
    health[:, 0] = level + rng.normal(0.0, stationary_sd, accounts)
    for week in range(1, weeks):
        health[:, week] = level + _PERSISTENCE * (health[:, week - 1] - level) + steps[:, week]
    return health


def indicator_values(
    rng: np.random.Generator, health: np.ndarray, age_years: np.ndarray, inquiry_level: np.ndarray
) -> np.ndarray:
    """Indicator values, shape (accounts, len(INDICATORS), weeks), in ``INDICATORS`` order.

    Args:
        rng: the seeded generator.
        health: latent health over the sampled weeks, (accounts, weeks).
        age_years: account age at each sampled week, (accounts, weeks); adoption grows with it.
        inquiry_level: mean weekly inquiries per account (bigger customers ask more), (accounts,).
    """
    n, weeks = health.shape
    shape = (n, weeks)

    def rate(centre: float, slope: float, noise: float) -> np.ndarray:
        noisy = sigmoid(centre + slope * health) + rng.normal(0, noise, shape)
        result: np.ndarray = np.clip(noisy, 0.0, 1.0)
        return result

    def account_noise(a: float, b: float, noise: float) -> np.ndarray:
        # Each account has its own level, but level and week-to-week noise ignore health.
        base = np.asarray(rng.beta(a, b, n))[:, None]
        result: np.ndarray = np.clip(base + rng.normal(0, noise, shape), 0.0, 1.0)
        return result

    ramp = np.minimum(age_years, 2.0)
    values = np.stack(
        [
            rate(-0.2, 1.3, 0.07),  # goal_achievement_rate
            np.maximum(0.0, 1.1 + 0.8 * health + rng.normal(0, 0.25, shape)),  # roi
            rate(0.4, 1.4, 0.06),  # login_rate
            np.clip(sigmoid(-1.0 + 1.2 * health + 0.9 * ramp) + rng.normal(0, 0.05, shape), 0, 1),
            rng.poisson(inquiry_level[:, None], shape).astype(np.float64),  # inquiry_count
            rate(0.8, 1.1, 0.08),  # question_response_rate
            account_noise(2.0, 5.0, 0.08),  # feedback_rate
            account_noise(1.5, 4.0, 0.1),  # event_participation
        ],
        axis=1,
    )
    return np.round(values, 3)
