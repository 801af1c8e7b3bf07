"""Statistics: what an account sent and received, in total and per day (UTC).

Outbound counts the messages accepted and not cancelled (scheduled ones included) with their
price; inbound counts the replies received (`EmbeddedClickSend.receive_sms`), which cost
nothing here; nothing bounces on the embedded ClickSend, so bounced is always 0. Days are given
by the Unix time of their midnight, oldest first, under `stat` (the docs' sample) and `stats`.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import Any

from ._base import Call, Result, handles
from ._sending import currency

_DAY = 86_400


def _counts(count: int, price: Decimal = Decimal(0)) -> dict[str, Any]:
    return {"count": count, "price": float(price)}


def _statistics(call: Call, channel: str) -> dict[str, Any]:
    engine = call.engine
    sent = [m for m in engine.sent(call.me, channel) if m.status != "Cancelled"]
    received = [
        at for who, kind, at in engine.received if who == call.me.username and kind == channel
    ]
    days: dict[int, list[Any]] = defaultdict(lambda: [0, Decimal(0), 0])
    for message in sent:
        day = days[message.date - message.date % _DAY]
        day[0] += 1
        day[1] += message.price
    for at in received:
        days[at - at % _DAY][2] += 1
    stats = [
        {
            "date": date,
            "outbound": _counts(out, price),
            "inbound": _counts(inbound),
            "bounced": _counts(0),
        }
        for date, (out, price, inbound) in sorted(days.items())
    ]
    total_price = sum((m.price for m in sent), Decimal(0))
    return {
        "total": {
            "outbound": _counts(len(sent), total_price),
            "inbound": _counts(len(received)),
            "bounced": _counts(0),
        },
        "stat": stats,
        "stats": stats,
        "_currency": currency(call.me),
    }


@handles("statistics_sms")
def statistics_sms(call: Call) -> Result:
    """The account's SMS statistics."""
    return "Here are your data.", _statistics(call, "sms")


@handles("statistics_voice")
def statistics_voice(call: Call) -> Result:
    """The account's voice statistics."""
    return "Here are your data.", _statistics(call, "voice")
