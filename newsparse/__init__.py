"""newsparse: raw scraped news-article text in, clean structured records out.

    >>> import newsparse
    >>> record = newsparse.parse_text("Headline here\\nPublished: June 4, 2023\\nFirst paragraph …")
    >>> record.to_dict()["date"]
    '2023-06-04'
"""

from .dates import DateResult, parse_date
from .errors import InputError, NewsparseError, ProfileError
from .pipeline import parse_file, parse_text
from .profile import Profile, load_profile
from .record import Record, RelatedArticle

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
__version__ = "0.1.0"
