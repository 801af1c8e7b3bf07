"""Fixed data of the embedded ClickSend: test accounts, currencies, countries, packages."""

from __future__ import annotations

from typing import Final

#: The API key of ClickSend's documented test accounts ("Testing" in the docs).
TEST_API_KEY: Final = "D83DED51-9E35-4D42-9BB9-0E34B7CA85AE"
#: The documented test accounts, by username: each answers one scenario of the docs.
TEST_ACCOUNTS: Final = ("nocredit", "notactive", "banned")

#: The account served when `EmbeddedClickSend(accounts=None)`.
DEFAULT_USERNAME: Final = "embedded"
DEFAULT_API_KEY: Final = "EMBEDDED-0000-4000-8000-API-KEY"
#: Credit of configured accounts (a decimal string, as ClickSend shows money).
DEFAULT_BALANCE: Final = "100.000000"
DEFAULT_COUNTRY: Final = "AU"

#: ISO 4217 code -> (symbol of the unit, symbol of the cent, long name, value of 1 unit in AUD).
CURRENCIES: Final[dict[str, tuple[str, str, str, str]]] = {
    "AUD": ("$", "c", "Australian Dollars", "1.00"),
    "USD": ("$", "¢", "US Dollars", "1.55"),
    "GBP": ("£", "p", "British Pounds", "1.95"),
    "EUR": ("€", "c", "Euros", "1.65"),
    "NZD": ("$", "c", "New Zealand Dollars", "0.92"),
    "CAD": ("$", "¢", "Canadian Dollars", "1.12"),
}
# The euro area.
_EURO_COUNTRIES: tuple[str, ...] = (
    *("AT", "BE", "CY", "DE", "EE", "ES", "FI", "FR", "GR", "HR", "IE", "IT", "LT"),
    *("LU", "LV", "MT", "NL", "PT", "SI", "SK"),
)
#: The currency an account of a country is billed in; USD for any other country.
COUNTRY_CURRENCY: Final[dict[str, str]] = {
    "AU": "AUD",
    "US": "USD",
    "GB": "GBP",
    "NZ": "NZD",
    "CA": "CAD",
    **dict.fromkeys(_EURO_COUNTRIES, "EUR"),
}


def currency_of(country: str) -> str:
    """The billing currency of a country code (USD when ClickSend has no local one)."""
    return COUNTRY_CURRENCY.get(country.upper(), "USD")


#: The recharge packages: (package_id, price in the account's currency, SMS included).
#: The per-unit prices of each package are derived from these (see `_handlers`).
PACKAGES: Final[tuple[tuple[int, str, int], ...]] = (
    (1, "20.00", 202),
    (2, "50.00", 543),
    (3, "100.00", 1176),
    (4, "250.00", 3125),
)

