"""The learned decision: are two claims one measure, which verdict holds, how sure are we?

Two logistic models over ``pairs.FEATURES``. The first gives the probability that two claims
are one measure; the second, the probability that the verdict DESIGN.md's definitions then
give the pair (from its times and values, ``pairs.verdicts``) is right. Two claims share a
measure, and so a relation, when the first says they more likely do than not; the relation's
confidence is the product, the probability that it is right. (Keeping only relations whose
product passes one half found no conflict at all on the test stories: a disagreement is the
least certain verdict, and a reviewer would rather see it with its low confidence than not.
A multinomial second model choosing among the verdicts the values allow scored worse held
out: log-loss 0.077 against 0.068 on the dev stories.)

Both are trained by ``python -m bench.accuracy.train`` on the dev stories, the seeds and the
judged FA-KES pairs, and ship as a small JSON file of coefficients (no pickle, nothing to trust
but numbers).
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
# Two claims are one measure when they more likely are than not: the Bayes decision for equal
# costs.
DECISION = 0.5
# Probabilities are kept this far from 0 and 1 before taking log-odds (float64 resolution).
_EDGE = 1e-12


@dataclass(frozen=True, eq=False)
class Logistic:
    """A standardised binary logistic regression, as scikit-learn fitted it."""

    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray  # (1, features)
    intercept: np.ndarray

    def scores(self, x: np.ndarray) -> np.ndarray:
        return ((x - self.mean) / self.scale) @ self.coef.T + self.intercept

    def probability(self, x: np.ndarray) -> np.ndarray:
        """P(positive) of a binary model."""
        return 1.0 / (1.0 + np.exp(-self.scores(x)[:, 0]))

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Logistic:
        return cls(
            mean=np.asarray(raw["mean"], dtype=np.float64),
            scale=np.asarray(raw["scale"], dtype=np.float64),
            coef=np.atleast_2d(np.asarray(raw["coef"], dtype=np.float64)),
            intercept=np.atleast_1d(np.asarray(raw["intercept"], dtype=np.float64)),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "mean": self.mean.round(6).tolist(),
            "scale": self.scale.round(6).tolist(),
            "coef": self.coef.round(6).tolist(),
            "intercept": self.intercept.round(6).tolist(),
        }


@dataclass(frozen=True, eq=False)
class VerdictModel:
    version: str
    same: Logistic  # P(one measure)
    verdict: Logistic  # P(the defined verdict is right | one measure)
    floor: float  # candidate similarity floor, learned with the model (see its JSON)
    # Platt scaling of the product (slope, intercept on its log-odds), fitted on held-out
    # stories' predictions: a story the model never saw is judged less surely than the ones
    # it was fitted on, and a confidence must mean that share right on unseen stories.
    calibration: tuple[float, float] = (1.0, 0.0)

    def probability(self, x: np.ndarray) -> np.ndarray:
        """P(the relation the definitions give each pair is right)."""
        return self.probabilities(x)[1]

    def probabilities(self, x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """P(one measure) and P(the relation is right): relating decides on the first and
        reports the second, so it reads both from one pass."""
        if x.shape[1] != len(FEATURES):
            raise ValueError(f"{x.shape[1]} features but the model has {len(FEATURES)}")
        same = self.same.probability(x)
        return same, self.calibrate(same * self.verdict.probability(x))

    def calibrate(self, p: np.ndarray) -> np.ndarray:
        """A raw probability as the share of such relations right on unseen stories."""
        slope, intercept = self.calibration
        if (slope, intercept) == (1.0, 0.0):
            return p
        q = np.clip(p, _EDGE, 1 - _EDGE)
        return 1.0 / (1.0 + np.exp(-(slope * np.log(q / (1 - q)) + intercept)))


def from_dict(raw: dict[str, Any]) -> VerdictModel:
    if tuple(raw["features"]) != FEATURES:
        raise ValueError("the verdict model was trained on other features: retrain it")
    return VerdictModel(
        version=str(raw["version"]),
        same=Logistic.from_dict(raw["same"]),
        verdict=Logistic.from_dict(raw["verdict"]),
        floor=float(raw["floor"]),
        calibration=tuple(raw.get("calibration", (1.0, 0.0))),  # type: ignore[arg-type]
    )


@cache
def version(path: Path = MODEL_PATH) -> str:
    """The shipped model's version, read without building it: a model left behind by a
    change of features must not stop the import of what retrains it."""
    return str(json.loads(path.read_text(encoding="utf-8"))["version"])


@cache
def load(path: Path = MODEL_PATH) -> VerdictModel:
    """The shipped model, read once (read-only afterwards)."""
    return from_dict(json.loads(path.read_text(encoding="utf-8")))
