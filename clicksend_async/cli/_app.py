"""The `clicksend` group: global options, how a command reaches ClickSend, exit statuses."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any, NoReturn, TypeVar

import anyio
import attrs
import click
import httpx

from .._client import DEFAULT_CONNECTION_LIMITS, ClickSend
from .._exceptions import APIStatusError, ClickSendError
from .._version import __version__
from ._output import Output, safe_view

__all__ = ["EXIT_OK", "EXIT_REFUSED", "EXIT_USAGE", "Settings", "cli", "json_option"]

T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Any])

#: Exit statuses: success; ClickSend refused (or could not be reached); bad usage or input.
EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2


@attrs.define
class Settings:
    """How a command reaches ClickSend: the global options, else the environment.

    Attributes:
        username: API username; None reads `CLICKSEND_USERNAME`.
        api_key: API key; None reads `CLICKSEND_API_KEY`. Never printed.
        base_url: None reads `CLICKSEND_BASE_URL`, else ClickSend's own.
        as_json: Print JSON instead of tables.
        transport: An httpx transport to send through instead of the network, e.g. an
            `EmbeddedClickSend().transport()`: pass `obj=Settings(transport=...)` to
            `CliRunner.invoke` to run the commands in-process.
    """

    username: str | None = None
    api_key: str | None = attrs.field(default=None, repr=False)
    base_url: str | None = None
    as_json: bool = False
    transport: httpx.AsyncBaseTransport | None = None

    @property
    def output(self) -> Output:
        """Where the command prints."""
        return Output(self.as_json)

    @asynccontextmanager
    async def connect(self) -> AsyncIterator[ClickSend]:
        """An open `ClickSend`, checked to have credentials before anything is sent.

        Raises:
            click.UsageError: No credentials, or a bad base URL.
        """
        username = self.username or os.environ.get("CLICKSEND_USERNAME") or None
        api_key = self.api_key or os.environ.get("CLICKSEND_API_KEY") or None
        if username is None or api_key is None:
            raise click.UsageError(
                "no ClickSend credentials: set CLICKSEND_USERNAME and CLICKSEND_API_KEY "
                "(or pass --username and --api-key)"
            )
        http = (
            httpx.AsyncClient(transport=self.transport, limits=DEFAULT_CONNECTION_LIMITS)
            if self.transport is not None
            else None
        )
        try:
            try:
                client = ClickSend(username, api_key, base_url=self.base_url, http_client=http)
            except ValueError as error:
                raise click.UsageError(str(error)) from None
            async with client as cs:
                yield cs
        finally:
            if http is not None:
                await http.aclose()

    def run(self, work: Callable[[ClickSend], Awaitable[T]]) -> T:
        """Run `work` with an open client; map what went wrong to a message and an exit status.

        ClickSend's refusals and unreachable servers exit 1 with ClickSend's `response_code`
        and message; arguments the SDK refuses before sending exit 2.
        """

        async def session() -> T:
            async with self.connect() as cs:
                return await work(cs)

        try:
            return anyio.run(session)
        except BaseExceptionGroup as group:  # a task group's wrapping of one failure
            raise _single(group) from None
        except ClickSendError as error:
            self.fail(error)
        except (ValueError, TypeError) as error:
            self.usage(str(error))

    def fail(self, error: ClickSendError) -> NoReturn:
        """Print why ClickSend did not do it (JSON with `--json`), and exit 1."""
        info: dict[str, Any] = {"error": type(error).__name__, "message": str(error)}
        if isinstance(error, APIStatusError):
            info.update(
                status_code=error.status_code,
                response_code=error.response_code,
                response_msg=error.response_msg,
            )
        if getattr(error, "outcome_unknown", False):
            info["outcome_unknown"] = True
        if self.as_json:
            self.output.json({"error": safe_view(info)})
        else:
            click.echo(f"error: {error}", err=True)
        raise click.exceptions.Exit(EXIT_REFUSED)

    def usage(self, message: str) -> NoReturn:
        """Print a bad-usage or bad-input message, and exit 2."""
        if self.as_json:
            self.output.json({"error": "UsageError", "message": message})
        else:
            click.echo(f"error: {message}", err=True)
        raise click.exceptions.Exit(EXIT_USAGE)


def _single(group: BaseExceptionGroup[BaseException]) -> BaseException:
    errors = group.exceptions
    while len(errors) == 1 and isinstance(errors[0], BaseExceptionGroup):
        errors = errors[0].exceptions
    return errors[0] if len(errors) == 1 else group


def _set_json(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value:
        ctx.ensure_object(Settings).as_json = True


def json_option(command: F) -> F:
    """`--json` on a command as well as on the group: `clicksend account --json` works too."""
    return click.option(
        "--json",
        "as_json",
        is_flag=True,
        expose_value=False,
        callback=_set_json,
        help="Print JSON instead of tables.",
    )(command)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--username", metavar="NAME", help="API username [env: CLICKSEND_USERNAME].")
@click.option(
    "--api-key",
    metavar="KEY",
    help="API key [env: CLICKSEND_API_KEY; better: other users may see a flag in ps].",
)
@click.option("--base-url", metavar="URL", help="API base URL [env: CLICKSEND_BASE_URL].")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of tables.")
@click.version_option(__version__, prog_name="clicksend")
@click.pass_context
def cli(
    ctx: click.Context,
    username: str | None,
    api_key: str | None,
    base_url: str | None,
    as_json: bool,
) -> None:
    """ClickSend from a terminal: send SMS, read history, export and import contacts.

    Exit status: 0 success, 1 ClickSend refused it (or could not be reached), 2 bad usage.
    """
    settings = ctx.ensure_object(Settings)
    settings.username = username or settings.username
    settings.api_key = api_key or settings.api_key
    settings.base_url = base_url or settings.base_url
    settings.as_json = as_json or settings.as_json
