"""`python -m clicksend_async.cli`: the `clicksend` command."""

from . import main

main()
