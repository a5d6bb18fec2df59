"""Test data shared by the tests and the benchmarks (never part of the product)."""
