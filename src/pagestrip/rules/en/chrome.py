"""Line and edge chrome of an English page: breadcrumbs, cookie, disclosure,
search, sign-up and share notices, print page numbers, image credits and
captions, previous/next keys, and the metadata lines (essay-bank fields,
uploader, byline with a date).
"""

from __future__ import annotations

from ...model import Kind
from ...vocabulary import MONTH_NAME, SOCIAL_NETWORKS
from ..rule import Rule, Scope

_EN_DATE = (
    rf"(?:\d{{4}}-\d{{1,2}}-\d{{1,2}}|{MONTH_NAME}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{MONTH_NAME}\s+\d{{4}}|"
    r"\d{1,2}/\d{1,2}/\d{2,4})"
)
#: A time after a date: ``6:02 p.m. ET``, ``10:20am``, ``at 14:05 GMT``.
_EN_TIME = r"(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+(?-i:[A-Z]{2,4}))?"
#: A clock time before a date: ``6:02 PM EST``, ``0759 GMT`` (four digits only with a zone).
_EN_CLOCK = rf"(?:{_EN_TIME}|\d{{4}}\s+(?-i:[A-Z]{{2,4}}))"
_EN_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s+"
#: A stamp of a byline line: ``Published Nov. 18, 2024, 6:02 p.m. ET``,
#: ``Updated 6:02 PM EST, Mon November 18, 2024``, ``5 min read``.
_EN_STAMP = (
    r"(?:(?:(?:first\s+)?published|posted|updated|last\s+updated|modified)(?:\s+on)?\s*:?\s*)?"
    rf"(?:{_EN_TIME},?\s+)?(?:{_EN_WEEKDAY})?{_EN_DATE}(?:,?\s*{_EN_TIME})?|"
    r"\d{1,3}\s+min(?:ute)?s?\s+read"
)
#: A byline's names, capitalized whatever the rule's case: ``Jane Doe and Sam Lee``,
#: ``JANE DOE, JOHN ROE & ANN POE``, then an agency: ``, Reuters``.
_EN_NAME = r"(?-i:[A-Z][\w.'’-]{0,30})"
_EN_BY = (
    rf"by\s+{_EN_NAME}(?:\s+(?:{_EN_NAME}|de|van|von|da|del|la)){{0,4}}"
    rf"(?:\s*(?:,|and|&)\s+{_EN_NAME}(?:\s+{_EN_NAME}){{0,4}}){{0,3}}"
    rf"(?:\s*[,|/·•—-]\s*{_EN_NAME}(?:\s+{_EN_NAME}){{0,3}})?"
)
_ESSAY_KEY = (
    r"pages?|words?|category|subject|topic|submitted|type|level|views|downloads|length|uploaded|published|"
    r"rating|grade|school|university|essay type|paper type|course|discipline|citation style|bibliography|"
    r"sources|language|academic level|deadline"
)

