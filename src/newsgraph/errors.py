"""Every error newsgraph raises on purpose, in one tree, each with a greppable code.

    NewsgraphError                     base: catch this to catch everything below
    ├── ConfigError          [E1xx]    a setting has a bad value
    ├── ModelError           [E2xx]    the spaCy pipeline is missing or unusable
    ├── InputError           [E3xx]    one input (file, line, record) cannot be read
    │   ├── DecodeError                bytes that are not text in any encoding we can detect
    │   └── RecordError                a malformed JSONL line, a CSV row without text, …
    ├── PipelineError        [E4xx]    the stages are in an order that cannot work
    └── StoreError           [E5xx]    the SQLite store cannot be opened or migrated

An ``InputError`` carries ``origin`` (``path`` or ``path:line``) so that a batch can report it in one
line and go on with the next input. The message text always starts with the code, so a user can
search the documentation for it.
"""

from __future__ import annotations


class NewsgraphError(Exception):
    """Base of every newsgraph error."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")
        self.detail = message


class ConfigError(NewsgraphError):
    code = "E101"


class ModelError(NewsgraphError):
    code = "E201"


class InputError(NewsgraphError):
    code = "E301"

    def __init__(self, origin: str, message: str) -> None:
        super().__init__(f"{origin}: {message}")
        self.origin = origin
        self.reason = message


class DecodeError(InputError):
    code = "E302"


class RecordError(InputError):
    code = "E303"


class PipelineError(NewsgraphError):
    code = "E401"


class StoreError(NewsgraphError):
    code = "E501"
