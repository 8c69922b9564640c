"""The learned decision: is a pair's verdict right, and how sure are we?

Two logistic models over ``pairs.FEATURES``: one gives the probability that two claims are one
measure, the other the probability that the verdict DESIGN.md's definitions then give (from
their times and values) is right; their product is the probability the relation is right. It is trained by ``python -m
bench.accuracy.train`` on the dev stories, the seeds and the judged FA-KES pairs, and ships as
a small JSON file of coefficients (no pickle, nothing to trust but numbers). A relation is kept
when it is more likely right than wrong; its confidence is that probability.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from .pairs import FEATURES

MODEL_PATH = Path(__file__).parent / "data" / "verdict_model.json"
# Keep a relation when it is more likely right than wrong: the Bayes decision for equal costs.
DECISION = 0.5


@dataclass(frozen=True, eq=False)
class Logistic:
    """One standardised logistic regression, as scikit-learn fitted it."""

    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float

    def probability(self, x: np.ndarray) -> np.ndarray:
        z = ((x - self.mean) / self.scale) @ self.coef + self.intercept
        return 1.0 / (1.0 + np.exp(-z))

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Logistic:
        return cls(
            mean=np.asarray(raw["mean"], dtype=np.float64),
            scale=np.asarray(raw["scale"], dtype=np.float64),
            coef=np.asarray(raw["coef"], dtype=np.float64),
            intercept=float(raw["intercept"]),
        )


@dataclass(frozen=True, eq=False)
class VerdictModel:
    version: str
    same: Logistic  # P(one measure)
    verdict: Logistic  # P(the defined verdict is right | one measure)
    floor: float  # candidate similarity floor, learned with the model (see its JSON)

    def probability(self, x: np.ndarray) -> np.ndarray:
        if x.shape[1] != len(FEATURES):
            raise ValueError(f"{x.shape[1]} features but the model has {len(FEATURES)}")
        return self.same.probability(x) * self.verdict.probability(x)


def from_dict(raw: dict[str, Any]) -> VerdictModel:
    if tuple(raw["features"]) != FEATURES:
        raise ValueError("the verdict model was trained on other features: retrain it")
    return VerdictModel(
        version=str(raw["version"]),
        same=Logistic.from_dict(raw["same"]),
        verdict=Logistic.from_dict(raw["verdict"]),
        floor=float(raw["floor"]),
    )


@cache
def load(path: Path = MODEL_PATH) -> VerdictModel:
    """The shipped model, read once (read-only afterwards)."""
    return from_dict(json.loads(path.read_text(encoding="utf-8")))