RULES: list[Rule] = [
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
        r"[^\n]{0,100}?\b(?:sign up|subscribe) (?:here|now|today)[.!]?|"
        r"[^\n]{0,100}?[?!]\s+(?:sign up|subscribe) (?:for|to)\b(?! (?:continue|keep|read))[^\n.!?]{0,60}|"
        # A sign-up form's confirmation, in the page before anyone signs up.
        r"(?:you(?:'re|’re| are| have) )?now (?:signed up|subscribed) (?:to|for)\b[^\n]{0,80}|"
        r"thanks? (?:you )?for (?:signing up|subscribing)\s*[.!]?|"
        # A paywall's log-in prompt: a button, not a cut (a soft paywall ships the whole story).
        # The reader is asked or told (Already a subscriber? / you're already a subscriber),
        # and the log-in closes the line or leads to the access it gives.
        r"(?:[^\n]{0,60}?\byou(?:'re|’re| are) already (?:a (?:paid )?(?:subscriber|member)|registered)\b"
        r"[^\n]{0,40}?|already (?:a (?:paid )?(?:subscriber|member)|have an account)\s*\?\s*)"
        r"\b(?:log ?in|sign ?in)(?: here| now)?"
        r"(?: (?:for|to (?:get|read|continue|keep)) [^\n]{0,20}?\baccess\b[^\n]{0,40}?| to (?:continue|keep) reading)?"
        r"\s*[.!]?",
        "sign-up / newsletter / log-in notice, or a line that ends in a call to sign up (… Sign up here; "
        "Want weekly picks? Sign Up for Worth Your Time); a sign-up form's confirmation (You are now "
        "signed up to receive …, Thanks for subscribing!); a paywall's log-in prompt (Already a "
        "subscriber? Log in)",
        max_chars=180,
        ignore_case=True,
    ),
    Rule(
        "en.chrome.empty-state",
        Kind.CHROME,
        Scope.LINE,
        r"(?:there are )?no (?:comments|replies|responses|reviews|answers)(?: yet)?[.!]?"
        r"(?:\s*(?:be the first (?:one )?to (?:comment|reply|respond|review|answer)[^\n.!]{0,30}[.!]?))?|"
        r"be the first (?:one )?to (?:comment|reply|respond|review|answer)[^\n.!]{0,30}[.!]?",
        "an empty list's placeholder: No comments yet. Be the first to comment!",
        max_chars=80,
        ignore_case=True,
    ),
    Rule(
        "en.chrome.video-player",
        Kind.CHROME,
        Scope.LINE,
        # The labels a web video player (video.js and the players built on it: Brightcove,
        # many news CMSs) writes into the page for screen readers; a text extractor meets
        # them as lines wherever the player's classes are not recognised. Only labels no
        # sentence or heading reads as: a lone "Play", "Fullscreen" or "Picture-in-Picture" (a
        # browser feature a blog post is about) is left alone.
        r"(?:current time|duration(?: time)?|remaining time)\s*-?\d{1,2}:\d{2}(?::\d{2})?|"
        r"(?:loaded|progress):?\s*0(?:\.0+)?\s*%|stream type\s*live|"
        r"(?:captions|subtitles|descriptions) settings, opens (?:captions|subtitles|descriptions) settings dialog|"
        r"(?:(?:captions|subtitles|descriptions|chapters) off|default|auto|\d(?:\.\d+)?x), selected|"
        r"this is a modal window\.?|"
        r"this modal can be closed by pressing the escape key or activating the close button\.?|"
        r"beginning of dialog window\. escape will cancel and close the window\.?|end of dialog window\.?|"
        r"(?:caption settings|close modal) dialog|(?:reset )?restore all settings to the default values(?: done)?|"
        r"text edge style|playback rate|(?:play|pause) video|(?:exit|non-)[ -]?fullscreen|"
        r"seek to live, currently (?:behind|playing) live|no compatible source was found for this media\.?|"
        r"the media could not be loaded, either because the server or network failed or because the format is not "
        r"supported\.?",
        "a video player's screen-reader labels: Current Time 0:00, Playback Rate, captions settings, opens captions "
        "settings dialog, This is a modal window.",
        max_chars=120,
        ignore_case=True,
    ),
    Rule(
        "en.chrome.share",
        Kind.CHROME,
        Scope.LINE,
        r"(?:share (?:this|on)|follow us(?: on)?)\b[^\n.]{0,60}|"
        r"(?:print this (?:page|article)|email this(?: article)?|skip to (?:main )?content|back to top|"
        r"advertisement|sponsored content|(?:select|choose) (?:a )?(?:network|platform)|share via)\s*|"
        # WordPress's (Jetpack's) sharing buttons, their counts glued on either side.
        r"\d{0,6}click to (?:share on|email (?:this|a link) to a friend|print)\b[^\n()]{0,30}"
        r"(?:\(opens in new window\))?\d{0,6}",
        "share/follow/print buttons, a share widget's label (Select network), skip links, ad labels, "
        "a blog's sharing buttons (Click to share on Twitter (Opens in new window))",
        max_chars=80,
        ignore_case=True,
    ),
    Rule(
        "en.chrome.share-row",
        Kind.CHROME,
        Scope.LINE,
        rf"(?:(?:{SOCIAL_NETWORKS}|e-?mail|print|copy link)\s*[|•·/]?\s*){{2,12}}",
        "a row of share networks: Facebook Twitter Email, Facebook | LinkedIn | Copy link",
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
        # Who shot and edited a picture or a video: a name, nothing after it.
        r"(?:photo(?:graph)?|image|picture|video|footage)s?\s+(?:shot|taken|edited|produced|filmed)"
        r"(?:\s*(?:/|and|&)\s*(?:shot|taken|edited|produced|filmed))?\s+by\s+"
        rf"{_EN_NAME}(?:\s+{_EN_NAME}){{0,3}}(?:\s*(?:,|/|and|&)\s*{_EN_NAME}(?:\s+{_EN_NAME}){{0,3}})?\.?|"
        r"\(?(?:photo|image|picture|photograph|illustration)s?\s*:\s*(?:[\w.&'/-]+\s?){1,5}\)?|"
        r"(?:credits?|screenshot(?: by| via)?|screengrab(?: by| via)?)\s*:?\s+(?:[\w.&'/-]+,?\s?){1,8}",
        "an image credit: Photo Credit: …, Photo: Getty Images, (Image: Reuters), Credit: Riot Games, "
        "Screenshot by Amanda Tan/ONE Esports, Video shot/edited by Jennifer Hahn.",
        max_chars=100,
        ignore_case=True,
    ),
    Rule(
        "en.chrome.caption-credit",
        Kind.CHROME,
        Scope.INLINE,
        # After the caption's last sentence: Credit Zhejiang Daily / AP, Photo: Jane Doe for The Times.
        r"(?<=[.!?”\"’)])[ \t]+(?-i:Credit|Credits|Photo|Photograph|Image)[ \t]*:?[ \t]+"
        r"(?-i:[A-Z][\w.&'’-]*+)(?:(?:[ \t]+(?:via|for|and|of)[ \t]+|[ \t]*[,/][ \t]*|[ \t]+)"
        r"(?-i:[A-Z][\w.&'’-]*+)){0,7}[ \t]*$",
        "a credit at the end of a picture's caption: … a quantum computer. Credit Zhejiang Daily / AP",
        requires=("Credit", "Photo", "Image"),
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
        "en.metadata.account-label",
        Kind.METADATA,
        Scope.LINE,
        r"(?:admin|administrator|webmaster|site ?admin|editor|author|guest|anonymous|staff writer)\s*:?\s*",
        "a CMS account label left alone on a line, an author box whose name is the account: admin:",
        max_chars=20,
        ignore_case=True,
    ),
    Rule(
        "en.metadata.byline",
        Kind.METADATA,
        Scope.LINE,
        # A wire dateline may stand in front: CNNMoney (New York) First published November 29, 2016
        r"(?:[^\n()]{1,40}\([^()\n]{1,30}\)\s*)?"
        r"(?:(?:published|posted|updated|last updated|latest update|modified|last modified|first published|"
        r"originally published|created|date (?:created|published|modified|updated))"
        # a clock time may come first, CNN's in four digits with a second zone's: 0759 GMT (1559 HKT)
        rf"(?:\s+on)?\s*:?\s*(?:{_EN_CLOCK}(?:\s*\({_EN_CLOCK}\))?,?\s+)?(?:{_EN_WEEKDAY})?{_EN_DATE}[^\n]{{0,60}}|"
        rf"by\s+{_EN_NAME}(?:\s+{_EN_NAME}){{0,3}}\s*(?:[|,·•-]\s*)?{_EN_DATE}[^\n]{{0,40}}|"
        r"\d{1,3}\s+min(?:ute)?s?\s+read|"
        # A byline and its stamps run together, as a template's spans print them:
        # By Jane Doe and Sam LeePublished Nov. 18, 2024, 6:02 p.m. ETUpdated Nov. 19, 2024
        rf"(?:{_EN_BY}|{_EN_STAMP})(?:(?:\s*[|·•,—–-]?\s*|\s+on\s+)(?:{_EN_BY}|{_EN_STAMP})){{1,3}})",
        "byline/date line: Published on 2024-01-02 | By Jane Doe, 5 min read, Latest update : 2015-05-12, "
        "CNNMoney (New York) First published November 29, 2016: 3:33 AM ET, "
        "Date created : 2015-05-12; a byline with its "
        "stamps: By Jane Doe and Sam Lee Published Nov. 18, 2024, 6:02 p.m. ET",
        max_chars=120,
        ignore_case=True,
    ),
]
