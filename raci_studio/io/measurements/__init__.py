"""Measurements from outside: CSV files in long form and MLflow tracking stores."""
