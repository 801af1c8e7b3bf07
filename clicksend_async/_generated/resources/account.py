# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`ClickSend.account`: one method per operation of openapi.yaml.

Each method checks its arguments, then hands the operation's facts (the `Operation` constants
below, read from openapi.yaml) to the handwritten runtime, which sends, retries, maps errors and
unwraps the envelope's `data`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._operation import Arg, Operation, discard
from ..._resource import Resource
from ..._values import flag_number
from ..api.account import account_create as _account_create
from ..api.account import account_forgot_password as _account_forgot_password
from ..api.account import account_forgot_password_verify as _account_forgot_password_verify
from ..api.account import account_forgot_username as _account_forgot_username
from ..api.account import account_get as _account_get
from ..api.account import account_update as _account_update
from ..api.account import account_usage_by_subaccount as _account_usage_by_subaccount
from ..api.account import account_verify as _account_verify
from ..api.account import account_verify_send as _account_verify_send
from ..models import (
    Account,
    AccountCreate,
    AccountUpdate,
    AccountVerify,
    ForgotPassword,
    ForgotPasswordVerify,
    ForgotUsername,
    Usage,
    VerificationSent,
)

if TYPE_CHECKING:
    pass

_ACCOUNT_UPDATE: Operation[Account] = Operation(
    name="account_update",
    label="account.update",
    http="PUT /account",
    request=_account_update.request,
    parse=lambda payload: _account_update.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "username": Arg("body", (str,), required=True, min_length=1),
        "password": Arg("body", (str,), required=True, min_length=1),
        "user_email": Arg("body", (str,), required=True, min_length=1),
        "user_phone": Arg("body", (str,), required=True, min_length=1),
        "user_first_name": Arg("body", (str,), required=True),
        "user_last_name": Arg("body", (str,), required=True),
        "account_name": Arg("body", (str,), required=True),
        "country": Arg("body", (str,), required=True),
        "timezone": Arg("body", (str,), required=True, min_length=1),
        "private_uploads": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "setting_sms_hide_business_name": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "setting_sms_hide_your_number": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
    },
    body=AccountUpdate,
)
_ACCOUNT_CREATE: Operation[Account] = Operation(
    name="account_create",
    label="account.create",
    http="POST /account",
    request=_account_create.request,
    parse=lambda payload: _account_create.parse(payload).data,
    idempotent=False,
    requires_auth=False,
    args={
        "username": Arg("body", (str,), required=True),
        "password": Arg("body", (str,), required=True),
        "user_phone": Arg("body", (str,), required=True),
        "user_email": Arg("body", (str,), required=True),
        "user_first_name": Arg("body", (str,), required=True),
        "user_last_name": Arg("body", (str,), required=True),
        "account_name": Arg("body", (str,), required=True),
        "country": Arg("body", (str,), required=True),
    },
    body=AccountCreate,
)
_ACCOUNT_GET: Operation[Account] = Operation(
    name="account_get",
    label="account.get",
    http="GET /account",
    request=_account_get.request,
    parse=lambda payload: _account_get.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={},
)
_ACCOUNT_USAGE_BY_SUBACCOUNT: Operation[Usage] = Operation(
    name="account_usage_by_subaccount",
    label="account.usage_by_subaccount",
    http="GET /account/usage/{year}/{month}/subaccount",
    request=_account_usage_by_subaccount.request,
    parse=lambda payload: _account_usage_by_subaccount.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "year": Arg("path", (str,), required=True, pattern="^[0-9]{4}$"),
        "month": Arg("path", (str,), required=True, pattern="^(0?[1-9]|1[0-2])$"),
    },
)
_ACCOUNT_VERIFY_SEND: Operation[VerificationSent] = Operation(
    name="account_verify_send",
    label="account.send_verification",
    http="PUT /account-verify/send",
    request=_account_verify_send.request,
    parse=lambda payload: _account_verify_send.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "country": Arg("body", (str,), required=True),
        "user_phone": Arg("body", (str,), required=True),
        "type_": Arg("body", (str,), required=True, wire="type"),
    },
    body=AccountVerify,
)
_ACCOUNT_VERIFY: Operation[Account] = Operation(
    name="account_verify",
    label="account.verify",
    http="PUT /account-verify/verify/{activation_token}",
    request=_account_verify.request,
    parse=lambda payload: _account_verify.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "activation_token": Arg("path", (str,), required=True, pattern="^[0-9A-Za-z]+$"),
    },
)
_ACCOUNT_FORGOT_USERNAME: Operation[None] = Operation(
    name="account_forgot_username",
    label="account.forgot_username",
    http="PUT /forgot-username",
    request=_account_forgot_username.request,
    parse=lambda payload: discard(_account_forgot_username.parse(payload)),
    idempotent=False,
    requires_auth=False,
    args={
        "email": Arg("body", (str,)),
        "phone_number": Arg("body", (str,)),
        "country": Arg("body", (str,), pattern="^[A-Za-z]{2}$"),
    },
    body=ForgotUsername,
    at_least_one_of=(
        "email",
        "phone_number",
    ),
)
_ACCOUNT_FORGOT_PASSWORD: Operation[None] = Operation(
    name="account_forgot_password",
    label="account.forgot_password",
    http="PUT /forgot-password",
    request=_account_forgot_password.request,
    parse=lambda payload: discard(_account_forgot_password.parse(payload)),
    idempotent=False,
    requires_auth=False,
    args={
        "username": Arg("body", (str,), required=True),
    },
    body=ForgotPassword,
)
_ACCOUNT_FORGOT_PASSWORD_VERIFY: Operation[None] = Operation(
    name="account_forgot_password_verify",
    label="account.verify_forgot_password",
    http="PUT /forgot-password/verify",
    request=_account_forgot_password_verify.request,
    parse=lambda payload: discard(_account_forgot_password_verify.parse(payload)),
    idempotent=False,
    requires_auth=False,
    args={
        "subaccount_id": Arg("body", (int,), required=True),
        "activation_token": Arg("body", (str,), required=True),
        "password": Arg("body", (str,), required=True),
    },
    body=ForgotPasswordVerify,
)


