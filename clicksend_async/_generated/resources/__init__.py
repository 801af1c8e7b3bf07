# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""The resources of `ClickSend`: one module per top-level resource of openapi.yaml.

`Resources` is the base of `ClickSend`: one attribute per top-level resource. `OPERATIONS` is
every operation's facts, in openapi.yaml's order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._operation import Operation
from ..._sending import Mms, Sms
from ..._uploads import Uploads
from . import account as _account
from . import automations as _automations
from . import contacts as _contacts
from . import countries as _countries
from . import email as _email
from . import email_to_sms as _email_to_sms
from . import fax as _fax
from . import lists as _lists
from . import mms as _mms
from . import post as _post
from . import recharge as _recharge
from . import sms as _sms
from . import uploads as _uploads
from . import voice as _voice

if TYPE_CHECKING:
    from ..._client import ClickSend

OPERATIONS: tuple[Operation[object], ...] = tuple(
    value
    for module in (
        _account,
        _recharge,
        _contacts,
        _lists,
        _countries,
        _email_to_sms,
        _sms,
        _mms,
        _voice,
        _fax,
        _uploads,
        _post,
        _email,
        _automations,
    )
    for value in vars(module).values()
    if isinstance(value, Operation)
)


class Resources:
    """The resource attributes of `ClickSend`, one per top-level resource of openapi.yaml."""

    account: _account.AccountResource
    recharge: _recharge.RechargeResource
    contacts: _contacts.ContactsResource
    lists: _lists.ListsResource
    countries: _countries.CountriesResource
    email_to_sms: _email_to_sms.EmailToSmsResource
    sms: Sms
    mms: Mms
    voice: _voice.VoiceResource
    fax: _fax.FaxResource
    uploads: Uploads
    post: _post.PostResource
    email: _email.EmailResource
    automations: _automations.AutomationsResource

    def __init__(self, client: ClickSend) -> None:
        self.account = _account.AccountResource(client)
        self.recharge = _recharge.RechargeResource(client)
        self.contacts = _contacts.ContactsResource(client)
        self.lists = _lists.ListsResource(client)
        self.countries = _countries.CountriesResource(client)
        self.email_to_sms = _email_to_sms.EmailToSmsResource(client)
        self.sms = Sms(client)
        self.mms = Mms(client)
        self.voice = _voice.VoiceResource(client)
        self.fax = _fax.FaxResource(client)
        self.uploads = Uploads(client)
        self.post = _post.PostResource(client)
        self.email = _email.EmailResource(client)
        self.automations = _automations.AutomationsResource(client)
