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
from . import campaigns as _campaigns
from . import contacts as _contacts
from . import countries as _countries
from . import delivery_issues as _delivery_issues
from . import email as _email
from . import email_to_sms as _email_to_sms
from . import fax as _fax
from . import global_sending as _global_sending
from . import lists as _lists
from . import mms as _mms
from . import numbers as _numbers
from . import post as _post
from . import pricing as _pricing
from . import recharge as _recharge
from . import referral as _referral
from . import reseller as _reseller
from . import search as _search
from . import senders as _senders
from . import short_urls as _short_urls
from . import sms as _sms
from . import statistics as _statistics
from . import subaccounts as _subaccounts
from . import timezones as _timezones
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
        _numbers,
        _senders,
        _short_urls,
        _campaigns,
        _subaccounts,
        _statistics,
        _timezones,
        _search,
        _delivery_issues,
        _global_sending,
        _referral,
        _pricing,
        _reseller,
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
    numbers: _numbers.NumbersResource
    senders: _senders.SendersResource
    short_urls: _short_urls.ShortUrlsResource
    campaigns: _campaigns.CampaignsResource
    subaccounts: _subaccounts.SubaccountsResource
    statistics: _statistics.StatisticsResource
    timezones: _timezones.TimezonesResource
    search: _search.SearchResource
    delivery_issues: _delivery_issues.DeliveryIssuesResource
    global_sending: _global_sending.GlobalSendingResource
    referral: _referral.ReferralResource
    pricing: _pricing.PricingResource
    reseller: _reseller.ResellerResource

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
        self.numbers = _numbers.NumbersResource(client)
        self.senders = _senders.SendersResource(client)
        self.short_urls = _short_urls.ShortUrlsResource(client)
        self.campaigns = _campaigns.CampaignsResource(client)
        self.subaccounts = _subaccounts.SubaccountsResource(client)
        self.statistics = _statistics.StatisticsResource(client)
        self.timezones = _timezones.TimezonesResource(client)
        self.search = _search.SearchResource(client)
        self.delivery_issues = _delivery_issues.DeliveryIssuesResource(client)
        self.global_sending = _global_sending.GlobalSendingResource(client)
        self.referral = _referral.ReferralResource(client)
        self.pricing = _pricing.PricingResource(client)
        self.reseller = _reseller.ResellerResource(client)
