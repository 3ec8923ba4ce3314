"""newsparse: raw scraped news-article text in, clean structured records out.

    >>> import newsparse
    >>> record = newsparse.parse_text("Headline here\\nPublished: June 4, 2023\\nFirst paragraph …")
    >>> record.to_dict()["date"]
    '2023-06-04'

The names below are loaded on first use, so `newsparse --help` and `import newsparse`
stay fast: the parser, its profiles and date patterns are only imported when needed.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "DateResult": "newsparse.dates",
    "parse_date": "newsparse.dates",
    "InputError": "newsparse.errors",
    "NewsparseError": "newsparse.errors",
    "ProfileError": "newsparse.errors",
    "parse_file": "newsparse.pipeline",
    "parse_text": "newsparse.pipeline",
    "Profile": "newsparse.profile",
    "load_profile": "newsparse.profile",
    "Record": "newsparse.record",
    "RelatedArticle": "newsparse.record",
}
__all__ = [
    "DateResult",
    "InputError",
    "NewsparseError",
    "Profile",
    "ProfileError",
    "Record",
    "RelatedArticle",
    "load_profile",
    "parse_date",
    "parse_file",
    "parse_text",
]

if TYPE_CHECKING:
    from .dates import DateResult, parse_date
    from .errors import InputError, NewsparseError, ProfileError
    from .pipeline import parse_file, parse_text
    from .profile import Profile, load_profile
    from .record import Record, RelatedArticle


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'newsparse' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(list(globals()) + __all__)
