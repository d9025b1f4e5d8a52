"""Cleaning of web-scraped article text: keep every sentence of the article, drop the page around it.

Scraped text arrives with the page still stuck to it: navigation ("Skip to main content"), comment
forms, newsletter pitches, photo captions and credit lines, author bios, publisher blurbs, section
labels, and sometimes lines hard-wrapped at a fixed width. :func:`clean` removes these by *general*
rules (each one named, so ``CleanResult.dropped`` says why a line went) and unwraps hard-wrapped
paragraphs. Paragraphs are joined with a blank line; nothing inside a kept line is rewritten, so a
sentence of the article appears in the cleaned text exactly as it did in the input.

Rules, in order:

1. Lines are grouped into blocks separated by blank lines.
2. Whole lines that are page furniture or captions are dropped (``FURNITURE_LINE``, ``CAPTION_LINE``).
3. A block's remaining lines are joined into one paragraph when the document is hard-wrapped (most
   lines sit in multi-line blocks and are no longer than a fixed width), or when a line ends
   mid-sentence and the next starts in lower case or with closing punctuation (a soft wrap).
   Otherwise each line is its own paragraph.
4. Paragraphs that are author bios or publisher boilerplate are dropped near the end of the text.
5. Short labels without sentence punctuation ("Human Rights", "from Hit & Run") are dropped right
   after the title and at the end of the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

_I = re.IGNORECASE

# Whole lines that are never part of an article, anywhere in the page.
FURNITURE_LINE: dict[str, re.Pattern[str]] = {
    "navigation": re.compile(r"^(skip to (main )?(content|navigation)|jump to (main )?content|menu|search)$", _I),
    "comment form": re.compile(
        r"^(leave a (reply|comment)|post a comment|cancel reply|\d* ?comments?|add your comment)\.?$"
        r"|your email address will not be published|required fields are marked"
        r"|having issues with commenting|comments are closed",
        _I,
    ),
    "newsletter pitch": re.compile(
        r"^(stay informed with\b.*|sign up (to|for)\b.{0,160}|subscribe( now| today)?\b.{0,120}"
        r"|get (the|our) (latest|daily|weekly)\b.{0,120}newsletter.{0,60})$",
        _I,
    ),
    "source trailer": re.compile(
        r"^(source|sources|via|with reporting by|additional reporting by)\s*:\s*\S.{0,60}$", _I
    ),
    "share buttons": re.compile(
        r"^((share|tweet|email|print|pin|share on (facebook|twitter|whatsapp|linkedin))"
        r"( this)?( (article|story|page))?)$",
        _I,
    ),
    "section marker": re.compile(
        r"^(advertisement|sponsored( content)?|related( articles| stories| coverage| content)?"
        r"|read (more|next)( on this)?|more on this( story)?|recommended( for you)?|trending( now)?)\s*:?$",
        _I,
    ),
    "copyright": re.compile(r"^(copyright\b|©|\(c\) \d{4}).{0,200}$|all rights reserved\.?$", _I),
    "follow prompt": re.compile(r"^(follow (us|@\w+)\b.{0,100}|click here\b.{0,120})$", _I),
    "separator": re.compile(r"^\s*([_*=~#-])(\s*\1){2,}[\s.]*$"),  # "___" (AP), "* * *", "----"
}

# Photo captions and credit lines.
CAPTION_LINE: dict[str, re.Pattern[str]] = {
    "caption": re.compile(
        r"^(an? |the )?(file |handout |undated )?(photo(graph)?|picture|image|screenshot|video grab|still|"
        r"screen grab)\b.{0,240}\b(shows?|showing|taken|posted|released|obtained|provided|made available)\b",
        _I,
    ),
    "photo credit": re.compile(
        r"^([A-Z][\w&.-]*\s+){0,3}(file\s+)?(photo(graph)?s?|images?|pictures?|credit|photo credit)\s*:\s*\S"
        r"|\b(via|courtesy( of)?)\s+(AP|AFP|Reuters|Getty|EPA|ZUMA|Sipa)\b[\w /.-]{0,30}$"
        r"|[.!?]\s+(photo(graph)?|image|picture)s? by\s+[^.]{2,60}$",
        _I,
    ),
    "agency-credited caption": re.compile(
        r"[^.!?\"”]\s*\((AFP|Reuters|AP|EPA|Getty Images|AFP/Getty Images|AFP via Getty Images|"
        r"AP Photo[^)]{0,40}|File( photo)?[^)]{0,40}|Photo[^)]{0,40})\)$"
    ),
}

# Paragraphs near the end that describe the author or the publisher rather than the news.
_BIO_NAME = r"^[A-Z][\w.'’-]+(\s+[A-Z][\w.'’-]+){1,3}\s+(is|was|has been)\s+(a|an|the)\b"
_BIO_ROLE = (
    r"\b(reporter|correspondent|editor|writer|journalist|columnist|contributor|producer|"
    r"analyst|fellow|author|blogger|host)\b"
)
TAIL_PARAGRAPH: dict[str, re.Pattern[str]] = {
    "author bio": re.compile(_BIO_NAME + r"[^\n]{0,200}" + _BIO_ROLE),
    "follow prompt": re.compile(
        r"\bfollow (him|her|them|us|me)\b[^.]{0,40}\b(on )?(twitter|facebook|instagram|x|linkedin|threads)\b", _I
    ),
    "publisher blurb": re.compile(
        r"republish(ing)? this (content|article|story)|fill out this form|can be found here"
        r"|all rights reserved|this (material|article) may not be (published|broadcast)",
        _I,
    ),
}

_TERMINAL = tuple(".!?…:;\"”’)]")
_CLOSING_START = re.compile(r"^[,.;:!?)\]”’\"']")
_WORD = re.compile(r"\w+")
_PUNCT_RUN = re.compile(r"[^\w\s]{20,}")
_LONG_WORD = re.compile(r"\S{300,}")
_BLANK = re.compile(r"^[\s\u00a0\u200b\ufeff]*$")

# A paragraph is a "label" when it is this short and carries no sentence punctuation.
LABEL_MAX_WORDS = 5
# Hard-wrapped text: lines no longer than this, most of them in multi-line blocks.
WRAP_MAX_WIDTH = 100
WRAP_MIN_SHARE = 0.6


@dataclass
class CleanResult:
    """The cleaned text (paragraphs joined by a blank line), the title if asked for, and what went."""

    text: str
    title: str | None = None
    dropped: list[tuple[str, str]] = field(default_factory=list)  # (rule, dropped text)
    unwrapped: bool = False


def _line_rule(line: str) -> str | None:
    for name, pattern in (FURNITURE_LINE | CAPTION_LINE).items():
        if pattern.search(line):
            return name
    return None


def _is_label(paragraph: str) -> bool:
    words = _WORD.findall(paragraph)
    return 0 < len(words) <= LABEL_MAX_WORDS and not paragraph.rstrip().endswith(_TERMINAL)


def _blocks(raw: str) -> list[list[str]]:
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in raw.split("\n"):
        if _BLANK.match(line):
            if current:
                blocks.append(current)
                current = []
        else:
            current.append(line.strip())
    if current:
        blocks.append(current)
    return blocks


def is_hard_wrapped(blocks: list[list[str]]) -> bool:
    """True when the text was wrapped at a fixed width: most lines sit in multi-line blocks and
    nearly all are no longer than :data:`WRAP_MAX_WIDTH`."""
    lines = [line for block in blocks for line in block]
    if len(lines) < 4:
        return False
    in_multi = sum(len(block) for block in blocks if len(block) > 1)
    lengths = sorted(len(line) for line in lines)
    p95 = lengths[min(len(lengths) - 1, int(0.95 * len(lengths)))]
    return in_multi / len(lines) >= WRAP_MIN_SHARE and p95 <= WRAP_MAX_WIDTH


def _join(left: str, right: str) -> str:
    # A cut link often leaves a line that starts with the punctuation that followed it.
    return left + right if _CLOSING_START.match(right) else left + " " + right


def _soft_wrap(line: str, following: str) -> bool:
    return not line.endswith(_TERMINAL) and bool(following) and (
        following[0].islower() or bool(_CLOSING_START.match(following))
    )


def _paragraphs(block: list[str], hard_wrapped: bool) -> list[str]:
    out: list[str] = []
    for line in block:
        if out and (hard_wrapped or _soft_wrap(out[-1], line)):
            out[-1] = _join(out[-1], line)
        else:
            out.append(line)
    return out


def clean(raw: str, *, title_first: bool = False) -> CleanResult:
    """Clean scraped article text.

    With ``title_first`` the first paragraph left after furniture removal becomes ``title`` and is
    not part of ``text`` (the ``.txt`` convention).

    >>> r = clean("Skip to main content\\n\\nBig News\\n\\nIt happened.\\n\\nLeave a Reply", title_first=True)
    >>> (r.title, r.text)
    ('Big News', 'It happened.')
    """
    raw = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    dropped: list[tuple[str, str]] = []
    # A run of punctuation longer than any sentence needs ("!!!!…", 10,000 quote marks) is cut to its
    # first three marks: spaCy's tokenizer takes quadratic time over such a run.
    def shorten(rule: str, keep: int, tail: str) -> Callable[[re.Match[str]], str]:
        def cut(m: re.Match[str]) -> str:
            dropped.append((rule, m.group()))
            return m.group()[:keep] + tail
        return cut

    raw = _PUNCT_RUN.sub(shorten("punctuation run", 3, ""), raw)
    # So is a "word" of hundreds of characters (an inlined data blob, a URL of many parts): keep its head.
    raw = _LONG_WORD.sub(shorten("overlong word", 100, "…"), raw)
    blocks: list[list[str]] = []
    for block in _blocks(raw):
        kept = []
        for line in block:
            rule = _line_rule(line)
            if rule:
                dropped.append((rule, line))
            else:
                kept.append(line)
        if kept:
            blocks.append(kept)

    hard_wrapped = is_hard_wrapped(blocks[1:] if title_first else blocks)
    paragraphs = [p for block in blocks for p in _paragraphs(block, hard_wrapped)]

    title = None
    if title_first and paragraphs:
        title = paragraphs.pop(0)
        while paragraphs and _is_label(paragraphs[0]) and len(paragraphs) > 1:
            dropped.append(("label", paragraphs.pop(0)))

    # Walk back from the end while paragraphs are bios, blurbs or labels.
    while paragraphs:
        last = paragraphs[-1]
        rule = next((n for n, p in TAIL_PARAGRAPH.items() if p.search(last)), None)
        if rule is None and _is_label(last) and len(paragraphs) > 1:
            rule = "label"
        if rule is None:
            break
        dropped.append((rule, paragraphs.pop()))

    return CleanResult(text="\n\n".join(paragraphs), title=title, dropped=dropped, unwrapped=hard_wrapped)
