"""Benchmarks anyone can run: ``python -m bench``. Each figure is printed with its floor."""
