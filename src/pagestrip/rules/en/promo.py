"""What an essay or speech site says in its own voice (``en.*`` sentence rules
and the edge/line rules written with them): promotions and buttons, a chat
assistant's leftovers, the site's lead-in, section names, glued menus,
rating widgets and preview notices.
"""

from __future__ import annotations

from ...model import Kind
from ...vocabulary import SOCIAL_NETWORKS
from ..rule import Rule, Scope

# Cue classes of the sentence rules (see Scope.SENTENCE): families of words
# that only together make a sentence the site's or a chat assistant's own.
_CHAT_OPENER = (
    r"^(?:sure|certainly|of course|absolutely|okay|ok)\b[!,.]?|\bhere(?:'s| is| are)\b|"
    r"\b(?:below|above) (?:is|are)\b|\bi(?:'ve| have) (?:written|drafted|created|prepared)\b"
)
_CHAT_ARTEFACT = (
    r"\ban? (?:[\w-]+ ){0,3}(?:speech|essay|letter|draft|template|sample|example|version|outline|script|toast|poem|"
    r"eulogy|cover letter|introduction)\b"
)
_CHAT_EDIT = (
    r"\b(?:feel free|you (?:can|may|might want to|could)|don't hesitate)\s+(?:to\s+)?"
    r"(?:adjust|customi[sz]e|modify|tailor|edit|change|personali[sz]e|adapt|tweak|replace|add)\b|"
    r"\bbest of luck\b|\bgood luck with\b|\bi hope (?:this|these|that|it) helps?\b|\blet me know if\b"
)
_CHAT_REFERENT = (
    r"\b(?:above|below)\b|\bto (?:suit|fit|match) your\b|\byour (?:event|speech|needs|occasion|audience|"
    r"style|essay|situation|preferences)\b|\b(?:this|the) (?:speech|template|draft|essay|sample)\b"
)
_COMPILED_BY = (
    r"\b(?:i|we|our (?:editors?|writers?|team|experts?)|the editor)\s+(?:have\s+)?"
    r"(?:compiled|collected|gathered|prepared|put together|selected)\b"
)
_FOR_READER = (
    r"\bfor (?:everyone|you|your reference|reference)\b|\bi hope (?:the following|this|it)\b|"
    r"\bhope (?:it|this|the following) (?:can |will )?help|\bwelcome to (?:read|refer)\b"
)
_RATED = r"\brated\b|\(\d[\d,]* (?:ratings?|votes?|reviews?)\)|\bfound (?:this|it) (?:useful|helpful)\b"
_READERS = r"\b\d{1,3}(?:\.\d)?% of (?:readers|users|people|visitors|students)\b|\b(?:readers|users|visitors)\b"
_RATED_OBJECT = r"\bthis (?:file|essay|document|paper|sample|example|page|article|text)\b|\buseful\b|\bhelpful\b"
_CUT = (
    r"\bpreview\b|\bexcerpt\b|\bpages? (?:left|remaining)\b|\bremaining \d|\bend of (?:the )?(?:preview|sample)\b|"
    r"\bonly (?:the first|\d)|\bunlock\b"
)
_FULL_ACCESS = (
    r"\b(?:full|whole|entire|complete) (?:document|essay|text|paper|version|article)\b|\bcontinue reading\b|"
    r"\bsign up\b|\bregister\b|\bsubscribe\b|\bdownload\b|\blog ?in\b|\bbecome a member\b|\bpremium\b"
)
_FIGURES = r"\b\d{1,5}\s*(?:pages?|words?)\b|\d{1,3}\s*%"

#: A reader-funded site's appeal: asking for money or support …
_APPEAL = (
    r"\bdonat(?:e|es|ed|ing|ions?)\b|\bcontribut(?:e|ions?)\b|\bsupport (?:us|our)\b|"
    r"\bbecome a (?:member|supporter|patron)\b|\bchip in\b"
)
#: … for its own journalism.
_OWN_JOURNALISM = (
    r"\b(?:our|independent|nonprofit|non-profit|reader-funded|quality) (?:[\w-]+ )?(?:journalism|reporting|newsroom)\b|"
    r"\breaders like you\b|\bour (?:work|mission|reporters|journalists)\b"
)

_OFFER = (
    r"\b\d{1,2}\s?% off\b|\bdiscount\b|\b(?:use|promo|coupon) code\b|\bclaim (?:your |the )?offer\b|"
    r"\border (?:now|today)\b|\bhire (?:a|an|our)\b|\bour (?:expert|professional|experienced|skilled)s?\b|"
    r"\bget (?:a|your) (?:personali[sz]ed|custom|professional|free)\b|\bwritten for you\b|"
    # (let our writers/experts … is a service's offer; "or let our managed server generate one" is prose)
    r"\blet our (?:[\w-]+ ){0,3}(?:writers?|experts?|professionals?|specialists?|authors?|editors?)\b|"
    r"\blet us (?:write|craft)\b|"
    r"\blet us (?:help|do|handle|create|take care of)(?: you)?(?: with)? (?:your |an? |the )?"
    r"(?:essay|paper|speech|eulogy|writing|assignment|homework|dissertation|thesis)\b|"
    r"\bwriting service\b|\bcustom(?:-written)? (?:essay|paper|speech)\b"
)
_SERVICE = (
    r"\bwriters?\b|\bwriting\b|\bessays?\b|\beulog(?:y|ies)\b|\bspeech(?:es)?\b|\bpapers?\b|\bcheckout\b|"
    r"\bexperts?\b|\bprofessional(?:ly)?\b|\bpersonali[sz]ed\b|\bcode\b"
)
_TO_YOU = r"\byou(?:r)?\b|\bnow\b|\btoday\b|\bexpires?\b"

