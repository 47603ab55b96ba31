"""The built-in English pack (``en.*``): the same kinds for English pages.

Smaller than the Chinese pack, it keeps the engine from being Chinese-only:
copyright lines, cookie and sign-up notices, read-more buttons, related
headings, bylines with dates, and print page numbers.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Kind
from . import Rule, Scope

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_EN_DATE = (
    rf"(?:\d{{4}}-\d{{1,2}}-\d{{1,2}}|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|"
    r"\d{1,2}/\d{1,2}/\d{2,4})"
)

# Cue classes of the sentence rules (see Scope.SENTENCE): families of words
# that only together make a sentence the site's or a chat assistant's own.
_ESSAY_KEY = (
    r"pages?|words?|category|subject|topic|submitted|type|level|views|downloads|length|uploaded|published|"
    r"rating|grade|school|university|essay type|paper type|course|discipline|citation style|bibliography|"
    r"sources|language|academic level|deadline"
)
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

_OFFER = (
    r"\b\d{1,2}\s?% off\b|\bdiscount\b|\b(?:use|promo|coupon) code\b|\bclaim (?:your |the )?offer\b|"
    r"\border (?:now|today)\b|\bhire (?:a|an|our)\b|\bour (?:expert|professional|experienced|skilled)s?\b|"
    r"\bget (?:a|your) (?:personali[sz]ed|custom|professional|free)\b|\bwritten for you\b|\blet (?:us|our)\b|"
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
        "en.chrome.buttons",
        Kind.CHROME,
        Scope.EDGE,
        r"(?:claim|get|order|buy|download|subscribe|sign up|log ?in|register|share|print|save|report|tweet|email|"
        r"pin|like|follow|comment|reply|read more|see more|load more|next|previous|back|"
        r"facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|telegram|tumblr|flipboard|messenger)"
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
        required_cues=(0,),
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
    Rule(
        "en.chrome.breadcrumb",
        Kind.CHROME,
        Scope.LINE,
        r"(?:you are here|you are in|breadcrumbs?)\s*[:>][^\n]{0,160}",
        "breadcrumb line: You are here: Home > News",
        max_chars=180,
        ignore_case=True,
        tags=("head-anchor",),
    ),
    Rule(
        "en.chrome.cookies",
        Kind.CHROME,
        Scope.LINE,
        r"[^\n]{0,200}?\b(?:we use cookies|this (?:web)?site uses cookies|uses cookies to|accept (?:all )?cookies|"
        r"cookie (?:policy|settings|preferences))\b[^\n]{0,300}",
        "cookie notice",
        max_chars=500,
        ignore_case=True,
    ),
    Rule(
        "en.chrome.disclosure",
        Kind.CHROME,
        Scope.LINE,
        r"(?:(?:disclosure|note)\s*:\s*)?(?:this (?:post|article|page|story|site|review)|we|some of the links)\b"
        r"[^\n]{0,80}?"
        r"\b(?:affiliate links?|products from [^\n]{0,40}advertisers|receive (?:a )?compensation|"
        r"earn (?:a )?(?:small )?commission)\b[^\n]{0,300}",
        "an affiliate or advertiser disclosure: This post contains affiliate links / references to products from "
        "our advertisers; we may earn a commission",
        max_chars=420,
        ignore_case=True,
    ),
    Rule(
        "en.chrome.search",
        Kind.CHROME,
        Scope.LINE,
        r"[Ss]earch(?: for| in| our| this| the)* (?:(?:the )?(?:site|website|blog|articles?|posts?|topics|stories|news|"
        r"archives?|database|recipes?)\b[^\n.!?]{0,40}|[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,3})",
        "a search box's label: Search for articles and topics on <site>, Search LA Weekly",
        max_chars=60,
    ),
    Rule(
        "en.chrome.signup",
        Kind.CHROME,
        Scope.LINE,
        r"(?:sign up|subscribe)\b[^\n]{0,80}?\b(?:newsletter|updates|inbox|mailing list)\b[^\n]{0,80}|"
        r"(?:sign in|log in|register|create (?:an|your) account)(?:\s*[|/]\s*(?:sign in|log in|register|sign up))*|"
        r"[^\n]{0,100}?\b(?:sign up|subscribe) (?:here|now|today)[.!]?",
        "sign-up / newsletter / log-in notice, or a line that ends in a call to sign up (… Sign up here)",
        max_chars=180,
        ignore_case=True,
    ),
    Rule(
        "en.chrome.share",
        Kind.CHROME,
        Scope.LINE,
        r"(?:share (?:this|on)|follow us(?: on)?)\b[^\n.]{0,60}|"
        r"(?:print this (?:page|article)|email this(?: article)?|skip to (?:main )?content|back to top|"
        r"advertisement|sponsored content)\s*|"
        r"(?:(?:facebook|twitter|x|linkedin|e-?mail|whatsapp|pinterest|reddit|telegram|messenger|tumblr|flipboard|"
        r"print|copy link)\s*[|•·/]?\s*){2,12}",
        "share/follow/print buttons, skip links, ad labels, a row of networks (Facebook Twitter Email)",
        max_chars=80,
        ignore_case=True,
    ),
    Rule(
        "en.chrome.print-page",
        Kind.CHROME,
        Scope.LINE,
        r"(?:you are on )?page\s+\d{1,4}\s+of\s+\d{1,4}|-\s\d{1,4}\s-",
        "page number: Page 2 of 5 / You are on page N of M",
        max_chars=40,
        ignore_case=True,
    ),
    Rule(
        "en.metadata.essay-fields",
        Kind.METADATA,
        Scope.LINE,
        rf"(?:(?:total\s+)?(?:{_ESSAY_KEY})\s*:\s*[^:|\n]{{0,60}}?(?=\s+(?:total\s+)?(?:{_ESSAY_KEY})\s*:|\s*[|·•]|\s*$)"
        r"\s*[|·•]?\s*){2,12}",
        "an essay bank's field list: Pages: 3 (812 words) | Category: Education | Submitted: March 2, 2019",
        max_chars=240,
        ignore_case=True,
    ),
    Rule(
        "en.chrome.image-credit",
        Kind.CHROME,
        Scope.LINE,
        r"(?:photo|image|picture|illustration)s?\s+(?:credit|courtesy|source|by)s?\s*:?\s*[^\n]{1,80}|"
        r"\(?(?:photo|image|picture|photograph|illustration)s?\s*:\s*(?:[\w.&'/-]+\s?){1,5}\)?",
        "an image credit: Photo Credit: …, Photo: Getty Images, (Image: Reuters)",
        max_chars=100,
        ignore_case=True,
    ),
    Rule(
        "en.chrome.image-enlarge",
        Kind.CHROME,
        Scope.LINE,
        r"[^\n]{0,120}?\(?\s*(?:click|tap) (?:on )?(?:the |this |an? |any )?(?:photo|image|picture|thumbnail|pic)s?"
        r"(?: above| below)? (?:for|to (?:see|view|get|open)) (?:a |the )?(?:larger|bigger|full[- ]?size[d]?|enlarged"
        r"|high[- ]res(?:olution)?)(?: image| version| view| picture| photo)?\s*\)?[.!]?",
        "an image caption that says to click for a larger image (… (click on the photo for a larger image).)",
        max_chars=160,
        ignore_case=True,
    ),
    Rule(
        "en.chrome.prev-next-keys",
        Kind.CHROME,
        Scope.EDGE,
        r"(?:\w\s+)?(?:previous|next|prev)\s+(?:speech|post|article|page|story|essay|entry)"
        r"(?:\s+(?:\w\s+)?(?:previous|next|prev)\s+(?:speech|post|article|page|story|essay|entry))?",
        "outside the article: previous/next links (j previous speech k next speech)",
        max_chars=60,
        ignore_case=True,
    ),
    Rule(
        "en.chrome.uploader",
        Kind.METADATA,
        Scope.EDGE,
        r"(?:uploaded|posted|submitted|written|shared) by(?:\s+[\w.@-]{1,30}){0,3}",
        "outside the article: Uploaded by / Submitted by <user>",
        max_chars=50,
        ignore_case=True,
    ),
    Rule(
        "en.metadata.byline",
        Kind.METADATA,
        Scope.LINE,
        rf"(?:(?:published|posted|updated|last updated|modified)(?:\s+on)?\s*:?\s*{_EN_DATE}[^\n]{{0,60}}|"
        rf"by\s+[A-Z][\w.'-]{{1,30}}(?:\s+[A-Z][\w.'-]{{1,30}}){{0,3}}\s*(?:[|,·•-]\s*)?{_EN_DATE}[^\n]{{0,40}}|"
        r"\d{1,3}\s+min(?:ute)?s?\s+read)",
        "byline/date line: Published on 2024-01-02 | By Jane Doe, 5 min read",
        max_chars=120,
        ignore_case=True,
    ),
    Rule(
        "en.footer.copyright",
        Kind.FOOTER,
        Scope.LINE,
        r"(?:(?=[^\n]*?(?:©\s*\d{4}|(?i:copyright)\s*(?:©\s*)?\d{4}))|(?!(?:\S+\s+){12}))[^\n]{0,120}"
        r"(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4})|all rights reserved)[^\n]{0,160}",
        "copyright line: © 2024 Example Ltd. All rights reserved.",
        max_chars=260,
        ignore_case=True,
    ),
    Rule(
        "en.footer.links",
        Kind.FOOTER,
        Scope.LINE,
        r"(?:privacy policy|terms of (?:use|service)|contact us|about us|sitemap|accessibility)"
        r"(?:\s*[|·•/-]?\s*(?:privacy policy|terms of (?:use|service)|contact us|about us|sitemap|"
        r"accessibility|careers|advertise|help)){1,10}",
        "footer link row: Privacy Policy | Terms of Use | Contact Us",
        max_chars=160,
        ignore_case=True,
    ),
    Rule(
        "en.truncation.read-more",
        Kind.TRUNCATION,
        Scope.INLINE,
        r"(?:(?:\.\.\.|…)\s?[\[(]?|[\[(]|^)\s?(?:continue reading|read more|show more|read the (?:full|rest of the) "
        r"(?:story|article)|see more)\s?(?:>>|»|→|>)?\s?[\])]?(?=\s*$)",
        "read-more button: Continue reading / Read more / Show more",
        ignore_case=True,
    ),
    Rule(
        "en.truncation.paywall",
        Kind.TRUNCATION,
        Scope.TAIL,
        r"^(?:subscribe|sign in|log in|become a member)\b[^\n]{0,60}?\bto (?:continue|keep) reading\b|"
        r"^(?:this (?:article|story|content) is (?:for|available to) (?:subscribers|members)(?: only)?)",
        "paywall notice: Subscribe to continue reading",
        ignore_case=True,
    ),
    Rule(
        "en.related.inline-teaser",
        Kind.RELATED,
        Scope.LINE,
        r"(?:read more|read also|also read|more reading|related(?: article| story| coverage)?|recommended|"
        r"don't miss|must read)\s*:\s*[^\n]{8,140}?(?<![.!?;:,])",
        "a teaser for another story inside the article: READ MORE: Mayor unveils budget proposal",
        max_chars=160,
        ignore_case=True,
    ),
    Rule(
        "en.chrome.blog-furniture",
        Kind.CHROME,
        Scope.LINE,
        r"(?-i:Like this:)|like loading(?:\.{3}|…)?|loading(?:\.{3}|…)|view all posts by\b[^\n]{1,60}|"
        r"this site uses akismet to reduce spam\.?(?: learn how your comment data is processed\.?)?|"
        r"(?:blog at|proudly powered by|website powered by) wordpress(?:\.com)?\.?|"
        r"you must be (?:logged|signed) in to post a comment\.?",
        "blog platform furniture: Like this:, Like Loading..., View all posts by…, This site uses Akismet…, "
        "Blog at WordPress.com., You must be logged in to post a comment.",
        max_chars=120,
        ignore_case=True,
    ),
    Rule(
        "en.chrome.box-heading",
        Kind.CHROME,
        Scope.LINE,
        r"(?:about the author|about the writer|author bio|related)\s*:?",
        "the heading of a box inside or under a post: About the author, Related (only the heading: "
        "a bio is the author's, and an inline Related box may sit mid-article)",
        ignore_case=True,
    ),
    Rule(
        "en.related.heading",
        Kind.RELATED,
        Scope.TAIL,
        r"^(?:related (?:articles?|posts?|stories|content|reading|links)|you (?:may|might) also like|"
        r"more (?:from|on|stories|articles)\b[^\n]{0,40}|recommended(?: for you| reading)?|read next|tags?)"
        r"\s*:?\s*$|"
        r"^(?:posted|filed) (?:in|under)\s*:?\s+[^\n.!?]{1,120}(?:\|\s*tagged\b[^\n]{0,120})?",
        "related-content heading: Related articles, You may also like, Read next; a blog post's "
        "category footer: Posted in Hiking | Tagged lakes, trails",
        ignore_case=True,
    ),
    Rule(
        "en.related.popular-heading",
        Kind.RELATED,
        Scope.TAIL,
        r"^(?:(?:most )?popular (?:posts|articles|stories|now)|"
        r"most (?:read|popular|viewed|shared)(?: (?:articles|stories))?|"
        r"trending(?: now| stories)?|top stories|latest (?:articles|posts|news|stories)|editor[’']?s[’']? picks|"
        r"(?:discover|see|explore) (?:our|the) latest (?:[\w-]+ ){0,2}(?:picks|stories|articles|news))\s*[:.!]?\s*$",
        "heading of a most-read or latest list: Most popular, Trending now, Latest articles, Editor's picks "
        "(a lone one above prose is only itself)",
        ignore_case=True,
        tags=("title-list",),
    ),
    Rule(
        "en.chrome.comments-heading",
        Kind.CHROME,
        Scope.TAIL,
        r"^(?:leave a (?:reply|comment)(?: cancel reply)?|post a comment|add (?:a|your) comment|"
        r"join the (?:discussion|conversation)|"
        r"(?:\d{1,5}|one|two|three) (?:thoughts?|comments?|responses?|replies) (?:on|to)\b[^\n]{0,120}|"
        r"(?:\d{1,5} )?comments(?: \(\d+\))?|"
        r"write a comment|show comments|view comments)\s*:?\s*$",
        "heading of the comment section: Leave a Reply, One thought on “…”, 12 Comments",
        ignore_case=True,
    ),
    Rule(
        "en.related.prev-next",
        Kind.RELATED,
        Scope.TAIL,
        r"^(?:previous|next) (?:post|article|story)\s*[:»>]",
        "previous/next post links",
        ignore_case=True,
    ),
]

#: Prefilters (see the zh pack): the line must hold one of these, in any case.
REQUIRES: dict[str, tuple[str, ...]] = {
    "en.chrome.cookies": ("cookie",),
    "en.footer.copyright": ("©", "(c)", "copyright", "reserved"),
}
RULES = [replace(r, requires=REQUIRES[r.id]) if r.id in REQUIRES else r for r in RULES]
