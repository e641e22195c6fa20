"""Sources: files (text, Markdown with front matter, HTML, JSON, JSON Lines),
RSS/Atom feeds, web pages and folders, loaded into cleaned Documents.

>>> from briefings.sources import load_paths, LoadError
"""

from __future__ import annotations

from briefings.sources.boilerplate import clean_body, find_title
from briefings.sources.errors import LoadError
from briefings.sources.fetch import Fetched, Fetcher, HttpFetcher
from briefings.sources.loader import load_path, load_paths

__all__ = [
    "Fetched",
    "Fetcher",
    "HttpFetcher",
    "LoadError",
    "clean_body",
    "find_title",
    "load_path",
    "load_paths",
]