#: ISO 3166-1 alpha-2 codes and names, in code order (`GET /countries`).
COUNTRIES: Final[tuple[tuple[str, str], ...]] = tuple(
    (line[:2], line[3:])
    for line in """\
AD Andorra
AE United Arab Emirates
AF Afghanistan
AG Antigua and Barbuda
AI Anguilla
AL Albania
AM Armenia
AO Angola
AQ Antarctica
AR Argentina
AS American Samoa
AT Austria
AU Australia
AW Aruba
AX Aland Islands
AZ Azerbaijan
BA Bosnia and Herzegovina
BB Barbados
BD Bangladesh
BE Belgium
BF Burkina Faso
BG Bulgaria
BH Bahrain
BI Burundi
BJ Benin
BL Saint Barthelemy
BM Bermuda
BN Brunei Darussalam
BO Bolivia
BQ Bonaire, Sint Eustatius and Saba
BR Brazil
BS Bahamas
BT Bhutan
BV Bouvet Island
BW Botswana
BY Belarus
BZ Belize
CA Canada
CC Cocos (Keeling) Islands
CD Congo, Democratic Republic of the
CF Central African Republic
CG Congo
CH Switzerland
CI Cote d'Ivoire
CK Cook Islands
CL Chile
CM Cameroon
CN China
CO Colombia
CR Costa Rica
CU Cuba
CV Cabo Verde
CW Curacao
CX Christmas Island
CY Cyprus
CZ Czechia
DE Germany
DJ Djibouti
DK Denmark
DM Dominica
DO Dominican Republic
DZ Algeria
EC Ecuador
EE Estonia
EG Egypt
EH Western Sahara
ER Eritrea
ES Spain
ET Ethiopia
FI Finland
FJ Fiji
FK Falkland Islands (Malvinas)
FM Micronesia, Federated States of
FO Faroe Islands
FR France
GA Gabon
GB United Kingdom
GD Grenada
GE Georgia
GF French Guiana
GG Guernsey
GH Ghana
GI Gibraltar
GL Greenland
GM Gambia
GN Guinea
GP Guadeloupe
GQ Equatorial Guinea
GR Greece
GS South Georgia and the South Sandwich Islands
GT Guatemala
GU Guam
GW Guinea-Bissau
GY Guyana
HK Hong Kong
HM Heard Island and McDonald Islands
HN Honduras
HR Croatia
HT Haiti
HU Hungary
ID Indonesia
IE Ireland
IL Israel
IM Isle of Man
IN India
IO British Indian Ocean Territory
IQ Iraq
IR Iran
IS Iceland
IT Italy
JE Jersey
JM Jamaica
JO Jordan
JP Japan
KE Kenya
KG Kyrgyzstan
KH Cambodia
KI Kiribati
KM Comoros
KN Saint Kitts and Nevis
KP Korea, Democratic People's Republic of
KR Korea, Republic of
KW Kuwait
KY Cayman Islands
KZ Kazakhstan
LA Lao People's Democratic Republic
LB Lebanon
LC Saint Lucia
LI Liechtenstein
LK Sri Lanka
LR Liberia
LS Lesotho
LT Lithuania
LU Luxembourg
LV Latvia
LY Libya
MA Morocco
MC Monaco
MD Moldova
ME Montenegro
MF Saint Martin (French part)
MG Madagascar
MH Marshall Islands
MK North Macedonia
ML Mali
MM Myanmar
MN Mongolia
MO Macao
MP Northern Mariana Islands
MQ Martinique
MR Mauritania
MS Montserrat
MT Malta
MU Mauritius
MV Maldives
MW Malawi
MX Mexico
MY Malaysia
MZ Mozambique
NA Namibia
NC New Caledonia
NE Niger
NF Norfolk Island
NG Nigeria
NI Nicaragua
NL Netherlands
NO Norway
NP Nepal
NR Nauru
NU Niue
NZ New Zealand
OM Oman
PA Panama
PE Peru
PF French Polynesia
PG Papua New Guinea
PH Philippines
PK Pakistan
PL Poland
PM Saint Pierre and Miquelon
PN Pitcairn
PR Puerto Rico
PS Palestine, State of
PT Portugal
PW Palau
PY Paraguay
QA Qatar
RE Reunion
RO Romania
RS Serbia
RU Russian Federation
RW Rwanda
SA Saudi Arabia
SB Solomon Islands
SC Seychelles
SD Sudan
SE Sweden
SG Singapore
SH Saint Helena, Ascension and Tristan da Cunha
SI Slovenia
SJ Svalbard and Jan Mayen
SK Slovakia
SL Sierra Leone
SM San Marino
SN Senegal
SO Somalia
SR Suriname
SS South Sudan
ST Sao Tome and Principe
SV El Salvador
SX Sint Maarten (Dutch part)
SY Syrian Arab Republic
SZ Eswatini
TC Turks and Caicos Islands
TD Chad
TF French Southern Territories
TG Togo
TH Thailand
TJ Tajikistan
TK Tokelau
TL Timor-Leste
TM Turkmenistan
TN Tunisia
TO Tonga
TR Turkiye
TT Trinidad and Tobago
TV Tuvalu
TW Taiwan
TZ Tanzania, United Republic of
UA Ukraine
UG Uganda
UM United States Minor Outlying Islands
US United States
UY Uruguay
UZ Uzbekistan
VA Holy See
VC Saint Vincent and the Grenadines
VE Venezuela
VG Virgin Islands (British)
VI Virgin Islands (U.S.)
VN Viet Nam
VU Vanuatu
WF Wallis and Futuna
WS Samoa
YE Yemen
YT Mayotte
ZA South Africa
ZM Zambia
ZW Zimbabwe
""".splitlines()
)
COUNTRY_CODES: Final = frozenset(code for code, _ in COUNTRIES)

#: Names the preloaded contacts are made of.
FIRST_NAMES: Final = (
    "Ellen",
    "Jack",
    "Olivia",
    "Noah",
    "Amelia",
    "Liam",
    "Isla",
    "Oliver",
    "Mia",
    "William",
    "Ava",
    "James",
    "Grace",
    "Lucas",
    "Chloe",
    "Henry",
    "Zoe",
    "Thomas",
    "Ruby",
    "Leo",
)
LAST_NAMES: Final = (
    "Diaz",
    "Smith",
    "Jones",
    "Williams",
    "Brown",
    "Wilson",
    "Taylor",
    "Nguyen",
    "Johnson",
    "Martin",
    "White",
    "Anderson",
    "Walker",
    "Thompson",
    "Harris",
    "Lee",
    "Ryan",
    "Kelly",
    "King",
    "Wright",
)
