"""The news pack (``news.*``): the metadata and furniture lines of news articles.

News pages, Chinese and English, wrap the article in a small set of line
families the document-site packs do not cover: editor and credit lines
(``（责任编辑：王某）``, ``来源：新华社``, ``记者 张三 李四``), original-title
notes (``原标题：…``), image credits (``图片来源：视觉中国``), reprint requests
(``转载请注明出处``), disclaimers (``免责声明：…``), end markers (``（完）``,
``(END)``), English bylines (``By JANE DOE and JOHN ROE``), ``Advertisement``
labels and newsletter sign-up boxes.

Every rule is a *shape*: a key at the start of the line, a short value
without sentence punctuation, an optional bracket around it; and every rule is
bounded by ``max_chars``, so a sentence that merely mentions 编辑 or "by" is
never a match. Repeats are bounded and never nested unboundedly, so no pattern
can backtrack catastrophically.
"""

from __future__ import annotations

from ..model import Kind
from . import Rule, Scope

#: Credit keys: who edited, wrote, reported, photographed or supplied the piece.
_CREDIT_KEY = (
    r"(?:责任编辑|責任編輯|责编|責編|编辑|編輯|主编|主編|校对|校對|审核|審核|审校|審校|监制|監製|"
    r"来源|來源|作者|记者|記者|通讯员|通訊員|实习生|實習生|摄影|攝影|摄像|攝像|撰文|文字|"
    r"策划|策劃|制图|製圖|出品|原作者|译者|譯者|翻译|翻譯|"
    r"制片|製片|统筹|統籌|编导|編導|配音|剪辑|剪輯|出镜|出鏡|航拍|解说|解說)"
)
#: One credit's key and what divides it from the name. Beside the keys above, the short
#: byline of magazines and blogs: 文/张三, 文｜李四, 图：王五, 文/图 赵六 (a bare 文 or 图
#: only with its divider: 文 明 城 市 is letter-spaced prose).
_CREDIT_LEAD = (
    rf"(?:{_CREDIT_KEY}\s*(?:[:：|｜丨/／]\s*|\s+)|"
    r"(?:(?:文|图|圖)\s*[/／|｜丨:：]\s*|(?:文|图|圖)\s*[/／、]\s*(?:文|图|圖)\s*(?:[/／|｜丨:：]\s*|\s+))"
    # ... followed by a name, not a figure's caption (图：2019年各省GDP)
    r"(?=[\p{Han}A-Za-z·]{1,12}(?:[\s|｜丨/，,、）)】\]]|$)))"
)
#: A credit value: names, an agency, a site — short, no sentence punctuation or colon.
_CREDIT_VALUE = r"[^\n。！？!?：:（）()【】\[\]]{1,30}"
_OPEN = r"[（(【\[]?\s*"
_CLOSE = r"\s*[）)】\]]?"

