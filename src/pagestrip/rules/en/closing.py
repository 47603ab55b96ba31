"""What closes an English page: copyright and footer link rows, read-more and
paywall notices, related, most-read and comment headings, previous/next links.
"""

from __future__ import annotations

from ...model import Kind
from ...vocabulary import MONTH_STEM
from ..rule import Rule, Scope

RULES: list[Rule] = [
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
        r"(?:read more|read also|also read|see also|read next|more reading|read|watch|listen|more|"
        r"related(?: article| story| stories| coverage)?|recommended|don't miss|must read)"
        r"(?:\s*+[:|｜]|\s++[–—-])\s*+[^\n]{8,140}?(?<![.!?;:,])",
        "a teaser for another story inside the article: READ MORE: Mayor unveils budget proposal, "
        "ALSO READ | Transit fares to rise, Read: Two disasters are worse than one, LISTEN: …",
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
        r"you must (?:be (?:logged|signed) in|log ?in|sign in)(?: or (?:create an account|register))? to "
        r"(?:post a )?comment\.?",
        "blog platform furniture: Like this:, Like Loading..., View all posts by…, This site uses Akismet…, "
        "Blog at WordPress.com., You must be logged in to post a comment., "
        "You must login or create an account to comment.",
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
        "en.related.in-category",
        Kind.RELATED,
        Scope.LINE,
        r"in [“\"][^”\"\n]{1,40}[”\"]",
        "the category line of a related-posts entry (WordPress/Jetpack: a title, its date, "
        "In “Garden”): a whole line of it",
        max_chars=48,
        ignore_case=True,
    ),
    Rule(
        "en.related.heading",
        Kind.RELATED,
        Scope.TAIL,
        r"^(?:related (?:articles?|posts?|stories|content|reading|links|coverage|news|videos|blogs?|resources|"
        r"topics|guides|products|questions|pages|reads|tutorials|insights)|"
        r"(?:other )?(?:stories |articles |posts )?you (?:may|might) (?:also )?(?:like|enjoy)|keep reading|up next|"
        r"more like this|"
        r"more (?:from|on|stories|articles|must[- ]reads?|reads|news|coverage|videos|top stories|to read)\b[^\n]{0,40}|"
        r"recommended(?: related)?(?: for you| reading| news| stories| articles)?|read next|tags?)"
        r"\s*+:?\s*+$|"
        r"^(?:posted|filed) (?:in|under)\s*:?\s+[^\n.!?]{1,120}(?:\|\s*tagged\b[^\n]{0,120})?",
        "related-content heading: Related articles, Related Blogs, You may also like, Other stories you "
        "might like, Keep reading, Up next, Read next, More Must-Reads "
        "From X; a blog post's "
        "category footer: Posted in Hiking | Tagged lakes, trails",
        ignore_case=True,
    ),
    Rule(
        "en.related.popular-heading",
        Kind.RELATED,
        Scope.TAIL,
        r"^(?:(?:most )?popular (?:posts|articles|stories|now)|"
        r"most (?:read|popular|viewed|shared)(?: (?:articles|stories))?|"
        r"trending(?: now| stories| articles| posts)?|top stories|(?:latest|recent) (?:articles|posts|news|stories)|"
        r"editor[’']?s[’']? picks|"
        r"(?:discover|see|explore) (?:our|the) latest (?:[\w-]+ ){0,2}(?:picks|stories|articles|news))\s*+[:.!]?\s*+$",
        "heading of a most-read or latest list: Most popular, Trending now, Latest articles, Recent Posts, "
        "Editor's picks "
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
        r"(?:\d{1,5} |reader |readers' |user )?comments(?: \(\d+\))?(?:\s*[»›>])?|"
        r"write a comment|show comments|view comments)\s*+[:.…]?\s*+$",
        "heading of the comment section: Leave a Reply, One thought on “…”, 12 Comments, Reader Comments, "
        "LEAVE A COMMENT.",
        ignore_case=True,
    ),
    Rule(
        "en.related.prev-next",
        Kind.RELATED,
        Scope.TAIL,
        r"^(?:previous|next) (?:post|article|story)\s*[:»>]|^[←«‹]\s*(?:previous|prev|older)\b[^\n]{0,120}$|"
        r"^(?:next|newer)\b[^\n]{0,120}?\s*[→»›]$",
        "previous/next post links: Previous post: …, ← Previous: …, Next: … →",
        ignore_case=True,
    ),
    Rule(
        "en.toc.heading",
        Kind.TOC,
        Scope.LINE,
        r"(?:contents|table of contents|in this article|on this page|jump to section)\s*:?",
        "table-of-contents heading: Contents, Table of Contents, In this article (the numbered entries "
        "under it go with it)",
        max_chars=30,
        ignore_case=True,
    ),
    Rule(
        "en.related.tags",
        Kind.RELATED,
        Scope.LINE,
        r"(?:tags?|topics?|keywords|filed under|categories|category)\s*:\s*[^\n.!?]{1,200}|"
        r"(?:#[\w-]+(?: [\w-]+){0,3}\s+){1,15}#[\w-]+(?: [\w-]+){0,3}",
        "the post's tags or topics: Topics: uber, libertarians, Technology News; #NK #Rodong Sinmun",
        max_chars=240,
        ignore_case=True,
    ),
    Rule(
        "en.metadata.contact-author",
        Kind.METADATA,
        Scope.LINE,
        r"(?i:write to|contact|email|e-mail|reach)\s+(?:the (?:author|writer|reporter)|[A-Z][^\n@]{1,60}?)\s+at\s+"
        r"\S+@\S+\.\w{2,}\.?",
        "a line giving the author's address: Write to Jane Doe at jane.doe@example.com",
        max_chars=140,
    ),
    Rule(
        "en.metadata.dateline",
        Kind.METADATA,
        Scope.LINE,
        # The loose month stem is safe here: the line also needs a day, a year and a clock time.
        # A newspaper CMS writes it as a phrase: on December 27, 2014 at 12:06 PM, updated ….
        r"(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
        rf"{MONTH_STEM}\s+\d{{1,2}},?\s+\d{{4}},?\s+(?:at\s+)?"
        r"\d{1,2}:\d{2}\s*[ap]\.?m\.?\s*(?:[A-Z]{2,4}|utc|gmt)?"
        r"(?:\s*[/|,]\s*updated\s+[^\n]{1,40})?",
        "a date and clock time line: Sunday, Feb 1, 2015 11:57 AM UTC; Dec. 6, 2024, 10:00 PM UTC / Updated …; "
        "on December 27, 2014 at 12:06 PM, updated December 27, 2014 at 12:10 PM",
        max_chars=90,
        ignore_case=True,
    ),
]
