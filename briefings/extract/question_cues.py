"""Implicit questions: what a sentence says is open without a question mark.

"It is unclear whether ...", "... remains to be seen", "declined to say
whether ...", "asked whether Iran would engage in talks", "doubts about how
hard Bush will push them"; failing those, the constructions of :mod:`open_points`
("The cause of the fire is not yet known."). Each cue is a phrase of ordinary English; the
question reported is the clause the cue governs (its subject through its
complement), so a briefing line reads as the open point and not the whole
paragraph. Who asked is the subject of "asked"/"wondered"/"doubted" when
there is one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span, Token

from briefings.extract.context import DocContext
from briefings.extract.lexicon import CUE_WITHOUT_POINT_WORDS, QUOTED_REFUSAL, REPLY_LEMMAS, SETTLED_LATER
from briefings.extract.open_points import OPEN_POINT, open_point
from briefings.extract.participants import resolve_token
from briefings.extract.speakers import Speakers
from briefings.model.facts import PersonRef, Question

_WH = r"(?:whether|if|how|what|when|who|whom|why|where|which)"
_TELL = r"(?:say|comment on|confirm|disclose|specify|reveal|explain|clarify|discuss|elaborate on|state)"
# "did not say what exactly changed", "would not elaborate on how long", "didn't state how much"
_TOLD = (
    r"(?:say|said|disclose|disclosed|confirm|confirmed|reveal|revealed|explain|explained|specify|specified"
    r"|clarify|clarified|comment\s+on|commented\s+on|mention|mentioned|announce|announced|indicate|indicated"
    r"|elaborate\s+on|elaborated\s+on|state|stated|discuss|discussed"
    r"|answer\s+(?:\w+\s+){0,2}?questions?\s+(?:on\s+|about\s+|as to\s+)?)"
)
_NEGATED = (
    r"(?:did not|didn['’]t|has not|hasn['’]t|have not|haven['’]t|would not|wouldn['’]t"
    r"|could not|couldn['’]t|will not|won['’]t|never)"
)
_CUES = re.compile(
    "|".join(
        (
            rf"\b(?:unclear|not clear|uncertain|unknown|not known|undecided|unsure|not sure)\s+"
            rf"(?:as to\s+)?{_WH}\b",
            r"\bremains?\s+to\s+be\s+seen\b|\bremained\s+to\s+be\s+seen\b",
            # a third party does not know: "authorities don't know if any debris was destroyed",
            # "no one knows who fired first" (a speaker's own "I don't know if" is his doubt, and "she
            # did not know what her address was" tells a past state)
            rf"(?<!\bi )(?<!\bwe )(?<!\byou )(?<!\bi just )(?<!\bwe just )\b(?:do|does)(?:n['’]t|\s+not)\s+"
            rf"(?:yet\s+|even\s+)?know\s+{_WH}\b(?!\s+to\b)",
            rf"\b(?:no one|nobody|none of them)\s+(?:yet\s+|really\s+)?knows\s+{_WH}\b",
            rf"\b(?:declined|refused|declines|refuses|declining|refusing)\s+to\s+{_TELL}\s+{_WH}\b",
            # "He did not, however, say whether such action would be imminent."
            rf"\b{_NEGATED}(?:\s*,\s*(?:however|though|also)\s*,)?\s+(?:yet\s+|immediately\s+|publicly\s+)?"
            rf"{_TOLD}\s+{_WH}\b",
            # "Neither leader indicated to what level, if any, cooperation would exist."
            rf"\bneither\s+(?:[\w’'.-]+\s+){{1,4}}?(?:said|indicated|disclosed|revealed|specified|explained|"
            rf"confirmed|stated)\s+(?:(?:to|at|on|by|in|for)\s+)?{_WH}\b",
            # "noted Uka's refusal to explain how he acquired the gun"
            rf"\b(?:refusal|failure)\s+to\s+{_TELL}\s+{_WH}\b",
            # "He did not elaborate on the final statement.": what was meant is left open ("did not
            # elaborate on it" names nothing a reader could follow)
            rf"\b{_NEGATED}\s+(?:further\s+)?elaborate\s+(?:further\s+)?on\s+(?!(?:it|that|this|them)\b)",
            # "asked the Brazilian Vice-President José Alencar if ...": the one asked may carry a title;
            # "asked them to wait until", "asked for help when" put no question
            rf"\b(?:asked|asking|asks|ask)\s+(?:(?!(?:to|for|that)\b)[\w.’'-]+\s+){{0,6}}?{_WH}\b",
            rf"\b(?:declined|refused|declining|refusing)\s+to\s+(?:give|provide|offer|share)\s+(?:any\s+)?"
            rf"(?:more\s+|further\s+|additional\s+)?(?:details|information|explanation)\s+"
            rf"(?:about|on|of|as to)\s+{_WH}\b",
            rf"\b(?:wonder(?:s|ed|ing)?|question(?:s|ed|ing)?)\s+{_WH}\b",
            # "doubts about how hard Bush will push", not "sowing doubt about the results" (an assertion)
            rf"\bdoubts?[\"”’']?\s+(?:(?:about|over|as to)\s+)?{_WH}\b|\bdoubts\s+that\b",
            # "Some analysts doubt APEC's push to revive the talks will succeed": others' doubt that a thing
            # will come about leaves it open (a speaker's own "I doubt it will" is his view)
            r"(?<!\bi )(?<!\bwe )(?<!\byou )\b(?:doubt|doubted)\s+(?:that\s+)?(?!(?:it|that|this|them)\b)"
            r"[^.;:?!]{3,80}?\b(?:will|would|can|could)\b",
            # "people are skeptical about what can be accomplished"
            rf"\b(?:skeptical|sceptical|doubtful)\s+(?:about|of|as to)\s+{_WH}\b",
            # "there has been debate about whether 'all means necessary' included military force"
            rf"\b(?:debate|dispute|disagreement|uncertainty|speculation)\s+"
            rf"(?:about|over|as to|on)\s+{_WH}\b",
            # "The team failed to determine how many bodies the fragments represented."
            rf"\b(?:failed|unable)\s+to\s+(?:determine|establish|identify|find out|say)\s+{_WH}\b",
            r"\b(?:open|unanswered|unresolved)\s+questions?\b",
            r"\b(?:questions?|doubts?)\s+(?:remain|remains|remained|linger|lingers|persist|persists)\b",
            # "questions about whether ...", "raise serious questions about the government's ability";
            # not "frequently asked questions about the program" nor "to face questions about corruption"
            rf"\bquestions?\s+(?:about|over|as to)\s+{_WH}\b",
            r"\b(?:raise|raises|raised|raising|pose|poses|posed|posing)\s+(?:\w+\s+){0,2}?questions?\s+"
            r"(?:about|over|as to)\b",
            # "The findings have further called into question the response of the government"
            r"\b(?:call|calls|called|calling)\s+(?:\w+\s+){0,2}?into\s+question\b",
            # "The collapse puts the future of the effort to reach a trade agreement in question", "left
            # the summit in doubt", "casts doubt on the deal": what the thing's fate is, is open
            r"\b(?:put|puts|putting|place|places|placed|placing|leave|leaves|left|leaving|throw|throws|threw|"
            r"thrown|throwing)\s+(?:[\w’'-]+\s+){1,14}?(?:in|into)\s+(?:question|doubt)\b",
            r"\b(?:cast|casts|casting)\s+(?:new\s+|fresh\s+|further\s+|serious\s+)?doubts?\s+(?:on|over)\b",
            rf"\bno\s+(?:word|indication|decision)\s+(?:yet\s+)?(?:on\s+|about\s+|as to\s+)?{_WH}\b",
            # "Sources gave conflicting reports as to whether suicide bombers were involved"
            rf"\b(?:conflicting|contradictory)\s+(?:reports|accounts|information|claims|statements)\s+"
            rf"(?:(?:as to|about|over|on)\s+)?{_WH}\b",
            # "though reports differ as to whether she used a needle", "accounts vary on how many died"
            rf"\b(?:reports|accounts|sources|witnesses|estimates|versions)\s+(?:differ|differed|vary|varied|"
            rf"conflict|conflicted|disagree|disagreed)\s+(?:(?:as to|about|over|on)\s+)?{_WH}\b",
            # "confirmation was not then available on whether her counterpart is Vietnamese"
            rf"\b(?:confirmation|information|details|word)\s+(?:was|were|is|are)\s+not\s+(?:yet\s+|then\s+|"
            rf"immediately\s+)?available\s+(?:(?:on|about|as to)\s+)?{_WH}\b",
        )
    ),
    re.IGNORECASE,
)
_EMPTY_WORDS = frozenset(CUE_WITHOUT_POINT_WORDS.split())
_SETTLED_BEFORE = re.compile(
    r"\b(?:no|without|little|never|not|don['’]t|do not|didn['’]t|did not|doesn['’]t|does not)\s+$"
    # "agreed to sit down after a day of uncertainty about whether the talks would proceed": a doubt
    # the sentence puts behind it
    r"|\b(?:after|following)\s+(?:[\w-]+\s+){0,3}?of\s+$",
    re.IGNORECASE,
)
_BIDDING = re.compile(r"\W*(?:(?:and|so|but|just|now|go|then|please)\W+)*", re.IGNORECASE)
# the reply in the same sentence: "...; they indicated ...", "..., and she replied that ...", "..., to
# which Comey had replied in the negative"
_REPLIED = re.compile(
    r"^[^.?!]*?(?:;|,\s*and|—|,\s*to which)\s*(?:\w+\s+){1,3}?"
    r"(?:said|replied|responded|answered|indicated|assured)\b",
    re.IGNORECASE,
)
_SETTLED_AFTER = re.compile(SETTLED_LATER, re.IGNORECASE)
_KEEP_MARKS = frozenset({"whether", "if"})  # "Whether the ceasefire will hold remains to be seen"
_ASKING_LEMMAS = frozenset({"ask", "wonder", "question", "doubt", "query"})
_PUTTING_LEMMAS = _ASKING_LEMMAS - {"doubt"}  # askings someone can answer (a doubt is held, not put)
_SKIP_DEPS = frozenset(
    {"conj", "cc", "punct", "mark", "advcl", "npadvmod", "prep", "advmod", "parataxis", "intj"}
)


def implicit_questions(ctx: DocContext) -> Iterator[Question]:
    """Questions implied by cue phrases, one per cue, in text order."""
    for sent in ctx.sentences:
        text = sent.text.strip()
        if not text or text.endswith("?"):
            continue
        for match in _CUES.finditer(sent.text):
            if _SETTLED_BEFORE.search(sent.text[: match.start()]):
                continue  # "I have no doubt about it" settles the point; "we don't ask who" asks nothing
            if _BIDDING.fullmatch(sent.text[: match.start()]) and match.group().lower().startswith("ask "):
                continue  # "Ask any parent who has been home this year.": a bidding, not a question
            if re.fullmatch(r"\W*", sent.text[match.end() :]) and re.search(rf"{_WH}$", match.group(), re.I):
                continue  # "people have asked me why.": a wh-word with no clause names no point
            cue = ctx.doc.char_span(
                sent.start_char + match.start(), sent.start_char + match.end(), alignment_mode="expand"
            )
            if cue is None:
                continue
            span = _clause(cue, sent)
            asking = match.group().lower().startswith("ask")
            rest = sent.text[span.end_char - sent.start_char :]
            if asking and (_REPLIED.search(rest) or _REPLIED.search(sent.text[match.end() :])):
                # "He asked if they needed support; they indicated they had what they need.", "asked
                # Comey if he were under investigation, to which Comey had replied in the negative"
                continue
            put = asking or cue[0].lemma_.lower() in _PUTTING_LEMMAS
            if put and _answered(cue, sent, ctx):
                continue  # "When asked why, McClellan responded that …", "X was asked if …. X said no."
            if _SETTLED_AFTER.search(rest):
                continue  # "He did not say whether he would run, but aides confirmed that he will."
            question = span.text.strip().rstrip(",;:")
            if len(question.split()) < 4 or _says_nothing_open(question, match.group()):
                continue
            yield Question(_reported(sent, span), "implicit", _asker(cue, ctx), ctx.evidence_for(span))
            break  # one question per sentence: several cues in one sentence name one open point
        else:
            # no cue phrase: news prose states the open point ("The cause is not yet known.")
            point = open_point(sent)
            found = OPEN_POINT.search(sent.text) if point is not None else None
            if found is not None and _SETTLED_AFTER.search(sent.text[found.end() :]):
                continue  # "The cause was not immediately known, but was later confirmed as a gas leak."
            if point is not None and len(point.text.split()) >= 4:
                yield Question(_reported(sent, point), "implicit", None, ctx.evidence_for(point))


def _reported(sent: Span, clause: Span) -> str:
    """The line a briefing shows for an implicit question: its sentence, or the clause stating the
    open point when the rest of the sentence is another statement.

    A reader marking the open point marks its sentence ("Tillerson said the vetting improved,
    though he did not say what exactly changed": the clause alone leaves "what" without its
    story); the clause alone only when it is most of the sentence anyway, or a statement of its
    own: a conjunct after "and" ("Officials said three were rescued, and workers were trying to
    free an unknown number of others") or a question put in a fronted participle ("Asked whether
    the Netherlands would supply missiles, van Aalst declined to say …")."""
    whole = sent.text.strip()
    words = len(re.findall(r"\w+", clause.text))
    if 2 * words >= len(re.findall(r"\w+", whole)):
        return whole
    root = clause.root
    joined = root.dep_ == "conj" and any(
        c.dep_ == "cc" and c.lower_ == "and" and root.head.i < c.i < root.i for c in root.head.children
    )
    fronted = (
        root.dep_ == "advcl"
        and clause.start == sent.start
        and clause.end <= root.head.i
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in root.children)
    )
    return clause.text.strip().rstrip(",;:") if joined or fronted else whole


