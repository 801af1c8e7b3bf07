"""Code a user would write, type-checked by `make check` (mypy --strict): it is never run."""
