"""The corpus on disk: embedded SQLite, one transaction per change, keyed by content hash.

SQLite gives atomic commits (a killed process leaves the store as it was), WAL lets a reader
and a writer work at once, and a busy timeout lets two ``add`` processes queue instead of fail.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np

from factcheck.model import (
    Article,
    Claim,
    DateSpan,
    Inconsistency,
    Relation,
    Review,
    Stated,
    sha256_text,
)

SCHEMA_VERSION = 1
BUSY_TIMEOUT_MS = 120_000

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    hash TEXT PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    published TEXT,
    outlet TEXT,
    path TEXT,
    date_source TEXT NOT NULL,
    warnings TEXT NOT NULL,
    added_at TEXT NOT NULL,
    seq INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS claims (
    id TEXT PRIMARY KEY,
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    context_hash TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS claims_article ON claims(article);
CREATE TABLE IF NOT EXISTS inconsistencies (
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    data TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS vectors (
    model TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    dim INTEGER NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (model, text_hash)
);
CREATE TABLE IF NOT EXISTS relations (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    type TEXT NOT NULL,
    confidence REAL NOT NULL,
    reason TEXT NOT NULL,
    revision INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS relations_source ON relations(source);
CREATE INDEX IF NOT EXISTS relations_target ON relations(target);
CREATE TABLE IF NOT EXISTS reviews (
    relation TEXT PRIMARY KEY,
    decision TEXT NOT NULL,
    note TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    reviewer TEXT NOT NULL DEFAULT ''
);
"""

# Every stored claim gets a key no other claim will ever get (AUTOINCREMENT), kept in step by
# triggers, so an index beside the store (factcheck/index.py) can name claims by number and
# tell which claims came after it was written. A replaced claim gets a new key.
_CLAIM_INDEX = (
    """CREATE TABLE IF NOT EXISTS claim_index (
    key INTEGER PRIMARY KEY AUTOINCREMENT,
    claim TEXT NOT NULL UNIQUE,
    text_hash TEXT NOT NULL
)""",
    """CREATE TRIGGER IF NOT EXISTS claim_index_put AFTER INSERT ON claims BEGIN
    INSERT OR REPLACE INTO claim_index(claim, text_hash) VALUES (new.id, new.context_hash);
END""",
    """CREATE TRIGGER IF NOT EXISTS claim_index_drop AFTER DELETE ON claims BEGIN
    DELETE FROM claim_index WHERE claim = old.id;
END""",
)
# One row per distinct context in the ANN index (factcheck/index.py): the index holds a vector
# once however many claims share its text, because HNSW's graph walk misses members of clusters
# of identical vectors (figures repeated word for word across FA-KES articles missed 5 of 5,712
# relations). A hit's key leads to its text, the text to every live claim that has it. Rows are
# only written by the index fold and emptied by its rebuild (no triggers: a deleted claim's text
# may still be shared, and its vector stays in the file).
_INDEX_VECTORS = (
    """CREATE TABLE IF NOT EXISTS index_vectors (
    model TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    key INTEGER NOT NULL,
    PRIMARY KEY (model, text_hash)
)""",
    "CREATE INDEX IF NOT EXISTS index_vectors_key ON index_vectors(model, key)",
    "CREATE INDEX IF NOT EXISTS claim_index_text ON claim_index(text_hash)",
)
# What relating reads of each claim beyond its fields (``pairs.Keys``), under the version of
# the code and word lists that computed it: an add keys its new claims only. A claim written
# again or deleted loses its keys (in ``put_claims``; by trigger).
_PAIR_KEYS = (
    """CREATE TABLE IF NOT EXISTS pair_keys (
    claim TEXT PRIMARY KEY,
    version TEXT NOT NULL,
    keys TEXT NOT NULL
)""",
    """CREATE TRIGGER IF NOT EXISTS pair_keys_drop AFTER DELETE ON claims BEGIN
    DELETE FROM pair_keys WHERE claim = old.id;
END""",
)
# Batches of a bulk add that are stored: a re-run after a crash skips them (factcheck/bulk.py).
_BULK_BATCHES = """CREATE TABLE IF NOT EXISTS bulk_batches (
    key TEXT PRIMARY KEY,
    items INTEGER NOT NULL,
    done_at TEXT NOT NULL
)"""