def _answered(cue: Span, sent: Span, ctx: DocContext) -> bool:
    """An asking the text answers: "When asked why the report was not made public, McClellan
    responded by saying that …" (the asking is a clause set before a main clause that replies), or
    "Ernest was asked if Snowden would be pardoned. Ernest said no, …" (the next sentence's subject
    replies, unless it declines: "He did not say.")."""
    asking = next((t for t in cue if t.lemma_.lower() in _PUTTING_LEMMAS), None)
    root = sent.root
    subordinate = asking is not None and any(a.dep_ == "advcl" for a in [asking, *asking.ancestors])
    if subordinate and root.lemma_.lower() in REPLY_LEMMAS and not _declines(root):
        return True
    after = ctx.sentence_after(sent)
    if after is None or "\n\n" in ctx.text[sent.end_char : after.start_char]:
        return False
    verb = after.root
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return (
        verb.lemma_.lower() in REPLY_LEMMAS
        and bool(subjects)
        # the subject opens the sentence, or follows the quoted reply of the one asked ("Déby was
        # asked whether …. “Why not,” Déby replied."; "Baird has asked officials how …. “…,” Baird
        # said." is the asker going on)
        and (subjects[0].i - after.start < 4 or (after[0].is_quote and _the_one_asked(sent, subjects[0])))
        and (subjects[0].ent_type_ == "PERSON" or subjects[0].lower_ in {"he", "she", "they"})
        and not _declines(verb)
        and _QUOTED_REFUSAL.search(after.text) is None  # "“I will not discuss that,” she said."
    )