#: A rating figure (4, 4.5, 3,5) and what it is out of, in the languages of news.rating.
_SCORE = r"\d{1,2}(?:[.,]\d{1,2})?"
_OUT_OF = r"\s*(?:out of|/|von|sur|de|sobre|su|van|em)\s*(?:5|10)"
_STARS = r"(?:stars?|sterne?n?|[ée]toiles?|estrellas?|estrella\(s\)|estrelas?|stelle|sterren)"
_VOTES = (
    r"\s*[,(]?\s*\d{1,7}\s+(?:votes?|ratings?|stimmen|bewertungen|votos?|voti|avalia[cç][õo]es|stemmen|"
    r"valoraciones)\s*\)?"
)
#: The widget's prompt: a phrase (Rate this article, Artikel bewerten), or a bare verb or label
#: with its colon (Rating:, Valorar:) — without the colon it may head a review's section.
_RATE_PROMPT = (
    r"(?:(?:(?:rate|rank) (?:this|the) (?:article|post|story|page|recipe|video|answer)|rate this|"
    r"valora (?:este|esta) (?:art[ií]culo|noticia|entrada)|(?:artikel|beitrag|jetzt) bewerten|"
    r"noter (?:cet|cette) (?:article|page)|valuta (?:questo|l') ?articolo|"
    r"avali(?:e|ar) (?:este|esta) (?:artigo|mat[ée]ria|not[ií]cia)|beoordeel dit artikel)\s*:?|"
    r"(?:rating|valorar|valora|bewerten|noter|notez|votar|vota|avaliar|avalie|beoordeel)\s*:)"
    r"(?:\s*[★☆✩✰⭐]){0,5}"
)
#: Readers' average: Average rating: 4.2 out of 5, Durchschnittliche Bewertung:.
_RATE_AVERAGE = (
    r"(?:average|avg\.?|reader|user|durchschnittliche|mittlere|note moyenne|valoraci[oó]n media|"
    r"avalia[cç][aã]o m[ée]dia|gemiddelde)\s+(?:rating|bewertung|leserbewertung|score|beoordeling)?\s*:?"
    rf"(?:\s*{_SCORE}(?:{_OUT_OF})?(?:\s*{_STARS})?(?:{_VOTES})?)?"
)
#: A score readers gave: it says "rated", or counts stars or votes (a reviewer's own
#: "Rating: 8/10" says neither and stays).
_RATE_KEY = r"(?:(?:rating|bewertung|valoraci[oó]n|note|voto|avalia[cç][aã]o|beoordeling)\s*:?\s*)?"
_RATED = (
    r"(?:(?:currently|actualmente|derzeit|aktuell|actuellement|attualmente|atualmente|momenteel)\s+)?"
    r"(?:rated|puntuad[ao]|bewertet|not[ée]e?|valutat[oa]|avaliad[oa]|beoordeeld)\s*"
    r"(?:con|with|mit|avec|à|com|met)?\s*"
)
_RATE_SCORED = (
    rf"{_RATED}{_SCORE}\s*{_STARS}?{_OUT_OF}(?:\s*{_STARS})?(?:{_VOTES})?|"
    rf"{_RATE_KEY}{_SCORE}{_OUT_OF}\s*{_STARS}(?:{_VOTES})?|"
    rf"{_RATE_KEY}{_SCORE}{_OUT_OF}{_VOTES}"
)
#: A view counter: Viewed 314 times, Visto 314 veces, 314 Aufrufe, Views: 1,024.
_VIEW_NOUN = (
    r"(?:views|visitas|aufrufe|zugriffe|lectures|vues|visualizzazioni|letture|weergaven|visualiza[cç][õo]es|"
    r"leituras)"
)
_VIEWS = (
    r"(?:viewed|read|visto|le[ií]do|lu|gelesen|letto|visualizzato|bekeken|gelezen|lido|visualizado)\s+"
    r"\d[\d.,]{0,9}\s*(?:times|veces|fois|mal|volte|keer|vezes)|"
    rf"{_VIEW_NOUN}\s*:\s*\d[\d.,]{{0,9}}|"
    rf"\d[\d.,]{{0,9}}\s*k?\s*(?:{_VIEW_NOUN}|mal gelesen|keer bekeken)"
)

