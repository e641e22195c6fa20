"""``load_paths``: files, folders and URLs in; documents and load errors out.

The format is chosen by file extension, else sniffed from the content, so a
feed saved as ``.txt`` or a page fetched without a useful content type still
loads. Folders are walked recursively in sorted order (deterministic ids and
reports) without following symbolic links out of the folder, and what cannot be
walked is reported by its own path; hidden files, files of unknown types and the files that travel with
a corpus without being articles (README, LICENSE, SOURCES, CHANGELOG ...) are
skipped inside folders, with a log line for the latter; a file named
explicitly is always loaded.
Every item is loaded behind one guard: bad input becomes a LoadError with a
one-line reason, never an exception that ends the batch.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import partial
from pathlib import Path

from briefings.model.documents import Document
from briefings.sources import errors
from briefings.sources.build import stem_title
from briefings.sources.decoding import decode
from briefings.sources.errors import LoadError, SourceError
from briefings.sources.feeds import load_feed, looks_like_feed
from briefings.sources.fetch import Fetched, Fetcher, HttpFetcher
from briefings.sources.pages import load_html, looks_like_html
from briefings.sources.records import load_json, load_jsonl
from briefings.sources.text import has_front_matter, load_markdown, load_text

log = logging.getLogger(__name__)

_Producer = Callable[[], Iterator[Document | LoadError]]

DEFAULT_FETCH_TIMEOUT = 20.0
_URL = re.compile(r"^https?://", re.IGNORECASE)
_FORMATS = {
    ".txt": "text", ".text": "text",
    ".md": "markdown", ".markdown": "markdown", ".mdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".xml": "feed", ".rss": "feed", ".atom": "feed", ".rdf": "feed",
}  # fmt: skip
# What a corpus folder carries besides its articles: read-me, licence, attribution, history.
_NOT_ARTICLES = (
    "README", "LICENSE", "LICENCE", "COPYING", "SOURCES", "CHANGELOG", "CHANGES", "NOTICE",
    "AUTHORS", "CONTRIBUTING",
)  # fmt: skip


def load_paths(
    paths: Iterable[str], *, max_bytes: int, fetch: Fetcher | None = None
) -> Iterator[Document | LoadError]:
    """Documents from files, folders (recursively) and http(s) URLs, in order.

    ``max_bytes`` caps each file or download; ``fetch`` downloads URLs (an
    :class:`HttpFetcher` with a default timeout when None, made only if needed).

    >>> [type(x).__name__ for x in load_paths(["/no/such/file.txt"], max_bytes=1000)]
    ['LoadError']
    """
    loader = _Loader(max_bytes=max_bytes, fetch=fetch)
    for path in paths:
        yield from loader.load(path)


def load_path(path: str, *, max_bytes: int, fetch: Fetcher | None = None) -> Iterator[Document | LoadError]:
    """Documents from one file, folder or URL."""
    return load_paths([path], max_bytes=max_bytes, fetch=fetch)


class _Loader:
    def __init__(self, *, max_bytes: int, fetch: Fetcher | None) -> None:
        self.max_bytes = max_bytes
        self._fetch = fetch

    @property
    def fetcher(self) -> Fetcher:
        if self._fetch is None:
            self._fetch = HttpFetcher(timeout=DEFAULT_FETCH_TIMEOUT)
        return self._fetch

    def load(self, item: str) -> Iterator[Document | LoadError]:
        if _URL.match(item):
            yield from self._guarded(item, partial(self._load_url, item))
            return
        path = Path(item)
        if path.is_dir():
            for child in _walk(path):
                if isinstance(child, LoadError):
                    yield child
                else:
                    yield from self._guarded(str(child), partial(self._load_file, child, str(child)))
            return
        yield from self._guarded(item, partial(self._load_file, path, item))

    def _guarded(self, item: str, load: _Producer) -> Iterator[Document | LoadError]:
        try:
            yield from load()
        except SourceError as exc:
            yield LoadError(item, exc.reason)
        except Exception as exc:  # bad input must never end the batch with a traceback
            log.debug("unexpected failure loading %s", item, exc_info=True)
            yield LoadError(item, f"could not be loaded ({type(exc).__name__}: {errors.brief(str(exc))})")

    def _load_file(self, path: Path, item: str) -> Iterator[Document | LoadError]:
        try:
            if not path.exists():
                raise SourceError(errors.MISSING)
            if not path.is_file():
                raise SourceError(errors.unsupported("not a regular file"))
            size = path.stat().st_size
            if size > self.max_bytes:
                raise SourceError(errors.too_large(size, self.max_bytes))
            data = path.read_bytes()
        except PermissionError:
            raise SourceError(errors.UNREADABLE + " (permission denied)") from None
        except OSError as exc:
            raise SourceError(f"{errors.UNREADABLE} ({exc.strerror or exc})") from None
        fmt = _FORMATS.get(path.suffix.lower()) or _sniff(data, "")
        yield from self._parse(fmt, data, item=item, path=str(path.resolve()), url=None, name=path.name)

    def _load_url(self, url: str) -> Iterator[Document | LoadError]:
        fetched = self.fetcher.fetch(url, max_bytes=self.max_bytes)
        fmt = _sniff(fetched.content, fetched.content_type)
        yield from self._parse(
            fmt,
            fetched.content,
            item=url,
            path=None,
            url=url,
            name=_url_name(url),
            content_type=fetched.content_type,
        )

    def _parse(
        self,
        fmt: str,
        data: bytes,
        *,
        item: str,
        path: str | None,
        url: str | None,
        name: str,
        content_type: str = "",
    ) -> Iterator[Document | LoadError]:
        if fmt == "feed":
            yield from load_feed(data, item=item, fetch_page=self._fetch_page)
            return
        text = decode(data, declared=_charset(content_type))
        title = stem_title(name)
        key = path or url or item
        if fmt == "markdown" or (fmt == "text" and has_front_matter(text)):
            yield _with_url(load_markdown(text, path=key, fallback_title=title), url)
        elif fmt == "html":
            yield load_html(text, fallback_title=title, url=url, path=path)
        elif fmt == "json":
            yield from load_json(text, path=key, item=item)
        elif fmt == "jsonl":
            yield from load_jsonl(text, path=key, item=item)
        else:
            yield _with_url(load_text(text, path=key, fallback_title=title), url)

    def _fetch_page(self, url: str) -> str:
        fetched: Fetched = self.fetcher.fetch(url, max_bytes=self.max_bytes)
        return decode(fetched.content, declared=_charset(fetched.content_type))


def _with_url(document: Document, url: str | None) -> Document:
    """A text fetched from a URL is keyed by that URL unless it names its own."""
    if url is None or document.url:
        return document
    return replace(document, url=url, path=None)


def _walk(root: Path) -> Iterator[Path | LoadError]:
    """Files under ``root`` in sorted path order (a file and a folder interleave by name),
    hidden entries and unknown file types skipped.

    Whatever cannot be walked is reported by its own path and the rest is walked:
    an unreadable subfolder, a symbolic link that leads out of ``root`` (never
    followed: a corpus folder must not read ``/etc/passwd``), a broken link, and a
    link back into a folder being walked (a loop).
    """
    try:
        real_root = root.resolve(strict=True)
    except (OSError, RuntimeError) as exc:
        yield LoadError(str(root), _unreadable(exc))
        return
    yield from _walk_folder(root, real_root, (real_root,), {real_root})


def _walk_folder(
    folder: Path, real_root: Path, ancestors: tuple[Path, ...], seen: set[Path]
) -> Iterator[Path | LoadError]:
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        yield LoadError(str(folder), _unreadable(exc))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        real = entry
        if entry.is_symlink():
            try:
                real = entry.resolve(strict=True)
            except (OSError, RuntimeError):
                yield LoadError(str(entry), errors.BROKEN_LINK)
                continue
            if not real.is_relative_to(real_root):
                yield LoadError(str(entry), errors.LINK_OUTSIDE)
                continue
        try:
            is_dir = entry.is_dir()
        except OSError as exc:
            yield LoadError(str(entry), _unreadable(exc))
            continue
        if is_dir:
            real_dir = real.resolve() if real is entry else real
            if real_dir in ancestors:
                yield LoadError(str(entry), errors.LINK_LOOP)
                continue
            if real_dir in seen:  # a second link to a folder already walked: same files
                log.debug("skipping %s: links to a folder already walked", entry)
                continue
            seen.add(real_dir)
            yield from _walk_folder(entry, real_root, (*ancestors, real_dir), seen)
        elif not_an_article(entry.name):
            log.warning("skipping %s: not an article (a corpus's README, licence or sources file)", entry)
        elif entry.suffix.lower() in _FORMATS:
            yield entry
        else:
            log.debug("skipping %s: not a known source type", entry)


def _unreadable(exc: BaseException) -> str:
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return f"{errors.UNREADABLE} ({reason})"


def not_an_article(name: str) -> bool:
    """Whether a file name is one of the conventional companions of a corpus, not an article.

    The stem must be the conventional name in any case ("readme.txt", "License.md"),
    or start with it in capitals ("LICENSE-MIT", "README_fr.md"): an article slug
    such as "sources-say-talks-stalled.md" is an article.

    >>> not_an_article("SOURCES.md"), not_an_article("LICENSE-MIT.txt"), not_an_article("sources-say.md")
    (True, True, False)
    """
    stem = name.split(".", 1)[0]
    return stem.upper() in _NOT_ARTICLES or any(
        name.startswith(word) and not name[len(word) : len(word) + 1].isalpha() for word in _NOT_ARTICLES
    )


def _sniff(data: bytes, content_type: str) -> str:
    kind = content_type.split(";")[0].strip().lower()
    if "rss" in kind or "atom" in kind or looks_like_feed(data):
        return "feed"
    head = data[:4096].decode("utf-8", errors="replace")
    if "html" in kind or looks_like_html(head):
        return "html"
    if kind.endswith("json") or kind.endswith("ndjson"):
        return "jsonl" if "ndjson" in kind or "jsonl" in kind else "json"
    if "markdown" in kind:
        return "markdown"
    return "text"


def _charset(content_type: str) -> str | None:
    match = re.search(r"charset=\"?([\w.:-]+)", content_type or "")
    return match.group(1) if match else None


def _url_name(url: str) -> str:
    tail = url.split("?")[0].rstrip("/").rsplit("/", 1)[-1]
    return tail or url
