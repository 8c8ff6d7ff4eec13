"""Policies, number reading, scoring and checks: pure functions over the bundle model."""
