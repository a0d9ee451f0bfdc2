"""RACI Studio: plan machine-learning projects — scope, lifecycle, RACI and metrics."""

__version__ = "0.1.0"
