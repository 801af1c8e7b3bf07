"""`sms_parts`: encoding, characters and parts exactly as ClickSend counts them."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clicksend_async import SmsParts, sms_parts

GSM_EXTENSION = "^{}\\[~]|€\f"


@pytest.mark.parametrize(
    ("body", "encoding", "characters", "parts"),
    [
        ("", "GSM-7", 0, 0),
        ("a", "GSM-7", 1, 1),
        ("a" * 160, "GSM-7", 160, 1),
        ("a" * 161, "GSM-7", 161, 2),
        ("a" * 306, "GSM-7", 306, 2),  # 2 x 153
        ("a" * 307, "GSM-7", 307, 3),
        ("a" * 459, "GSM-7", 459, 3),  # 3 x 153
        ("a" * 460, "GSM-7", 460, 4),
        ("€" * 80, "GSM-7", 160, 1),  # extension characters count twice
        ("€" * 80 + "a", "GSM-7", 161, 2),
        ("a" * 159 + "[", "GSM-7", 161, 2),
        ("Ça coûte 5 €? @£$¥ èéùìò ÄÖÑÜ§ ¿äöñüà ΔΦΓΛΩΠΨΣΘΞ", "UCS-2", 48, 1),  # û is not GSM
        ("Ça va? @£$¥ èéùìò ÄÖÑÜ§ ¿äöñüà ΔΦΓΛΩΠΨΣΘΞ", "GSM-7", 41, 1),
        ("ж" * 70, "UCS-2", 70, 1),
        ("ж" * 71, "UCS-2", 71, 2),
        ("ж" * 134, "UCS-2", 134, 2),  # 2 x 67
        ("ж" * 135, "UCS-2", 135, 3),
        ("😀" * 35, "UCS-2", 70, 1),  # an emoji is two UTF-16 units
        ("😀" * 35 + "a", "UCS-2", 71, 2),
        ("a" * 160 + "😀", "UCS-2", 162, 3),  # one emoji turns the whole message UCS-2
    ],
)
def test_boundaries_extension_characters_and_emoji(
    body: str, encoding: str, characters: int, parts: int
) -> None:
    counted = sms_parts(body)
    assert (counted.encoding, counted.characters, counted.parts) == (encoding, characters, parts)


def test_per_part_and_remaining_say_what_still_fits() -> None:
    assert sms_parts("a" * 150) == SmsParts("GSM-7", 150, 1, 160, 10)
    assert sms_parts("a" * 200) == SmsParts("GSM-7", 200, 2, 153, 106)
    assert sms_parts("ж" * 10) == SmsParts("UCS-2", 10, 1, 70, 60)


def test_a_body_that_is_not_text_is_refused() -> None:
    with pytest.raises(TypeError, match="body must be str, got bytes"):
        sms_parts(b"hello")  # type: ignore[arg-type]


@given(st.text(alphabet=st.sampled_from("abc XYZ019@£$" + GSM_EXTENSION), max_size=700))
def test_gsm_parts_follow_160_then_153(body: str) -> None:
    counted = sms_parts(body)
    septets = len(body) + sum(c in GSM_EXTENSION for c in body)
    assert counted.encoding == "GSM-7"
    assert counted.characters == septets
    expected = 0 if not septets else 1 if septets <= 160 else -(-septets // 153)
    assert counted.parts == expected
