"""The site footer (``zh.footer.*``): copyright, ICP licence, reprint
prohibition and footer link rows.
"""

from __future__ import annotations

from ...model import Kind
from ..rule import Rule, Scope

RULES: list[Rule] = [
    Rule(
        "zh.footer.copyright",
        Kind.FOOTER,
        Scope.LINE,
        r"[^\n。]{0,40}(?:(?:版权所有|版權所有)(?=\s*(?:[:：©(（\d]|\s|$)|"
        # the warning printed with it: 版权所有，翻印必究 / 版权所有，未经书面授权禁止使用
        r"[,，、;；]\s*(?:翻印必究|侵权必究|侵權必究|违者必究|違者必究|盗版必究|盜版必究|未经|未經|禁止|不得|严禁|嚴禁|请勿|請勿))|(?:版权声明|版權聲明)(?=\s*[:：])|^(?:版权声明|版權聲明)|"
        r"(?:版权|版權|著作权|著作權)(?:归|歸)(?:原作者|作者|本站|本网|本網|原网站|原網站|原创|原創|著作权人|著作權人|"
        r"版权方|版權方|权利人|權利人)[^\n。]{0,20}所有|"
        # The site's warning under it: 未经著作权人授权…，本站将保留追究侵权者法律责任的权利 (the site or the
        # rights holder named in the line: a company's statement quoted in a story names neither).
        r"(?=[^\n]{0,60}(?:本站|本网|本網|著作权|著作權|版权|版權))[^\n。]{0,80}?(?:保留|有权|有權)(?:依法)?追究"
        r"[^\n。，,]{0,12}(?:法律责任|法律責任))"
        r"[^\n。]{0,160}。?",
        "copyright line: 版权所有 …, 著作权归著作权人所有, …本站将保留追究侵权者法律责任的权利",
        max_chars=200,
    ),
    Rule(
        "zh.footer.icp",
        Kind.FOOTER,
        Scope.LINE,
        r"[^\n]{0,80}(?:[\p{Han}]{1,2}ICP[备備证證]\s*\d{4,}\s*号?(?:\s*-\s*\d+)?|"
        r"ICP[备備证證][^\n]{0,4}\d{4,}|[\p{Han}]{1,2}公网安备\s*\d{6,}\s*号?|公網安備\s*\d{6,}\s*號?)[^\n]{0,80}",
        "ICP licence / 公网安备 line: 冀ICP备20016797号",
        max_chars=200,
    ),
    Rule(
        "zh.footer.reprint",
        Kind.FOOTER,
        Scope.LINE,
        r"(?!(?:[^\n]*?[，,]){3})"  # a sentence of three clauses is prose about a rule, not the site's notice
        r"[^\n。]{0,40}(?:未经(?:书面)?(?:授权|許可|许可|允许|同意)|未經(?:書面)?(?:授權|許可|允許|同意))[,，]?(?:本站|本网|本網|作者)?(?:同意)?"
        r"[^\n，,。]{0,4}(?:禁止|不得|严禁|嚴禁)(?:转载|轉載|复制|複製|镜像|鏡像|使用)[^\n]{0,80}",
        "reprint prohibition: 未经授权禁止转载",
        max_chars=180,
    ),
    Rule(
        "zh.footer.report",
        Kind.FOOTER,
        Scope.LINE,
        # Chinese sites must print where to report illegal content (违法和不良信息举报电话, 举报邮箱);
        # the line sits in every footer, and under many stories when the footer's markup is not
        # recognised. A story about a report line writes a sentence around it, not a label and a
        # number.
        r"[^\n。]{0,30}(?:违法和不良信息举报|違法和不良信息舉報|不良信息举报|不良信息舉報|有害信息举报|有害信息舉報|"
        r"违法信息举报|違法信息舉報|网络违法犯罪举报|網絡違法犯罪舉報)(?:电话|電話|邮箱|郵箱|中心|专区|專區|入口|平台)?"
        r"[^\n。]{0,160}|"
        r"(?:举报|舉報)(?:电话|電話|邮箱|郵箱|专线|專線)\s*[:：]\s*[\w@.\-]{5,40}[^\n。]{0,120}",
        "where to report illegal content: 违法和不良信息举报电话：010-85651074, 举报邮箱：jubao@…",
        max_chars=200,
    ),
    Rule(
        "zh.footer.contact",
        Kind.FOOTER,
        Scope.LINE,
        r"(?:联系我们|聯繫我們|关于我们|關於我們|网站地图|網站地圖|免责声明|免責聲明|隐私政策|隱私政策|"
        r"广告服务|廣告服務|友情链接|友情鏈接|投诉建议|投訴建議)"
        r"(?:(?:\s*[|｜丨·/-]\s*|\s+)(?:联系我们|聯繫我們|关于我们|關於我們|网站地图|網站地圖|免责声明|免責聲明|"
        r"隐私政策|隱私政策|广告服务|廣告服務|友情链接|友情鏈接|投诉建议|投訴建議|意见反馈|意見反饋|"
        r"网站声明|網站聲明|帮助中心|幫助中心|[\p{Han}]{2,6})){0,12}"
        # the row often ends in the report line's fields, printed in the same bar
        r"(?:(?:\s*[|｜丨·/-]\s*|\s+|(?<=\p{Han}))(?:举报|舉報|联系|聯繫|客服|投诉|投訴)(?:电话|電話|邮箱|郵箱)"
        r"\s*[:：][^\n]{1,80}?){0,3}",
        "site footer link row: 关于我们 | 联系我们 | 网站地图, with the report fields it may end in "
        "(…|友情链接|举报电话：021-54679377举报邮箱：editor@example.cn)",
        max_chars=220,
    ),
]
