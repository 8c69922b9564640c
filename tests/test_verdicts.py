"""The shipped verdict model: its calibration is a monotone map that keeps decisions."""

from __future__ import annotations

import dataclasses

import numpy as np

from factcheck.verdicts import load


def test_calibration_keeps_the_order_of_confidences_and_stays_a_probability() -> None:
    model = dataclasses.replace(load(), calibration=(0.5, -0.3))
    p = np.array([1e-9, 0.1, 0.5, 0.9, 1.0])
    q = model.calibrate(p)
    assert np.all(np.diff(q) > 0) and np.all((q > 0) & (q < 1))
    assert q[3] < 0.9  # a slope under one pulls an overconfident 0.9 down


def test_identity_calibration_changes_nothing() -> None:
    model = dataclasses.replace(load(), calibration=(1.0, 0.0))
    p = np.linspace(0, 1, 11)
    assert np.array_equal(model.calibrate(p), p)


def test_the_shipped_model_reports_calibrated_products() -> None:
    model = load()
    x = np.zeros((3, len(model.same.mean)))
    x[1] = model.same.mean
    same, p = model.probabilities(x)
    raw = same * model.verdict.probability(x)
    assert np.allclose(p, model.calibrate(raw))
