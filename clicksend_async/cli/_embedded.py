"""`clicksend embedded serve`: the embedded ClickSend on loopback, for trying things out."""

from __future__ import annotations

import click

from ._app import EXIT_USAGE

__all__ = ["embedded"]


@click.group()
def embedded() -> None:
    """The embedded ClickSend: a fake, in-memory ClickSend to try the commands against."""


@embedded.command(
    add_help_option=False,
    context_settings={"ignore_unknown_options": True, "allow_extra_args": True},
)
@click.argument("options", nargs=-1, type=click.UNPROCESSED)
def serve(options: tuple[str, ...]) -> None:
    """Serve it on 127.0.0.1 until Ctrl-C; prints the CLICKSEND_* settings to use.

    OPTIONS are those of `python -m clicksend_async.testing` (see `clicksend embedded serve
    -h`): --port (default 8765; 0 picks a free one), --account USER:KEY, --seed-contacts N,
    --latency-ms, --rate-limit, --fault-rate, --seed, --access-log.
    """
    try:
        import uvicorn  # noqa: F401 (only checked: the server needs it)
    except ImportError:
        click.echo(
            "error: serving the embedded ClickSend needs uvicorn: "
            "pip install 'clicksend-async[cli]'",
            err=True,
        )
        raise click.exceptions.Exit(EXIT_USAGE) from None
    from ..testing.__main__ import main as serve_main

    try:
        status = serve_main(list(options))
    except SystemExit as stop:  # argparse's own exits: -h (0) and bad options (2)
        status = stop.code if isinstance(stop.code, int) else EXIT_USAGE
    raise click.exceptions.Exit(status)
