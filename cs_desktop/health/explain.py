"""Why did the score move: each indicator's contribution to the change between two days."""

from __future__ import annotations

from datetime import date

from cs_desktop.health.dto import AccountHealthDetail, ChangeExplanation, Contribution


def explain_change(
    detail: AccountHealthDetail, from_date: date, to_date: date
) -> ChangeExplanation:
    """Split the score change from ``from_date`` to ``to_date`` into per-indicator parts.

    The score is ``S = sum(share_i * points_i)`` with shares summing to 1 on any scored day, so
    ``S2 - S1 = sum(share2_i * (points2_i - S1) - share1_i * (points1_i - S1))`` exactly. Each
    term is one indicator's contribution: the points it gained at constant weight, or, when it
    appeared, went missing or was reweighted by a stage change, how far above or below the old
    score it pulled. Largest moves come first.

    Raises:
        ValueError: a date is outside the detail's trajectory.
    """
    from_score, to_score = detail.score_on(from_date), detail.score_on(to_date)
    if from_score is None or to_score is None:
        return ChangeExplanation(from_date, to_date, from_score, to_score, ())
    parts = []
    for old, new in zip(detail.readings_on(from_date), detail.readings_on(to_date), strict=True):
        before = 0.0 if old.points is None else old.share * (old.points - from_score)
        after = 0.0 if new.points is None else new.share * (new.points - from_score)
        if old.share == 0 and new.share == 0:
            continue
        parts.append(
            Contribution(
                old.key,
                old.group,
                old.value,
                new.value,
                old.points,
                new.points,
                old.share,
                new.share,
                after - before,
            )
        )
    parts.sort(key=lambda part: -abs(part.change))
    return ChangeExplanation(from_date, to_date, from_score, to_score, tuple(parts))