RULES: list[Rule] = [
    Rule(
        "en.chrome.promo",
        Kind.CHROME,
        Scope.SENTENCE,
        None,
        "a writing service's promotion: Let our expert writers create a personalized eulogy / Take 10% OFF, "
        "use code … at checkout",
        cues=(_OFFER, _SERVICE, _TO_YOU),
        min_cues=2,
        required_cues=(0,),
        max_chars=200,
        ignore_case=True,
    ),
    Rule(
        "en.chrome.donation",
        Kind.CHROME,
        Scope.SENTENCE,
        None,
        "a reader-funded site's appeal: Our independent journalism depends on donations from readers like you / "
        "Help support our journalism",
        cues=(_APPEAL, _OWN_JOURNALISM),
        max_chars=260,
        ignore_case=True,
    ),
    Rule(
        "en.chrome.buttons",
        Kind.CHROME,
        Scope.EDGE,
        r"(?:claim|get|order|buy|download|subscribe|sign up|log ?in|register|share|print|save|report|tweet|email|"
        r"pin|like|follow|comment|reply|read more|see more|load more|next|previous|back|"
        rf"{SOCIAL_NETWORKS})"
        r"(?:\s+(?:offer|now|started|it|this|free|here|more|all|us|on \w+|page|post|article)){0,2}\s*[!»>→]?",
        "outside the article: a button label (Claim Offer, Order Now, Share, Print, Read more, Facebook)",
        max_chars=30,
        ignore_case=True,
    ),
    Rule(
        "en.editorial.chat-intro",
        Kind.EDITORIAL,
        Scope.SENTENCE,
        None,
        "a chat assistant's preamble left in the text: Sure! Here is a short speech for …",
        cues=(_CHAT_OPENER, _CHAT_ARTEFACT),
        max_chars=200,
        ignore_case=True,
    ),
    Rule(
        "en.editorial.chat-outro",
        Kind.EDITORIAL,
        Scope.SENTENCE,
        None,
        "a chat assistant's closing advice: Feel free to customize it to suit your event / Best of luck with "
        "your speech!",
        cues=(_CHAT_EDIT, _CHAT_REFERENT),
        max_chars=200,
        ignore_case=True,
    ),
    Rule(
        "en.editorial.lead-in",
        Kind.EDITORIAL,
        Scope.SENTENCE,
        None,
        "the site's lead-in: I have compiled … for everyone; I hope the following content can help you",
        cues=(_COMPILED_BY, _FOR_READER, r"\bthe following\b|\bbelow\b|\bhere (?:is|are)\b"),
        min_cues=2,
        max_chars=220,
        ignore_case=True,
        tags=("lead-in",),
    ),
    Rule(
        "en.chrome.section",
        Kind.CHROME,
        Scope.EDGE,
        r"(?:[A-Z][\w'&-]*\s+|(?:and|of|for|the|to|in|on|our|&)\s+){0,7}"
        r"(?:Essays|Papers|Samples|Examples|Templates|Speeches|Articles|Resources|Topics|Categories|Database|Archives)"
        r"(?:\s+(?:[A-Z][\w'&-]*|and|of|for|the|to|in|on|&)){0,6}",
        "outside the article: a site section in title case (Persuasive Essays and Research Papers, Eulogy Examples)",
        max_chars=80,
    ),
    Rule(
        "en.chrome.glued-menu",
        Kind.CHROME,
        Scope.LINE,
        r"(?=(?:[^\n]*?[a-z][A-Z]){6})[A-Z][A-Za-z&']*(?: [A-Z&][A-Za-z&']*){0,30}",
        "a menu whose items were glued together when the page became text (ArtsAutosBooksBusinessEducation…, "
        "HomeAboutContactBlogShop): capitalised words only, six or more run into the next (camelCase code "
        "starts lower-case, prose has punctuation)",
        max_chars=400,
    ),
    Rule(
        "en.chrome.rating",
        Kind.CHROME,
        Scope.SENTENCE,
        None,
        "an essay site's rating widget: 87% of readers rated this file useful (41 ratings)",
        cues=(_RATED, _READERS, _RATED_OBJECT),
        min_cues=2,
        # what was rated is the file or its usefulness: "readers rated the plan 4 out of 5" is a story's
        required_cues=(0, 2),
        max_chars=120,
        ignore_case=True,
    ),
    Rule(
        "en.truncation.preview",
        Kind.TRUNCATION,
        Scope.SENTENCE,
        None,
        "a preview notice: This is a preview… / 3 pages left, sign up to read the full essay",
        cues=(_CUT, _FULL_ACCESS, _FIGURES),
        min_cues=2,
        required_cues=(0,),
        max_chars=200,
        ignore_case=True,
    ),
]