class StoreError(Exception):
    """The store cannot be used as it is (corrupt, from a newer or unknown schema)."""


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _date(s: str | None) -> date | None:
    return date.fromisoformat(s) if s else None


# The claim's date spans, stored as {"start", "end"} ISO days.
_SPANS = ("as_of", "window", "told")


def claim_to_dict(claim: Claim) -> dict[str, Any]:
    """Serialise every field, so a stored claim comes back equal to the extracted one."""
    d = {k: getattr(claim, k) for k in claim.__dataclass_fields__}
    d["stated"] = {
        "value": claim.stated.value,
        "low": claim.stated.low,
        "high": claim.stated.high,
        "unit": claim.stated.unit,
    }
    for name in _SPANS:
        span = getattr(claim, name)
        d[name] = span.to_dict() if span else None
    d["warnings"] = list(claim.warnings)
    return d


def claim_from_dict(d: dict[str, Any]) -> Claim:
    fields = dict(d)
    fields["stated"] = Stated(**d["stated"])
    for name in _SPANS:
        span = d.get(name)
        fields[name] = (
            DateSpan(date.fromisoformat(span["start"]), date.fromisoformat(span["end"]))
            if span
            else None
        )
    fields["warnings"] = tuple(d.get("warnings", ()))
    known = Claim.__dataclass_fields__
    return Claim(**{k: v for k, v in fields.items() if k in known})


