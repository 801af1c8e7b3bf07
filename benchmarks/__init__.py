"""The benchmarks of `make bench` (see __main__)."""