class AccountResource(Resource):
    """Everything about Accounts"""

    async def update(
        self,
        *,
        username: str,
        password: str,
        user_email: str,
        user_phone: str,
        user_first_name: str,
        user_last_name: str,
        account_name: str,
        country: str,
        timezone: str,
        private_uploads: bool | None = None,
        setting_sms_hide_business_name: bool | None = None,
        setting_sms_hide_your_number: bool | None = None,
    ) -> Account:
        """Update the account.

        `PUT /account`: Change the account's details and settings: login name, password, owner,
        contact details, country, timezone, and the private-uploads and SMS sender-display
        settings. Only the apiary documentation describes this call (no official SDK has it).

        Args:
            username: Your username
            password: Your password
            user_email: Your email
            user_phone: Your phone number in E.164 format.
            user_first_name: Your first name
            user_last_name: Your last name
            account_name: Name of the account, usually the company name.
            country: Your country (two-letter code).
            timezone: Timezone name, e.g. Australia/Melbourne (see `timezones.list`).
            private_uploads: Keep the files uploaded from the account private.
            setting_sms_hide_business_name: Hide the business name in SMS.
            setting_sms_hide_your_number: Hide your number in SMS.

        Returns:
            The updated account.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _ACCOUNT_UPDATE,
            {
                "username": username,
                "password": password,
                "user_email": user_email,
                "user_phone": user_phone,
                "user_first_name": user_first_name,
                "user_last_name": user_last_name,
                "account_name": account_name,
                "country": country,
                "timezone": timezone,
                "private_uploads": private_uploads,
                "setting_sms_hide_business_name": setting_sms_hide_business_name,
                "setting_sms_hide_your_number": setting_sms_hide_your_number,
            },
        )

    async def create(
        self,
        *,
        username: str,
        password: str,
        user_phone: str,
        user_email: str,
        user_first_name: str,
        user_last_name: str,
        account_name: str,
        country: str,
    ) -> Account:
        """Create a new account.

        `POST /account`: In order to create an account you will need to sign up with use the
        following endpoint to make an account or by using the dashboard. After your account has
        been registered you will need to call the account-verify/send endpoint to send a code to
        the phone you registered your account with. Finally, you will need to input that code by
        using the account-verify/verify endpoint.

        Args:
            username: Your username
            password: Your password
            user_phone: Your phone number in E.164 format.
            user_email: Your email
            user_first_name: Your first name
            user_last_name: Your last name
            account_name: Your delivery to value.
            country: Your country

        Returns:
            The account was created.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _ACCOUNT_CREATE,
            {
                "username": username,
                "password": password,
                "user_phone": user_phone,
                "user_email": user_email,
                "user_first_name": user_first_name,
                "user_last_name": user_last_name,
                "account_name": account_name,
                "country": country,
            },
        )

    async def get(
        self,
    ) -> Account:
        """Get account information.

        `GET /account`: Get account details

        Returns:
            The account of the credentials used.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(_ACCOUNT_GET, {})

    async def usage_by_subaccount(
        self,
        year: str,
        month: str,
    ) -> Usage:
        """Get account usage.

        `GET /account/usage/{year}/{month}/subaccount`: Get account usage statistics grouped by
        subaccount.

        Args:
            year: Your account usage year. Example: 2019
            month: Your account usage month. Example: 4

        Returns:
            Usage of the month, per channel and subaccount.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _ACCOUNT_USAGE_BY_SUBACCOUNT,
            {
                "year": year,
                "month": month,
            },
        )

    async def send_verification(
        self,
        *,
        country: str,
        user_phone: str,
        type_: str,
    ) -> VerificationSent:
        """Send account activation token.

        `PUT /account-verify/send`: Send a verification code to the phone the account was
        registered with.

        Args:
            country: Two-letter country code (ISO3166)
            user_phone: User's phone number
            type_: Type of verification, e.g. sms.

        Returns:
            The verification code was sent.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _ACCOUNT_VERIFY_SEND,
            {
                "country": country,
                "user_phone": user_phone,
                "type_": type_,
            },
        )

    async def verify(
        self,
        activation_token: str,
    ) -> Account:
        """Verify new account.

        `PUT /account-verify/verify/{activation_token}`: Verify a new account with the code sent
        by account-verify/send.

        Args:
            activation_token: The verification code sent to the account's phone.

        Returns:
            The account is verified.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _ACCOUNT_VERIFY,
            {
                "activation_token": activation_token,
            },
        )

    async def forgot_username(
        self,
        *,
        email: str | None = None,
        phone_number: str | None = None,
        country: str | None = None,
    ) -> None:
        """Forgot username.

        `PUT /forgot-username`: Requires the user to pass either the email registered to an
        account or the phone number, not both.

        Args:
            email: Email belonging to account
            phone_number: Phone belonging to account
            country: Two-letter country code (ISO3166) of a phone number in local format.

        Returns:
            An email with the username was sent.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _ACCOUNT_FORGOT_USERNAME,
            {
                "email": email,
                "phone_number": phone_number,
                "country": country,
            },
        )

    async def forgot_password(
        self,
        *,
        username: str,
    ) -> None:
        """Forgot password.

        `PUT /forgot-password`: A user can send their username to this endpoint to be sent an
        email with their registered email address that will have a verification code. Once you
        have this verification email containing the code you can send it to the forgot-
        password/verify endpoint along with a new password and the ID of that subaccount. Ask
        your administrator if you do not know your subaccount id.

        Args:
            username: Username belonging to account

        Returns:
            An email with a verification code was sent.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _ACCOUNT_FORGOT_PASSWORD,
            {
                "username": username,
            },
        )

    async def verify_forgot_password(
        self,
        *,
        subaccount_id: int,
        activation_token: str,
        password: str,
    ) -> None:
        """Verify forgotten password.

        `PUT /forgot-password/verify`: Set a new password with the code sent by forgot-password.

        Args:
            subaccount_id: ID of subaccount
            activation_token: Activation token (a one-time code).
            password: Password

        Returns:
            The password was changed.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _ACCOUNT_FORGOT_PASSWORD_VERIFY,
            {
                "subaccount_id": subaccount_id,
                "activation_token": activation_token,
                "password": password,
            },
        )
