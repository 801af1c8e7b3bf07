"""`clicksend`: ClickSend from a terminal (the `cli` extra: `pip install clicksend-async[cli]`).

    $ export CLICKSEND_USERNAME=me CLICKSEND_API_KEY=...
    $ clicksend account
    $ clicksend contacts export 42 -o contacts.csv
    $ clicksend contacts import 43 contacts.csv      # failures go to contacts.failed.csv
    $ clicksend --json lists

Credentials and the base URL come from `--username`, `--api-key`, `--base-url`, else
`CLICKSEND_USERNAME`, `CLICKSEND_API_KEY`, `CLICKSEND_BASE_URL` (as `ClickSend` reads them).
`--json` prints machine-readable output instead of tables. Exit status: 0 success, 1 when
ClickSend refused something or could not be reached (its `response_code` and message are
printed), 2 for bad usage or bad input. No API key is ever printed.

`cli` is the click group (to embed or to drive with `click.testing.CliRunner`); `main` is the
console script.
"""

try:
    import click as _click  # noqa: F401 (checked here to say which extra is missing)
    import rich as _rich  # noqa: F401
except ImportError as _missing:  # pragma: no cover - depends on the installed extras
    raise ImportError(
        f"the clicksend command line needs click and rich ({_missing.name} is missing): "
        "pip install 'clicksend-async[cli]'"
    ) from _missing

from . import _account, _contacts, _embedded, _sms
from . import _send_many as _send_many  # registers `sms send-many` on the sms group
from ._app import Settings, cli

__all__ = ["Settings", "cli", "main"]

for _command in (
    _account.account,
    _account.lists,
    _contacts.contacts,
    _sms.sms,
    _embedded.embedded,
):
    cli.add_command(_command)


def main(argv: list[str] | None = None) -> None:
    """Run the `clicksend` console script (exits with the command's status).

    Args:
        argv: The arguments; default `sys.argv[1:]`.
    """
    cli.main(args=argv, prog_name="clicksend")