_QUOTED_REFUSAL = re.compile(QUOTED_REFUSAL, re.IGNORECASE)


def _the_one_asked(sent: Span, replier: Token) -> bool:
    """Whether ``replier`` is who the sentence's asking put the question to: its passive subject
    ("Déby was asked") or its object ("asked Déby"), by the same last word of the name."""
    asked = [
        c
        for t in sent
        if t.lemma_.lower() in _PUTTING_LEMMAS
        for c in t.children
        if c.dep_ in {"nsubjpass", "dobj"}
    ]
    return any(a.text == replier.text for a in asked) or (replier.lower_ in {"he", "she"} and bool(asked))


def _declines(verb: Token) -> bool:
    """ "He did not say.", "She declined to answer": a reply verb that gives no answer (a "not" of the
    quoted reply, "“Why not,” Déby replied.", is the answer's own word)."""
    quoted = _quoted_indices(verb.sent)
    negated = any(c.dep_ == "neg" and c.i not in quoted for c in verb.children)
    return negated or verb.head.lemma_.lower() in {"decline", "refuse"}


def _quoted_indices(sent: Span) -> set[int]:
    """Token indices of a sentence that sit between quotation marks."""
    inside: set[int] = set()
    open_mark = False
    for t in sent:
        if t.is_quote:
            open_mark = not open_mark
            continue
        if open_mark:
            inside.add(t.i)
    return inside


