"""Scoring policies (weights, bands, tolerances) loaded from resources/policies/*.json."""

import json
from decimal import Decimal
from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict

from ..model.decimals import Dec
from ..resources import resource


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class GradeBand(_Frozen):
    grade: str
    min: Dec


class TierBand(_Frozen):
    min: Dec
    max: Dec
    max_inclusive: bool

    def contains(self, fraction: Decimal) -> bool:
        if fraction < self.min:
            return False
        return fraction <= self.max if self.max_inclusive else fraction < self.max


class Policy(_Frozen):
    id: str
    name: str
    execution_denominator: Literal["annual", "initial"]
    total_weight: Dec
    weights: dict[str, Dec]
    grades: tuple[GradeBand, ...]
    tiers: dict[str, TierBand]
    execution_low: Dec
    overshoot: Dec
    score_tolerance: Dec
    year_range: tuple[int, int]
    phone_digits: tuple[int, int]

    def grade(self, total_score: Decimal) -> str:
        for band in sorted(self.grades, key=lambda b: b.min, reverse=True):
            if total_score >= band.min:
                return band.grade
        return self.grades[-1].grade


class UnknownPolicy(KeyError):
    """No policy file with that id."""


def policy_ids() -> list[str]:
    return sorted(p.stem for p in resource("policies").glob("*.json"))


@cache
def load_policy(policy_id: str) -> Policy:
    path = resource("policies", f"{policy_id}.json")
    if policy_id not in policy_ids():
        raise UnknownPolicy(policy_id)
    return Policy.model_validate(json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal))
