"""The extraction lexicon: every word list the rules read, in one place.

Rules are stated as linguistic constructions (a reporting verb governing a quotation,
a meeting verb with a comitative object, an interrogative clause nobody answers); the
words that fill a construction's slots live here, so a reader sees the whole vocabulary
at once and a list cannot drift between two modules. Lists are generic English
(reporting verbs, offices, hedges), never particular people, places or articles.

Sections follow the product's sections; a list read by several sections sits in
"shared" at the top.
"""

from __future__ import annotations

# --- shared: names, titles, roles -----------------------------------------------------


# --- quotes and speakers --------------------------------------------------------------


# --- meetings, visits and calls -------------------------------------------------------


# --- open questions -------------------------------------------------------------------


# --- people and identities ------------------------------------------------------------