def _says_nothing_open(question: str, cue: str) -> bool:
    """ "It remains to be seen.", "That is unclear whether": the cue with nothing but a pronoun
    for what is open, so the line would not tell a reader which point is open."""
    rest = re.sub(re.escape(cue), " ", question, flags=re.IGNORECASE)
    words = {w.lower() for w in re.findall(r"[^\W\d_]+", rest)}
    return words <= _EMPTY_WORDS


def _clause(cue: Span, sent: Span) -> Span:
    """The clause the cue belongs to: the governing verb's subtree (with the verb whose complement
    it is) without coordinated or fronted clauses."""
    head = cue.root
    while head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i:
        head = head.head
    while head.dep_ == "ccomp" and head.head.dep_ not in {"relcl", "acl"} and head.head.i < head.i:
        head = head.head  # "I do think that it remains to be seen whether ...": the thinking frames it
    keep = [head]
    for child in head.children:
        if child.dep_ in _SKIP_DEPS and (child.i < head.i or child.dep_ in {"conj", "cc", "parataxis"}):
            continue
        keep.extend(child.subtree)
    start = min(t.i for t in keep)
    end = max(t.i for t in keep) + 1
    start = min(start, cue.start)
    end = max(end, cue.end)
    doc = sent.doc
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
        end -= 1
    while start < end - 1 and (
        doc[start].is_punct
        or doc[start].dep_ == "cc"
        or (doc[start].dep_ == "mark" and doc[start].lower_ not in _KEEP_MARKS)
    ):
        start += 1
    return doc[max(start, sent.start) : min(end, sent.end)]


def _asker(cue: Span, ctx: DocContext) -> PersonRef | None:
    """Who asks: the subject of "asked"/"wondered"/"doubted", resolved to a full name."""
    verb: Token | None = next(
        (t for t in cue if t.lemma_.lower() in _ASKING_LEMMAS and t.pos_ == "VERB"), None
    )
    if verb is None:
        return None
    for child in verb.children:
        if child.dep_ == "nsubj":
            found = resolve_token(child, ctx.people, Speakers())
            if found:
                return found[0]
    return None