RULES: list[Rule] = [
    Rule(
        "news.metadata.credit",
        Kind.METADATA,
        Scope.LINE,
        rf"{_OPEN}(?:本报|本報|本台|本刊|新华社|新華社|中新网|中新網)?{_CREDIT_LEAD}"
        rf"{_CREDIT_VALUE}(?:\s*[|｜/，,、\s]\s*{_CREDIT_LEAD}{_CREDIT_VALUE}){{0,5}}{_CLOSE}",
        "editor/credit line: （责任编辑：王某）, 来源：新华社, 记者 张三 李四, 编辑：A | 审核：B, 文/张三",
        max_chars=80,
    ),
    Rule(
        "news.metadata.reporter",
        Kind.METADATA,
        Scope.LINE,
        r"(?:本报|本報|本台|本刊|新华社|新華社|中新网|中新網)[\p{Han}]{0,6}(?:\d{1,2}月\d{1,2}日)?(?:电|電|讯|訊)"
        r"\s*[（(]?\s*(?:记者|記者|通讯员|通訊員)[\p{Han}\s、]{2,20}[）)]?",
        "dateline with reporters on a line of its own: 本报北京5月6日电（记者 张三）",
        max_chars=50,
    ),
    Rule(
        "news.metadata.post-header",
        Kind.METADATA,
        Scope.LINE,
        r"(?:(?:\d{1,6}\s*[#楼樓]|#\s*\d{1,6}|沙发|沙發|板凳|地板|楼主|樓主)\s*)?(?:发表于|發表於|发布于|發佈於|回复于|回覆於)"
        r"\s*[:：]?\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
        r"(?:\s*[|｜]?\s*(?:只看该作者|只看該作者|显示全部楼层|顯示全部樓層|倒序浏览|倒序瀏覽|阅读模式|閱讀模式)){0,4}"
        # The poster's region, which Chinese platforms must show (来自 - 湖北, IP属地：上海).
        r"(?:\s*[|｜]?\s*(?:来自|來自|IP属地|IP屬地)\s*[-－:：]?\s*[\p{Han}A-Za-z]{2,10})?|"
        # A forum's numbered post and its time, written out (发布 #2 2024年5月16日星期四 15点48分).
        r"(?:发布|發佈|发表|發表|回复|回覆)\s*#\s*\d{1,6}\s+\d{4}年\d{1,2}月\d{1,2}日(?:\s*星期[一二三四五六日天])?"
        r"(?:\s*\d{1,2}[点點:：]\d{1,2}分?)?",
        "post header of a forum thread or a comment list: 2# 发表于 2024-2-3 20:15 | 只看该作者 来自 - 湖北, "
        "发布 #2 2024年5月16日星期四 15点48分",
        max_chars=80,
    ),
    Rule(
        "news.metadata.original-title",
        Kind.METADATA,
        Scope.LINE,
        rf"{_OPEN}(?:原标题|原標題|原题|原題)\s*[:：][^\n]{{1,80}}?{_CLOSE}",
        "original-title note of a reprinted article: 原标题：…",
        max_chars=100,
    ),
    Rule(
        "news.chrome.image-credit",
        Kind.CHROME,
        Scope.LINE,
        rf"{_OPEN}(?:图片来源|圖片來源|图片提供|圖片提供|图片由|圖片由|图源|圖源|配图|配圖|题图|題圖)"
        rf"\s*[:：]?\s*[^\n。！？!?]{{1,40}}?{_CLOSE}|"
        rf"{_OPEN}(?:[^\n。！？!?：:]{{1,20}}?\s*)?(?:供图|供圖|摄$|攝$){_CLOSE}",
        "image credit: 图片来源：视觉中国, 图源：网络, （新华社供图）",
        max_chars=60,
    ),
    Rule(
        "news.footer.reprint",
        Kind.FOOTER,
        Scope.LINE,
        r"[^\n]{0,40}?(?:转载请注明|轉載請註明|转载请联系|轉載請聯繫|转载须注明|轉載須註明|如需转载|如需轉載|如若转载|如若轉載|"
        r"如要转载|如要轉載|转载请保留|轉載請保留|转载请附上|轉載請附上|转载时请|轉載時請|"
        r"(?:禁止|严禁|嚴禁|谢绝|謝絕|不得|请勿|請勿|勿)(?:任何)?(?:转载|轉載))[^\n]{0,80}",
        "reprint request: 转载请注明出处, 转载请保留原文链接, 未经授权不得转载, 未经书面授权请勿转载, 如需转载请联系…",
        max_chars=140,
    ),
    Rule(
        "news.footer.disclaimer",
        Kind.FOOTER,
        Scope.LINE,
        r"[【\[（(]?\s*(?:免责声明|免責聲明|特别声明|特別聲明|版权声明|版權聲明|译文声明|譯文聲明)\s*[】\]）)]?\s*[:：][^\n]{4,300}|"
        r"[【\[]?(?:声明|聲明)[】\]]?\s*[:：](?=[^\n]{0,40}?(?:本文|本站|本平台|本号|本號|作者|观点|觀點|版权|版權|侵权|侵權|转载|轉載))"
        r"[^\n]{4,300}|"
        r"[^\n]{0,160}?(?:仅提供信息(?:存储|存儲|发布|發佈)(?:空间|空間)?(?:服务|平台)|"
        r"僅提供信息(?:存儲|發佈)(?:空間)?(?:服務|平台))[^\n]{0,80}|"
        r"[^\n]{0,160}?(?:仅|僅)代表(?:该|該)?作者[^\n，。,]{0,12}?(?:观点|觀點)[^\n]{0,160}|"
        r"[【\[（(]?\s*(?:免责声明|免責聲明|特别声明|特別聲明|免责条款|免責條款|"
        r"(?:风险提示|風險提示)(?:及|与|與|和)?(?:免责条款|免責條款|免责声明|免責聲明)?)\s*[】\]）)]?\s*[:：]?|"
        # a finance site's risk notice under every story
        r"(?:市场有风险|市場有風險|股市有风险|股市有風險)[，,、\s]*(?:投资|投資|入市)(?:需|须|須)?(?:谨慎|謹慎)[^\n]{0,300}|"
        r"(?:本文|文章|以上|上述|本报告|本報告|本资讯|本資訊)[^\n，,。]{0,20}?(?:不构成|不構成)(?:任何|个人|個人)?"
        r"(?:投资|投資)建议[^\n]{0,300}|"
        r"[^\n]{0,200}?\bonly provides information (?:storage|publishing) services?\b[^\n]{0,80}",
        "disclaimer: 免责声明：本文仅代表作者个人观点…, 声明：本文内容由互联网用户自发贡献…; a user-content "
        "platform's: …本平台仅提供信息存储服务, 本文为澎湃号作者…上传并发布，仅代表该作者或机构观点…, "
        "…only provides information storage services; a finance site's risk notice: 市场有风险，投资需谨慎。"
        "本文不构成个人投资建议…; the heading alone (特别声明, 风险提示及免责条款)",
        max_chars=320,
    ),
    Rule(
        "news.metadata.production",
        Kind.METADATA,
        Scope.LINE,
        r"[\p{Han}A-Za-z]{2,16}?(?:社|部|中心|台|网|網|组|組|室|频道|頻道|工作室|客户端|客戶端|报|報|新闻|新聞)"
        r"(?:联合)?(?:制作|製作|出品|摄制|攝製)",
        "a video's or a feature's producer on a line of its own: 新华社音视频部制作, 新华通讯社出品",
        max_chars=24,
    ),
    Rule(
        "news.decoration.end-marker",
        Kind.DECORATION,
        Scope.LINE,
        r"[（(【\[]\s*(?:完|全文完|终|終|END|End|end)\s*[）)】\]]|[-—－]{1,4}\s*(?:完|END|End)\s*[-—－]{1,4}|"
        r"END|THE END",
        "end marker of a news story: （完）, (END), 【完】, -END-",
        max_chars=12,
    ),
    Rule(
        "news.metadata.en-byline",
        Kind.METADATA,
        Scope.LINE,
        r"(?:By|BY)\s+(?:[A-Z][\w.'’-]{0,30}(?:\s+(?:[A-Z][\w.'’-]{0,30}|de|van|von|da|del|la)){0,4})"
        r"(?:\s*(?:,|and|AND|&)\s+[A-Z][\w.'’-]{0,30}(?:\s+[A-Z][\w.'’-]{0,30}){0,4}){0,3}"
        r"(?:\s*[,|/·•—-]\s*[A-Z][\w.&'’ -]{0,40})?",
        "English byline on its own line: By Jane Doe, By JANE DOE and JOHN ROE, By Jane Doe, Reuters",
        max_chars=100,
    ),
    Rule(
        "news.chrome.en-advertisement",
        Kind.CHROME,
        Scope.LINE,
        r"(?:advertisement|advertising|sponsored|ad)(?:\s*[-–—:|]?\s*(?:continue|scroll)"
        r"(?: reading| down)?(?: to continue| below)?)?|"
        r"(?:story|article) continues? below(?: this)?(?: advertisement| ad)?|continue reading below|"
        r"continue reading the main story",
        "ad label in the text: Advertisement, ADVERTISEMENT - SCROLL TO CONTINUE, Story continues below",
        max_chars=50,
        ignore_case=True,
    ),
    Rule(
        "news.chrome.ad-blurb",
        Kind.CHROME,
        Scope.LINE,
        r"[\[(](?:advertisement|advertising|sponsored|sponsor|ad|promoted|anzeige|werbung|publicidad|"
        r"publicit[ée]|pubblicit[àa]|advertentie)[\])]\s*[^\n]{1,400}",
        "a sponsor's blurb opened by its bracketed label, in the post or below it: [advertisement] How are you "
        "showing off your awesome? …, [Sponsor] …, (Anzeige) …",
        max_chars=420,
        ignore_case=True,
        requires=(
            "advert",
            "sponsor",
            "promoted",
            "anzeige",
            "werbung",
            "publicidad",
            "publicit",
            "pubblicit",
            "[ad]",
            "(ad)",
        ),
    ),
    Rule(
        "news.chrome.en-cta",
        Kind.CHROME,
        Scope.LINE,
        r"(?:subscribe|sign up|register|log in|become a (?:member|subscriber))\b[^\n]{0,80}?"
        r"\b(?:full (?:story|article)|unlimited (?:access|reading)|digital edition|"
        r"e-?edition)\b[^\n]{0,80}|"
        r"to (?:view|read|access) (?:the|this) (?:full|entire|rest of the) (?:story|article)\b[^\n]{0,120}|"
        r"follow (?:us|@?[A-Z][\w.&'’ -]{0,40}?) on (?:twitter|x|facebook|instagram|linkedin|youtube|tiktok|"
        r"threads|bluesky)\b[^\n]{0,240}|"
        r"(?:chat|talk|connect) with us (?:on|in|via) (?:facebook messenger|messenger|whatsapp|telegram|line|"
        r"wechat|signal)\b[^\n]{0,240}|"
        r"for the latest (?:news|stories|updates)\b[^\n]{0,60}?\b(?:download|follow|subscribe|sign up)\b[^\n]{0,80}|"
        r"we(?:'d| would)? (?:want|love|like) to hear (?:what you think|from you)\b[^\n]{0,120}|"
        r"(?:if you )?(?:enjoyed|liked) (?:reading )?this (?:post|article|story|recipe)\b[^\n]{0,120}|"
        r"(?:did you|have you) (?:make|made|try|tried|cook|cooked|bake|baked) this (?:recipe|dish)\?[^\n]{0,160}|"
        r"(?:like|love|enjoy) this (?:recipe|post|article)\?[^\n]{0,160}|"
        r"(?:pin|save) this (?:recipe|post|article|pin)(?: for later)?\s*[!.]?|"
        r"(?:give|send) us (?:your )?feedback\b[^\n]{0,80}",
        "call to action (a paywall's 'to continue reading' is en.truncation.paywall): "
        "Subscribe now for the full story, Follow X on Twitter, We want to hear what you "
        "think, If you enjoyed this post…, Chat with us in Facebook Messenger",
        max_chars=300,
        ignore_case=True,
    ),
    Rule(
        "news.chrome.en-comment-form",
        Kind.CHROME,
        Scope.LINE,
        r"(?:leave a (?:reply|comment)(?: cancel reply)?|post a comment|add a comment|cancel reply|"
        r"comments are closed\.?|"
        r"your email address will not be published\.?(?:\s*required fields are marked\s*\*?)?|"
        r"required fields are marked\s*\*?)(?:\s*(?:to|on)\s[^\n]{1,80})?[.…]?",
        "comment form furniture: Leave a Reply, Your email address will not be published, Required fields are marked *",
        max_chars=120,
        ignore_case=True,
    ),
    Rule(
        "news.footer.en-disclosure",
        Kind.FOOTER,
        Scope.LINE,
        r"(?:note\s*:\s*)?(?:the )?(?:advertising|affiliate|editorial|sponsor(?:ship)?)\s+"
        r"(?:disclosure|disclaimer)\b[^\n]{0,300}|"
        r"(?:disclosure|disclaimer)\s*:[^\n]{4,300}",
        "disclosure/disclaimer: Advertising disclosure: We may receive compensation…, Disclaimer: …",
        max_chars=320,
        ignore_case=True,
    ),
    Rule(
        "news.chrome.en-buttons",
        Kind.CHROME,
        Scope.LINE,
        r"(?:(?:print|pin|save|rate|jump to|skip to) (?:this )?recipe\s*|"
        r"(?:print|email|save) (?:this )?(?:article|story|page)\s*){1,4}",
        "action buttons printed as text: Print Recipe, Jump to Recipe, Save this article",
        max_chars=80,
        ignore_case=True,
    ),
    Rule(
        "news.chrome.en-newsletter",
        Kind.CHROME,
        Scope.LINE,
        r"(?:sign up|signup|subscribe|register|get|enter your email)\b[^\n]{0,100}?"
        r"\b(?:newsletters?|inbox|briefings?|digest|e-?mails?|alerts)\b[^\n]{0,100}|"
        r"(?:enter |type )?your e-?mail(?: address)?(?: here| below)?\s*\*?",
        "newsletter box: Sign up for the Morning newsletter, Get our daily briefing in your inbox, "
        "the address field (Enter your email address)",
        max_chars=200,
        ignore_case=True,
    ),
    Rule(
        "news.chrome.rating",
        Kind.CHROME,
        Scope.LINE,
        rf"{_RATE_PROMPT}|{_RATE_AVERAGE}|{_RATE_SCORED}",
        "readers' rating widget, in English, Spanish, Portuguese, French, German, Italian or Dutch: "
        "Rate this:, Average rating: 4.2 out of 5, Rating: 4.5/5 (12 votes), Actualmente puntuada "
        "con 1 estrella(s) sobre 5, Durchschnittliche Bewertung:",
        max_chars=90,
        ignore_case=True,
    ),
    Rule(
        "news.metadata.views",
        Kind.METADATA,
        Scope.LINE,
        _VIEWS,
        "view counter on its own line: Viewed 314 times, 653,817 VIEWS, Visto 314 veces, 314 Aufrufe, Lu 314 fois",
        max_chars=40,
        ignore_case=True,
    ),
    Rule(
        "news.related.heading",
        Kind.RELATED,
        Scope.TAIL,
        r"^(?:art[ií]culos relacionados|noticias relacionadas|notas relacionadas|(?:tambi[eé]n )?te puede interesar|"
        r"lo m[aá]s le[ií]do|m[aá]s noticias|artigos relacionados|not[ií]cias relacionadas|veja tamb[eé]m|mais lidas|"
        r"articles similaires|sur le m[eê]me sujet|dans la m[eê]me rubrique|les plus lus|vous aimerez aussi|"
        r"[àa] voir aussi|mehr zum thema|das k[öo]nnte sie auch interessieren|[äa]hnliche artikel|verwandte artikel|"
        r"weitere artikel|meistgelesen|auch interessant|articoli correlati|(?:ti )?potrebbe interessarti|"
        r"i pi[uù] letti|gerelateerde artikelen|meer nieuws)\s*+:?\s*+$",
        "a news site's related-stories heading in Spanish, Portuguese, French, German, Italian or Dutch "
        "(Artículos relacionados, Veja também, Sur le même sujet, Mehr zum Thema, Articoli correlati); the "
        "English ones are en.related.heading. Not the inline teaser's lead (Leggi anche: …, Lire aussi: …). "
        "A lone one above prose is only itself (a box inside the story: Mehr zum Thema)",
        ignore_case=True,
        tags=("title-list",),
    ),
    Rule(
        "news.chrome.comments-heading",
        Kind.CHROME,
        Scope.TAIL,
        r"^(?:(?:\d{1,5}\s+)?(?:kommentare?|commentaires?|comentarios?|coment[aá]rios?|commenti|commento|reacties)"
        r"(?:\s*\(\d{1,5}\))?|"
        r"kommentar(?:e)? schreiben|schreibe einen kommentar|ihr kommentar|"
        r"comentar|commenter|kommentieren|commentare|comente|reageer|"
        r"laisser un commentaire|ajouter un commentaire|"
        r"deja (?:un comentario|una respuesta)|dejar un comentario|a[nñ]adir (?:un )?comentario|"
        r"deixe (?:um coment[aá]rio|uma resposta)|lascia un commento|aggiungi un commento|"
        r"geef een reactie|laat een reactie achter|plaats een reactie)\s*+:?\s*+$",
        "the heading of a comment section in German, French, Spanish, Portuguese, Italian or "
        "Dutch (Kommentare, 3 commentaires, Deja un comentario, Lascia un commento, Reacties; the "
        "comment button: Comentar, Commenter); "
        "the English ones are en.chrome.comments-heading",
        ignore_case=True,
    ),
]
