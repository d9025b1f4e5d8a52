"""Cleaning: on the five real scraped articles, and on text written for these tests."""

from __future__ import annotations

import pytest

from newsgraph.pipeline.clean import clean, is_hard_wrapped

FURNITURE = [
    "Skip to main content",
    "Leave a Reply",
    "Your email address will not be published",
    "Stay informed with",
    "Sign up to get",
    "Please let us know if you're having issues with commenting",
    "Source: Voice of America",
    "A photo posted on internet",
    "AP File Photo",
    "Sipa via AP Images",
    "Photo by Balkis Press",
    "Follow her on Facebook and Twitter",
    "is a politics and national security reporter",
    "To learn more about republishing this content",
    "during Baghdad press conference in 2007 (AFP)",
    "from Hit & Run",
    "Human Rights",
]


def _load(path):
    return clean(path.read_text(encoding="utf-8"), title_first=True)


def test_samples_lose_every_piece_of_furniture(shared_samples):
    for path in shared_samples:
        result = _load(path)
        for furniture in FURNITURE:
            assert furniture not in result.text, (path.name, furniture)
            assert furniture not in (result.title or ""), (path.name, furniture)


def test_samples_titles(shared_samples):
    titles = {p.name[:3]: _load(p).title for p in shared_samples}
    assert titles == {
        "000": "Iran, Russia, China, Pakistan Hold Meeting on How to Fight Islamic State",
        "001": "Russia Says IS Turning Afghanistan Into ‘Resting Base’ for Regional Terrorism",
        "002": "Calls for Iran to join West in fight against Islamic State",
        "003": "Conference on ISIS Excludes Syria, Iran; Iran, U.S. Reject Idea of Cooperating Militarily",
        "004": "Afghan Experts Accuse Pakistan of Backing Islamic State Ops in Afghanistan",
    }


def test_samples_keep_every_article_line(shared_samples):
    """Every line of the raw file is the title, a dropped piece of furniture, or in the cleaned text."""
    for path in shared_samples:
        result = _load(path)
        dropped = [" ".join(text.split()) for _, text in result.dropped]
        flat = " ".join(result.text.split())
        kept = 0
        for line in path.read_text(encoding="utf-8").splitlines():
            line = " ".join(line.split())
            if not line or line == result.title or any(line in d for d in dropped):
                continue
            assert line in flat, (path.name, line)
            kept += 1
        assert kept >= 10, path.name


def test_sample_000_keeps_key_sentences(shared_samples):
    text = " ".join(_load(shared_samples[0]).text.split(" "))
    text = text.replace("\xa0", " ")
    assert text.startswith("The heads of intelligence services for Iran, Russia, China, and Pakistan")
    assert "His July 9 visit coincided with the Tuesday talks" in text
    assert text.endswith("We can’t settle this from the outside.”")


def test_sample_003_is_unwrapped(shared_samples):
    result = _load(shared_samples[3])
    assert result.unwrapped
    assert "claimed his government refused a “private” from the U.S. to cooperate on ISIS." in result.text
    assert "said, according to the Tehran Times. “That should also take on board Russia," in result.text
    # Paragraphs stay paragraphs: five of them, each one line.
    assert len(result.text.split("\n\n")) == 5
    assert all("\n" not in p for p in result.text.split("\n\n"))


def test_sample_002_keeps_standfirst_and_midpage_heading(shared_samples):
    text = _load(shared_samples[2]).text
    assert text.startswith("Iran follows US suit in providing Iraq with military advisors")
    assert "US may expand anti-IS offensive after journalist's execution" in text
    assert text.endswith("IS and its Sunni allies have overrun large chunks of Iraq.")


# --- text written for these tests -------------------------------------------------------------

OWN_PAGE = """Menu

Share this article

Ministers agree on border patrols

Politics

Image: Reuters
A handout picture released by the presidency shows the two leaders shaking hands in Ankara.
Border guards patrol a crossing near Kilis (Reuters)

The interior ministers of Turkey and Iraq agreed on Monday to run joint patrols along their border,
their offices said.

"This is a step toward trust," the Iraqi minister said.

Advertisement

Both governments have accused Kurdish militants of using the mountains as a base.

Related stories

John Smith is a senior correspondent for the Daily Example covering Turkey. Follow him on Twitter.
© 2024 Daily Example. All rights reserved.
"""


def test_own_page_furniture_dropped_and_sentences_kept():
    result = clean(OWN_PAGE, title_first=True)
    assert result.title == "Ministers agree on border patrols"
    assert result.text == (
        "The interior ministers of Turkey and Iraq agreed on Monday to run joint patrols along their border, "
        "their offices said.\n\n"
        "\"This is a step toward trust,\" the Iraqi minister said.\n\n"
        "Both governments have accused Kurdish militants of using the mountains as a base."
    )
    rules = {rule for rule, _ in result.dropped}
    assert {"caption", "photo credit", "agency-credited caption", "section marker", "label"} <= rules


def test_separator_lines_are_furniture():
    result = clean("Ministers met in Geneva.\n\n___.\n\n9:05 a.m.\n\n* * *\n\nTalks resume on Monday - officials said.")
    assert result.text == "Ministers met in Geneva.\n\n9:05 a.m.\n\nTalks resume on Monday - officials said."
    assert [rule for rule, _ in result.dropped] == ["separator", "separator"]


def test_hard_wrapped_own_text_is_unwrapped_but_paragraphs_kept():
    raw = (
        "The foreign ministers of Iran and Russia met in Moscow on Tuesday\n"
        "and agreed to expand their cooperation in Syria, according to a\n"
        "statement from the Kremlin.\n\n"
        "Iran's minister said the talks were constructive. He added that\n"
        "a further meeting would take place in Tehran next month.\n"
    )
    result = clean(raw)
    assert result.unwrapped
    assert result.text == (
        "The foreign ministers of Iran and Russia met in Moscow on Tuesday and agreed to expand their "
        "cooperation in Syria, according to a statement from the Kremlin.\n\n"
        "Iran's minister said the talks were constructive. He added that a further meeting would take "
        "place in Tehran next month."
    )


def test_one_line_paragraphs_are_not_joined():
    raw = "First paragraph is a full sentence.\nSecond paragraph is another sentence.\n"
    assert clean(raw).text == "First paragraph is a full sentence.\n\nSecond paragraph is another sentence."


def test_soft_wrap_in_unwrapped_text_is_joined():
    raw = "The minister said that the talks\nwould resume in June.\n\nA second paragraph stands alone here."
    assert clean(raw).text.startswith("The minister said that the talks would resume in June.")


def test_sentence_mentioning_a_photo_is_kept():
    raw = "Officials said a photo of the meeting was never published, and the ministry declined to comment."
    assert clean(raw).text == raw


def test_article_about_a_reporter_is_not_a_bio_when_not_at_the_end():
    raw = (
        "Jane Doe is a reporter for the Kabul Times who was detained on Monday.\n\n"
        "Her editor said she had been covering the elections for two years."
    )
    assert clean(raw).text == raw


@pytest.mark.parametrize("blocks,expected", [([["a" * 60] * 3, ["b" * 60] * 2], True), ([["a" * 300]] * 5, False)])
def test_is_hard_wrapped(blocks, expected):
    assert is_hard_wrapped(blocks) is expected


def test_crlf_and_bom_are_normalised():
    assert clean("\ufeffTitle\r\n\r\nBody text here.\r\n", title_first=True).text == "Body text here."
