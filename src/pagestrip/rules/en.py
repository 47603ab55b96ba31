"""The built-in English pack (``en.*``): the same kinds for English pages.

Smaller than the Chinese pack, it keeps the engine from being Chinese-only:
copyright lines, cookie and sign-up notices, read-more buttons, related
headings, bylines with dates, and print page numbers.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Kind
from . import Rule, Scope

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_EN_DATE = (rf"(?:\d{{4}}-\d{{1,2}}-\d{{1,2}}|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|"
            r"\d{1,2}/\d{1,2}/\d{2,4})")

RULES: list[Rule] = [
    Rule("en.chrome.breadcrumb", Kind.CHROME, Scope.LINE,
         r"(?:you are here|you are in|breadcrumbs?)\s*[:>][^\n]{0,160}",
         "breadcrumb line: You are here: Home > News", max_chars=180, ignore_case=True),
    Rule("en.chrome.cookies", Kind.CHROME, Scope.LINE,
         r"[^\n]{0,200}?\b(?:we use cookies|this (?:web)?site uses cookies|uses cookies to|accept (?:all )?cookies|"
         r"cookie (?:policy|settings|preferences))\b[^\n]{0,300}",
         "cookie notice", max_chars=500, ignore_case=True),
    Rule("en.chrome.signup", Kind.CHROME, Scope.LINE,
         r"(?:sign up|subscribe)\b[^\n]{0,80}?\b(?:newsletter|updates|inbox|mailing list)\b[^\n]{0,80}|"
         r"(?:sign in|log in|register|create (?:an|your) account)(?:\s*[|/]\s*(?:sign in|log in|register|sign up))*",
         "sign-up / newsletter / log-in notice", max_chars=180, ignore_case=True),
    Rule("en.chrome.share", Kind.CHROME, Scope.LINE,
         r"(?:share (?:this|on)|follow us(?: on)?)\b[^\n.]{0,60}|"
         r"(?:print this (?:page|article)|email this(?: article)?|skip to (?:main )?content|back to top|"
         r"advertisement|sponsored content)\s*",
         "share/follow/print buttons, skip links, ad labels", max_chars=80, ignore_case=True),
    Rule("en.chrome.print-page", Kind.CHROME, Scope.LINE,
         r"(?:you are on )?page\s+\d{1,4}\s+of\s+\d{1,4}|-\s\d{1,4}\s-",
         "page number: Page 2 of 5 / You are on page N of M", max_chars=40, ignore_case=True),
    Rule("en.metadata.byline", Kind.METADATA, Scope.LINE,
         rf"(?:(?:published|posted|updated|last updated|modified)(?:\s+on)?\s*:?\s*{_EN_DATE}[^\n]{{0,60}}|"
         rf"by\s+[A-Z][\w.'-]{{1,30}}(?:\s+[A-Z][\w.'-]{{1,30}}){{0,3}}\s*(?:[|,·•-]\s*)?{_EN_DATE}[^\n]{{0,40}}|"
         r"\d{1,3}\s+min(?:ute)?s?\s+read)",
         "byline/date line: Published on 2024-01-02 | By Jane Doe, 5 min read",
         max_chars=120, ignore_case=True),
    Rule("en.footer.copyright", Kind.FOOTER, Scope.LINE,
         r"[^\n]{0,120}(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4})|all rights reserved)[^\n]{0,160}",
         "copyright line: © 2024 Example Ltd. All rights reserved.", max_chars=260, ignore_case=True),
    Rule("en.footer.links", Kind.FOOTER, Scope.LINE,
         r"(?:privacy policy|terms of (?:use|service)|contact us|about us|sitemap|accessibility)"
         r"(?:\s*[|·•/-]?\s*(?:privacy policy|terms of (?:use|service)|contact us|about us|sitemap|"
         r"accessibility|careers|advertise|help)){1,10}",
         "footer link row: Privacy Policy | Terms of Use | Contact Us", max_chars=160, ignore_case=True),
    Rule("en.truncation.read-more", Kind.TRUNCATION, Scope.INLINE,
         r"(?:(?:\.\.\.|…)\s?[\[(]?|[\[(]|^)\s?(?:continue reading|read more|show more|read the (?:full|rest of the) "
         r"(?:story|article)|see more)\s?(?:>>|»|→|>)?\s?[\])]?(?=\s*$)",
         "read-more button: Continue reading / Read more / Show more", ignore_case=True),
    Rule("en.truncation.paywall", Kind.TRUNCATION, Scope.TAIL,
         r"^(?:subscribe|sign in|log in|become a member)\b[^\n]{0,60}?\bto (?:continue|keep) reading\b|"
         r"^(?:this (?:article|story|content) is (?:for|available to) (?:subscribers|members)(?: only)?)",
         "paywall notice: Subscribe to continue reading", ignore_case=True),
    Rule("en.related.heading", Kind.RELATED, Scope.TAIL,
         r"^(?:related (?:articles?|posts?|stories|content|reading|links)|you (?:may|might) also like|"
         r"more (?:from|on|stories|articles)\b[^\n]{0,40}|recommended(?: for you| reading)?|read next|"
         r"popular (?:posts|articles|stories)|most (?:read|popular)|trending(?: now)?|tags?)\s*:?\s*$",
         "related-content heading: Related articles, You may also like, Read next", ignore_case=True),
    Rule("en.related.prev-next", Kind.RELATED, Scope.TAIL,
         r"^(?:previous|next) (?:post|article|story)\s*[:»>]",
         "previous/next post links", ignore_case=True),
]

#: Prefilters (see the zh pack): the line must hold one of these, in any case.
REQUIRES: dict[str, tuple[str, ...]] = {
    "en.chrome.cookies": ("cookie",),
    "en.footer.copyright": ("©", "(c)", "copyright", "reserved"),
}
RULES = [replace(r, requires=REQUIRES[r.id]) if r.id in REQUIRES else r for r in RULES]