class Store:
    """A factcheck corpus in one SQLite file.

    Writes go through :meth:`transaction`, which takes the write lock up front
    (``BEGIN IMMEDIATE``) so that a read-then-write sequence sees a corpus nobody else changes.
    """

    def __init__(self, path: str | Path, *, create: bool = True) -> None:
        self.path = Path(path)
        if not create and not self.path.exists():
            raise StoreError(f"{self.path}: no store here")
        if self.path.exists() and self.path.is_dir():
            raise StoreError(f"{self.path}: is a directory, not a store")
        if self.path.exists() and self.path.stat().st_size > 0:
            with open(self.path, "rb") as fh:
                if fh.read(16) != b"SQLite format 3\x00":
                    raise StoreError(f"{self.path}: not a factcheck store (not an SQLite file)")
        # A store nobody may write (its file or its folder) is still read, without the WAL
        # files a writer would leave behind.
        self.read_only = self.path.exists() and not (
            os.access(self.path, os.W_OK) and os.access(self.path.parent, os.W_OK)
        )
        try:
            if self.read_only:
                uri = f"{self.path.resolve().as_uri()}?mode=ro&immutable=1"
                self.conn = sqlite3.connect(uri, uri=True, isolation_level=None)
            else:
                self.conn = sqlite3.connect(
                    self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None
                )
            self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self._init_schema()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: store is damaged or unreadable ({exc})") from exc

    # -- lifecycle -----------------------------------------------------------------------

    def _tables(self) -> set[str]:
        return {
            r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }

    def _to_wal(self) -> None:
        """Switch to WAL, waiting out another process's lock: the switch needs the file to
        itself and SQLite may refuse it at once ("database is locked") rather than call the
        busy handler, as two adds creating one store at once found in CI."""
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        while True:
            try:
                self.conn.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def _init_schema(self) -> None:
        tables = self._tables()
        if tables and "meta" not in tables:  # refuse before changing anything in the file
            raise StoreError(f"{self.path}: an SQLite file, but not a factcheck store")
        if not tables and self.read_only:
            raise StoreError(f"{self.path}: read-only and empty, so not a factcheck store")
        if not tables:
            self._to_wal()
            with self.transaction():
                # Re-read under the write lock: another process may have created it meanwhile.
                tables = self._tables()
                if tables and "meta" not in tables:
                    raise StoreError(f"{self.path}: SQLite file without a factcheck schema")
                if not tables:
                    for statement in _SCHEMA.split(";"):
                        if statement.strip():
                            self.conn.execute(statement)
                    self.conn.execute(
                        "INSERT INTO meta(key, value) VALUES ('schema_version', ?)",
                        (str(SCHEMA_VERSION),),
                    )
        row = self.conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        version = int(row[0]) if row else 0
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: store has schema version {version}, this factcheck reads up to "
                f"{SCHEMA_VERSION}; upgrade factcheck"
            )
        if version < SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: store has schema version {version}, which this factcheck cannot "
                "migrate; re-create it with `factcheck add` into a new --db"
            )
        if not self.read_only and self.conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            self._to_wal()
        self._reviewer_column = self._add_reviewer_column()
        self._revision_column = self._add_revision_column()
        self.claim_keys = self._add_claim_index()
        # Tables are only ever added, so whether relating keys can be kept is known at open.
        self.has_pair_keys = "pair_keys" in self._tables()

    def _add_reviewer_column(self) -> bool:
        """Stores made before reviews named their reviewer gain the column (an additive change
        older factcheck versions read past); a read-only one is read without it."""
        columns = {r[1] for r in self.conn.execute("PRAGMA table_info(reviews)")}
        if "reviewer" in columns:
            return True
        if self.read_only:
            return False
        with self.transaction():
            columns = {r[1] for r in self.conn.execute("PRAGMA table_info(reviews)")}
            if "reviewer" not in columns:
                self.conn.execute(
                    "ALTER TABLE reviews ADD COLUMN reviewer TEXT NOT NULL DEFAULT ''"
                )
        return True

    def _add_revision_column(self) -> bool:
        """Stores made before revisions were told apart gain the column (additive: older
        factcheck versions read past it); their relations are re-derived by ``sync`` anyway,
        since the relate version changed. A read-only one is read without it."""
        columns = {r[1] for r in self.conn.execute("PRAGMA table_info(relations)")}
        if "revision" in columns:
            return True
        if self.read_only:
            return False
        with self.transaction():
            columns = {r[1] for r in self.conn.execute("PRAGMA table_info(relations)")}
            if "revision" not in columns:
                self.conn.execute(
                    "ALTER TABLE relations ADD COLUMN revision INTEGER NOT NULL DEFAULT 0"
                )
        return True

    def _add_claim_index(self) -> bool:
        """Stores made before the claim index gain it (additive: older versions read past it,
        and the triggers keep it right whoever writes); a read-only one is read without it."""
        tables = self._tables()
        if {"claim_index", "bulk_batches", "index_vectors", "pair_keys"} <= tables:
            return True
        if self.read_only:
            return "claim_index" in tables
        with self.transaction():
            tables = self._tables()
            if "claim_index" not in tables:
                for statement in _CLAIM_INDEX:
                    self.conn.execute(statement)
                self.conn.execute(
                    "INSERT INTO claim_index(claim, text_hash) "
                    "SELECT id, context_hash FROM claims ORDER BY rowid"
                )
            if "bulk_batches" not in tables:
                self.conn.execute(_BULK_BATCHES)
            if "index_vectors" not in tables:
                for statement in _INDEX_VECTORS:
                    self.conn.execute(statement)
            if "pair_keys" not in tables:
                for statement in _PAIR_KEYS:
                    self.conn.execute(statement)
        return True

    def data_version(self) -> int:
        """Changes whenever another connection (another process too) commits to the store:
        lets a long-running reader keep what it computed until the store really changed."""
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All-or-nothing: an exception or a killed process leaves the store as it was."""
        if self.conn.in_transaction:
            yield self.conn
            return
        if self.read_only:
            raise StoreError(f"{self.path}: the store is read-only; nothing was changed")
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    # -- meta ----------------------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO meta(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                (key, value),
            )

    # -- articles ------------------------------------------------------------------------

    def has_hash(self, content_hash: str) -> str | None:
        row = self.conn.execute("SELECT id FROM articles WHERE hash=?", (content_hash,)).fetchone()
        return row[0] if row else None

    def article_ids(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT id FROM articles")}

    def put_article(self, article: Article) -> None:
        with self.transaction():
            seq = self.conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM articles").fetchone()[0]
            self.conn.execute(
                "INSERT INTO articles(hash, id, title, body, published, outlet, path, date_source,"
                " warnings, added_at, seq) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (
                    article.content_hash,
                    article.id,
                    article.title,
                    article.body,
                    _iso(article.published),
                    article.outlet,
                    article.path,
                    article.date_source,
                    json.dumps(list(article.warnings)),
                    datetime.now(timezone.utc).isoformat(timespec="seconds"),
                    seq,
                ),
            )

    def articles(self, ids: Iterable[str] | None = None) -> list[Article]:
        rows = self.conn.execute(
            "SELECT id, title, body, published, outlet, path, date_source, warnings "
            "FROM articles ORDER BY seq"
        ).fetchall()
        wanted = set(ids) if ids is not None else None
        return [
            Article(
                id=r[0],
                title=r[1],
                body=r[2],
                published=_date(r[3]),
                outlet=r[4],
                path=r[5],
                date_source=r[6],
                warnings=tuple(json.loads(r[7])),
            )
            for r in rows
            if wanted is None or r[0] in wanted
        ]

    def published_dates(self) -> list[date]:
        return [
            date.fromisoformat(r[0])
            for r in self.conn.execute("SELECT published FROM articles WHERE published IS NOT NULL")
        ]

    def delete_article(self, article_id: str) -> bool:
        """Take an article out with its claims, their relations and reviews."""
        with self.transaction():
            claim_ids = [
                r[0]
                for r in self.conn.execute("SELECT id FROM claims WHERE article=?", (article_id,))
            ]
            self._delete_relations_of(claim_ids)
            self.conn.execute("DELETE FROM inconsistencies WHERE article=?", (article_id,))
            self.conn.execute("DELETE FROM claims WHERE article=?", (article_id,))
            cur = self.conn.execute("DELETE FROM articles WHERE id=?", (article_id,))
            return cur.rowcount > 0

    # -- claims --------------------------------------------------------------------------

    def put_claims(self, claims: Sequence[Claim]) -> None:
        with self.transaction():
            if self.has_pair_keys:
                self.conn.executemany(
                    "DELETE FROM pair_keys WHERE claim=?", [(c.id,) for c in claims]
                )
            self.conn.executemany(
                "INSERT OR REPLACE INTO claims(id, article, context_hash, data) VALUES (?,?,?,?)",
                [
                    (
                        c.id,
                        c.article,
                        sha256_text(c.embedding_text),
                        json.dumps(claim_to_dict(c), ensure_ascii=False),
                    )
                    for c in claims
                ],
            )

    def claims(self, article_ids: Iterable[str] | None = None) -> list[Claim]:
        rows = self.conn.execute(
            "SELECT c.data, c.article FROM claims c JOIN articles a ON a.id = c.article "
            "ORDER BY a.seq, c.rowid"
        ).fetchall()
        wanted = set(article_ids) if article_ids is not None else None
        return [claim_from_dict(json.loads(r[0])) for r in rows if wanted is None or r[1] in wanted]

    def claims_by_id(self, claim_ids: Iterable[str]) -> list[Claim]:
        """Just these claims (in corpus order), read by primary key: what an add needs."""
        wanted = list(dict.fromkeys(claim_ids))
        rows: list[tuple[int, int, str]] = []
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            marks = ",".join("?" * len(chunk))
            rows.extend(
                self.conn.execute(
                    "SELECT a.seq, c.rowid, c.data FROM claims c"
                    f" JOIN articles a ON a.id = c.article WHERE c.id IN ({marks})",
                    chunk,
                )
            )
        return [claim_from_dict(json.loads(r[2])) for r in sorted(rows)]

    def get_pair_keys(self, claim_ids: Sequence[str], version: str) -> dict[str, str]:
        """Stored relating keys (JSON) of these claims, where computed by ``version``."""
        if not self.has_pair_keys:
            return {}
        found: dict[str, str] = {}
        for i in range(0, len(claim_ids), 500):
            chunk = list(claim_ids[i : i + 500])
            marks = ",".join("?" * len(chunk))
            found.update(
                self.conn.execute(
                    f"SELECT claim, keys FROM pair_keys WHERE version=? AND claim IN ({marks})",
                    (version, *chunk),
                )
            )
        return found

    def put_pair_keys(self, keys: Mapping[str, str], version: str) -> None:
        """Keep relating keys of stored claims; a read-only store keeps nothing."""
        if self.read_only or not keys or not self.has_pair_keys:
            return
        with self.transaction():
            self.conn.executemany(
                "INSERT OR REPLACE INTO pair_keys(claim, version, keys)"
                " SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM claims WHERE id = ?)",
                [(c, version, k, c) for c, k in keys.items()],
            )

    def claims_of_keys(self, keys: Sequence[int]) -> list[str]:
        """Claim ids of claim-index keys; keys of deleted claims are skipped."""
        out: list[str] = []
        for i in range(0, len(keys), 500):
            chunk = list(keys[i : i + 500])
            marks = ",".join("?" * len(chunk))
            sql = (
                f"SELECT claim FROM claim_index WHERE key IN ({marks}) ORDER BY key"
                if self.claim_keys
                else f"SELECT id FROM claims WHERE rowid IN ({marks}) ORDER BY rowid"
            )
            out.extend(r[0] for r in self.conn.execute(sql, chunk))
        return out

    def last_claim_key(self) -> int:
        row = self.conn.execute("SELECT COALESCE(MAX(key), 0) FROM claim_index").fetchone()
        return int(row[0])

    def index_new_texts(
        self, model: str, after: int, upto: int
    ) -> list[tuple[int, str, np.ndarray]]:
        """(key, text hash, vector) of each text first seen in keys (after, upto]: one row per
        text the index (written up to ``after``) does not hold yet, under its first claim's key."""
        rows = self.conn.execute(
            "SELECT k.key, k.text_hash, v.dim, v.vector FROM claim_index k JOIN vectors v"
            " ON v.model = ? AND v.text_hash = k.text_hash WHERE k.key > ? AND k.key <= ?"
            " AND NOT EXISTS (SELECT 1 FROM index_vectors i WHERE i.model = ?"
            " AND i.text_hash = k.text_hash AND i.key <= ?) ORDER BY k.key",
            (model, after, upto, model, after),
        )
        out: dict[str, tuple[int, str, np.ndarray]] = {}
        for k, h, d, b in rows:
            out.setdefault(h, (int(k), h, np.frombuffer(b, dtype=np.float32, count=d)))
        return list(out.values())

    def put_index_texts(self, model: str, rows: Sequence[tuple[str, int]]) -> None:
        """Record which key stands for each text in the index about to be written (a row
        above the file's mark, left by a crash, is ignored and replaced by the next fold)."""
        with self.transaction():
            self.conn.executemany(
                "INSERT OR REPLACE INTO index_vectors(model, text_hash, key) VALUES (?,?,?)",
                [(model, h, k) for h, k in rows],
            )

    def clear_index_texts(self, model: str) -> None:
        with self.transaction():
            self.conn.execute("DELETE FROM index_vectors WHERE model = ?", (model,))

    def claims_of_index_keys(self, model: str, keys: Sequence[int]) -> list[str]:
        """Every live claim whose text an index key stands for."""
        out: list[str] = []
        for i in range(0, len(keys), 500):
            chunk = list(keys[i : i + 500])
            marks = ",".join("?" * len(chunk))
            out.extend(
                r[0]
                for r in self.conn.execute(
                    "SELECT c.claim FROM index_vectors i JOIN claim_index c"
                    f" ON c.text_hash = i.text_hash WHERE i.model = ? AND i.key IN ({marks})"
                    " ORDER BY c.key",
                    [model, *chunk],
                )
            )
        return out

    def index_tail_matrix(self, model: str, after: int) -> tuple[np.ndarray, np.ndarray]:
        """(key, vector) of every claim keyed after ``after``, for this model's vectors, as a
        key array and one matrix (one model: one width), built from the joined blobs rather
        than a row array each."""
        sql = (
            "SELECT k.key, v.vector FROM claim_index k JOIN vectors v"
            " ON v.model = ? AND v.text_hash = k.text_hash WHERE k.key > ? ORDER BY k.key"
            if self.claim_keys
            else "SELECT c.rowid, v.vector FROM claims c JOIN vectors v"
            " ON v.model = ? AND v.text_hash = c.context_hash WHERE c.rowid > ? ORDER BY c.rowid"
        )
        rows = self.conn.execute(sql, (model, after)).fetchall()
        if not rows:
            return np.zeros(0, dtype=np.int64), np.zeros((0, 0), dtype=np.float32)
        keys = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        matrix = np.frombuffer(b"".join(r[1] for r in rows), dtype=np.float32)
        return keys, matrix.reshape(len(rows), -1)

    def claim_count(self) -> int:
        return int(self.conn.execute("SELECT COUNT(*) FROM claims").fetchone()[0])

    def replace_claims(self, article_id: str, claims: Sequence[Claim]) -> None:
        with self.transaction():
            old = [
                r[0]
                for r in self.conn.execute("SELECT id FROM claims WHERE article=?", (article_id,))
            ]
            self._delete_relations_of(old)
            self.conn.execute("DELETE FROM claims WHERE article=?", (article_id,))
            self.put_claims(claims)

    def put_inconsistencies(self, article_id: str, items: Sequence[Inconsistency]) -> None:
        with self.transaction():
            self.conn.execute("DELETE FROM inconsistencies WHERE article=?", (article_id,))
            self.conn.executemany(
                "INSERT INTO inconsistencies(article, data) VALUES (?, ?)",
                [(article_id, json.dumps(i.__dict__, ensure_ascii=False)) for i in items],
            )

    def inconsistencies(self, article_ids: Iterable[str] | None = None) -> list[Inconsistency]:
        wanted = set(article_ids) if article_ids is not None else None
        rows = self.conn.execute("SELECT article, data FROM inconsistencies ORDER BY rowid")
        return [Inconsistency(**json.loads(d)) for a, d in rows if wanted is None or a in wanted]

    # -- vectors -------------------------------------------------------------------------

    def get_vectors(self, model: str, text_hashes: Sequence[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        unique = list(dict.fromkeys(text_hashes))
        for i in range(0, len(unique), 500):
            chunk = unique[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for h, dim, blob in self.conn.execute(
                "SELECT text_hash, dim, vector FROM vectors"
                f" WHERE model=? AND text_hash IN ({marks})",
                (model, *chunk),
            ):
                found[h] = np.frombuffer(blob, dtype=np.float32, count=dim)
        return found

    def put_vectors(self, model: str, vectors: dict[str, np.ndarray]) -> None:
        with self.transaction():
            self.conn.executemany(
                "INSERT OR IGNORE INTO vectors(model, text_hash, dim, vector) VALUES (?,?,?,?)",
                [
                    (model, h, int(v.shape[0]), np.asarray(v, dtype=np.float32).tobytes())
                    for h, v in vectors.items()
                ],
            )

    # -- bulk batches --------------------------------------------------------------------

    def bulk_done(self, keys: Sequence[str]) -> set[str]:
        """Which of these bulk batches an earlier run committed."""
        if "bulk_batches" not in self._tables():
            return set()
        found: set[str] = set()
        for i in range(0, len(keys), 500):
            chunk = list(keys[i : i + 500])
            marks = ",".join("?" * len(chunk))
            found.update(
                r[0]
                for r in self.conn.execute(
                    f"SELECT key FROM bulk_batches WHERE key IN ({marks})", chunk
                )
            )
        return found

    def mark_bulk_done(self, key: str, items: int) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT OR REPLACE INTO bulk_batches(key, items, done_at) VALUES (?,?,?)",
                (key, items, datetime.now(timezone.utc).isoformat(timespec="seconds")),
            )

    # -- relations -----------------------------------------------------------------------

    def _delete_relations_of(self, claim_ids: Sequence[str]) -> None:
        for i in range(0, len(claim_ids), 400):
            chunk = list(claim_ids[i : i + 400])
            marks = ",".join("?" * len(chunk))
            self.conn.execute(
                f"DELETE FROM relations WHERE source IN ({marks}) OR target IN ({marks})",
                (*chunk, *chunk),
            )

    def put_relations(self, relations: Sequence[Relation]) -> None:
        with self.transaction():
            self.conn.executemany(
                "INSERT OR REPLACE INTO relations"
                "(id, source, target, type, confidence, reason, revision) VALUES (?,?,?,?,?,?,?)",
                # rows as they are written, not a list of them all (FA-KES: 147,000 rows)
                (
                    (r.id, r.source, r.target, r.type, r.confidence, r.reason, int(r.revision))
                    for r in relations
                ),
            )

    def replace_all_relations(self, relations: Sequence[Relation]) -> None:
        with self.transaction():
            self.conn.execute("DELETE FROM relations")
            self.put_relations(relations)

    def relations(self) -> list[Relation]:
        revision = "revision" if self._revision_column else "0"
        return [
            Relation(
                id=r[0],
                source=r[1],
                target=r[2],
                type=r[3],
                confidence=r[4],
                reason=r[5],
                revision=bool(r[6]),
            )
            for r in self.conn.execute(
                f"SELECT id, source, target, type, confidence, reason, {revision}"
                " FROM relations ORDER BY id"
            )
        ]

    def relation_exists(self, relation_id: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM relations WHERE id=?", (relation_id,)).fetchone()
        return row is not None

    # -- reviews -------------------------------------------------------------------------

    def put_review(self, review: Review) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO reviews(relation, decision, note, decided_at, reviewer)"
                " VALUES (?,?,?,?,?) "
                "ON CONFLICT(relation) DO UPDATE SET decision=excluded.decision, "
                "note=excluded.note, decided_at=excluded.decided_at, reviewer=excluded.reviewer",
                (review.relation, review.decision, review.note, review.decided_at, review.reviewer),
            )

    def delete_review(self, relation_id: str) -> bool:
        """Forget the decision on a relation (an undone review); True when there was one."""
        with self.transaction():
            cur = self.conn.execute("DELETE FROM reviews WHERE relation=?", (relation_id,))
            return cur.rowcount > 0

    def reviews(self) -> list[Review]:
        reviewer = "reviewer" if self._reviewer_column else "''"
        return [
            Review(relation=r[0], decision=r[1], note=r[2], decided_at=r[3], reviewer=r[4])
            for r in self.conn.execute(
                f"SELECT relation, decision, note, decided_at, {reviewer} FROM reviews"
                " ORDER BY relation"
            )
        ]
