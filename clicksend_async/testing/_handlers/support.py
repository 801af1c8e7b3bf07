"""Delivery issues, referrals and sender rules: the account's dealings with ClickSend itself.

- A delivery issue is kept as reported (`type`, `description`, `email_address` required; an
  email that does not look like one answers 400 BAD_REQUEST), unresolved, newest first.
- Referral accounts: no call of the API refers an account, so the list is empty until a test
  adds to `Account.records["referrals"]`.
- Compliant sender types, per recipient country (COMPLIANT_SENDERS; other countries allow every
  type): what a default sender may be for `filter[product_type]` SMS.
"""

from __future__ import annotations

from typing import Any, Final

from .._protocol import bad_request
from ._base import Call, Result, check_email, handles
from .crud import records

#: Recipient country -> (sender types allowed, sender types blocked).
COMPLIANT_SENDERS: Final[dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "AU": (("alpha_tag", "own_number", "dedicated_number", "shared_longcode"), ()),
    "US": (("10DLC", "toll_free", "shortcode"), ("alpha_tag", "shared_longcode")),
    "CA": (("dedicated_number", "toll_free", "shortcode"), ("alpha_tag",)),
    "GB": (("alpha_tag", "dedicated_number", "shared_longcode"), ()),
}
_EVERY: Final = ("alpha_tag", "own_number", "dedicated_number", "shared_longcode")


@handles("delivery_issues_create")
def delivery_issues_create(call: Call) -> Result:
    """Report a delivery issue."""
    values = call.fields()
    issues = records(call, "delivery_issues")
    issue_id = call.store.next_id("delivery_issue")
    issue = {
        "issue_id": issue_id,
        "user_id": call.me.user_id,
        "message_id": values.get("message_id"),
        "type": values["type"],
        "description": values["description"],
        "client_comments": values.get("client_comments"),
        "support_comments": None,
        "status": "Open",
        "date_added": call.now,
        "resolved": 0,
        "email_address": check_email("email_address", values["email_address"]),
    }
    issues[issue_id] = issue
    call.store.generation += 1
    return "Your delivery issue has been reported.", dict(issue)


@handles("delivery_issues_list")
def delivery_issues_list(call: Call) -> Result:
    """The delivery issues reported, newest first."""
    kept = list(reversed(records(call, "delivery_issues").values()))
    fields = tuple(kept[0]) if kept else ("issue_id",)
    return "Here are your delivery issues.", call.page(kept, dict, fields)


@handles("referral_list_accounts")
def referral_list_accounts(call: Call) -> Result:
    """The accounts the account referred."""
    kept = list(records(call, "referrals").values())
    fields = ("referral_rule_id", "refered_user_id", "date_referred", "percentage_referral")
    return "Here are your referred accounts.", call.page(kept, dict, fields)


@handles("senders_default_senders_compliant_sender_types")
def senders_default_senders_compliant_sender_types(call: Call) -> Result:
    """The sender types each recipient country allows (SMS only)."""
    product = call.first("filter[product_type]") or ""
    if product.upper() != "SMS":
        raise bad_request(
            f"filter[product_type] must be SMS, got {product[:20]!r}",
            {"filter[product_type]": ["Unknown product."]},
        )
    wanted = [v.upper() for k, v in call.query if k == "filter[country_code][]" and v.strip()]
    countries = wanted or list(COMPLIANT_SENDERS)
    shown: list[dict[str, Any]] = []
    for country in countries:
        allowed, blocked = COMPLIANT_SENDERS.get(country, (_EVERY, ()))
        shown.append(
            {
                "recipient_country_code": country,
                "blocked_sender_types": list(blocked),
                "allowed_sender_types": [
                    {
                        "sender_type": kind,
                        "allowed_sender_countries": {"global": False, "country_codes": [country]},
                    }
                    for kind in allowed
                ],
            }
        )
    return "Here are the sender types.", {"data": shown}
