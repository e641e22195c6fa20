"""Full-text search: the one module where SQLite and PostgreSQL differ.

SQLite keeps external-content FTS5 tables (``documents_fts`` keyed by
``documents.pk``, ``quotes_fts`` keyed by ``quotes.id``) that the write path
updates explicitly; PostgreSQL has GIN indexes over ``to_tsvector`` expressions
and needs no maintenance. Both answer "every word of the query occurs"
(stemmed: porter on SQLite, the english configuration on PostgreSQL), so a
user's text never reaches either engine as query syntax.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from sqlalchemy import Connection, Select, bindparam, column, select, table, text
from sqlalchemy.sql.elements import ColumnElement

from briefings.store.schema import documents, quotes

_WORD = re.compile(r"\w+", re.UNICODE)

# Must stay identical to the expressions of the migration's GIN indexes.
_PG_DOCUMENT_TSV = "to_tsvector('english', coalesce(title, '') || ' ' || coalesce(body, ''))"
_PG_QUOTE_TSV = "to_tsvector('english', coalesce(text, ''))"

_documents_fts = table("documents_fts", column("rowid"), column("rank"))
_quotes_fts = table("quotes_fts", column("rowid"))


def words(query: str) -> list[str]:
    """The searchable words of a user's query.

    >>> words('Kosovo "Kurti"; OR drop')
    ['Kosovo', 'Kurti', 'OR', 'drop']
    """
    return _WORD.findall(query)


def _fts5_query(query: str) -> str:
    # Every word double-quoted: FTS5 operators and column filters in user text stay literal.
    return " ".join(f'"{word}"' for word in words(query))


def index_document(conn: Connection, pk: int, title: str, body: str) -> None:
    if conn.dialect.name == "sqlite":
        conn.execute(
            text("INSERT INTO documents_fts(rowid, title, body) VALUES (:pk, :title, :body)"),
            {"pk": pk, "title": title, "body": body},
        )


def unindex_document(conn: Connection, pk: int, title: str, body: str) -> None:
    """Drop a document from the index; FTS5 external content needs the indexed values back."""
    if conn.dialect.name == "sqlite":
        conn.execute(
            text(
                "INSERT INTO documents_fts(documents_fts, rowid, title, body) "
                "VALUES ('delete', :pk, :title, :body)"
            ),
            {"pk": pk, "title": title, "body": body},
        )


def index_quotes(conn: Connection, rows: Iterable[tuple[int, str]]) -> None:
    params = [{"id": quote_id, "text": quote_text} for quote_id, quote_text in rows]
    if conn.dialect.name == "sqlite" and params:
        conn.execute(text("INSERT INTO quotes_fts(rowid, text) VALUES (:id, :text)"), params)


def unindex_quotes(conn: Connection, rows: Iterable[tuple[int, str]]) -> None:
    params = [{"id": quote_id, "text": quote_text} for quote_id, quote_text in rows]
    if conn.dialect.name == "sqlite" and params:
        conn.execute(
            text("INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', :id, :text)"), params
        )


def has_words(query: str) -> bool:
    return bool(words(query))


def document_pks(dialect: str, query: str) -> Select[tuple[int]]:
    """``documents.pk`` of documents matching every word of ``query``."""
    if dialect == "sqlite":
        return select(_documents_fts.c.rowid).where(
            text("documents_fts MATCH :fts_documents").bindparams(fts_documents=_fts5_query(query))
        )
    return select(documents.c.pk).where(_pg_match(_PG_DOCUMENT_TSV, query, "tsq_documents"))


def quote_ids(dialect: str, query: str) -> Select[tuple[int]]:
    """``quotes.id`` of quotes whose text matches every word of ``query``."""
    if dialect == "sqlite":
        return select(_quotes_fts.c.rowid).where(
            text("quotes_fts MATCH :fts_quotes").bindparams(fts_quotes=_fts5_query(query))
        )
    return select(quotes.c.id).where(_pg_match(_PG_QUOTE_TSV, query, "tsq_quotes"))


def _fts5_any(terms: Sequence[str]) -> str:
    # each term a quoted phrase of its words, the phrases OR-ed: still no user syntax
    return " OR ".join(f'"{" ".join(words(term))}"' for term in terms if words(term))


def _pg_any(tsv: str, terms: Sequence[str], name: str) -> ColumnElement[bool]:
    queries = " || ".join(f"phraseto_tsquery('english', :{name}_{i})" for i in range(len(terms)))
    clause = text(f"{tsv} @@ ({queries})").bindparams(
        *(bindparam(f"{name}_{i}", term) for i, term in enumerate(terms))
    )
    return clause  # type: ignore[return-value]


def document_pks_any(dialect: str, terms: Sequence[str]) -> Select[tuple[int]]:
    """``documents.pk`` of documents holding any of ``terms`` (each as a phrase)."""
    terms = [term for term in terms if words(term)]
    if dialect == "sqlite":
        return select(_documents_fts.c.rowid).where(
            text("documents_fts MATCH :fts_documents_any").bindparams(fts_documents_any=_fts5_any(terms))
        )
    return select(documents.c.pk).where(_pg_any(_PG_DOCUMENT_TSV, terms, "tsq_documents_any"))


def ranked_document_pks(dialect: str, query: str, limit: int) -> Select[tuple[int]]:
    """Best matches first: FTS5's bm25 rank, PostgreSQL's ts_rank."""
    if dialect == "sqlite":
        return document_pks(dialect, query).order_by(text("rank")).limit(limit)
    rank = text(f"ts_rank({_PG_DOCUMENT_TSV}, plainto_tsquery('english', :tsq_rank)) DESC").bindparams(
        tsq_rank=query
    )
    return document_pks(dialect, query).order_by(rank).limit(limit)


def _pg_match(tsv: str, query: str, name: str) -> ColumnElement[bool]:
    clause = text(f"{tsv} @@ plainto_tsquery('english', :{name})").bindparams(bindparam(name, query))
    return clause  # type: ignore[return-value]
