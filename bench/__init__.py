"""Benchmarks: run `python -m bench` (all) or `python -m bench.bench_core` (one); figures go to BENCHMARKS.md."""
