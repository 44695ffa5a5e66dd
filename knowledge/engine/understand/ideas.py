"""Ideas told in a sentence rather than named: "why is the same job in marketing at one company
and in ops at another", "市场针对事、运营针对人", "渠道跟市场怎样分KPI".

Each pattern is matched in the matching form (Simplified, lower case, punctuation as spaces) and
names one concept; `Engine._ideas_in_words` adds the idea over the span it matched. Aliases could
not do this: the wording varies around the names it holds.
"""

from __future__ import annotations

import re

from ...text.quick import Quick, quick

# Ideas told in a sentence, matched in the matching form (Simplified, lower case); searched only
# where their literal words occur (`quick`).
# Words listed: "营销、市场", "营销和运营", "营销 vs 运营", "营销, 市场 and 运营"
_JOINED = r"(?:\s*(?:vs\.?|and|or|和|与|跟|及|同|或|,|，|、|/|&)?\s*){0,2}"

IDEAS_IN_WORDS: tuple[tuple[Quick, str], ...] = tuple(
    (quick(pattern), eid)
    for pattern, eid in (
        (
            re.compile(
                r"\bsame (job|role|position|title|team)s?\b.{0,90}?\b(another|other compan\w*"
                r"|different (compan|department|dept|team|place|org)\w*|elsewhere|next company)"
                r"|同一(个|種|种)?(岗位|职位|岗|工作|职务|职缺)[^？?。]{0,30}?(不同|不一样|乱放|有的|别的|另一|另外|换|每家)"
                # (and the places it is put in, said after: "…有的公司放市场部 有的放运营部")
                r"([^？?。]{0,8}(放|归|挂|在)[^？?。]{0,8}?(部门|部|那边))*"
                # "那为啥每家公司放法都不一样"
                r"|(每家|每间|各家|各个|不同|几家|三家|两家)(公司)?[^？?。]{0,4}"
                r"(放法|放的位置|放的部门|归属|挂法|分法|架构)[^？?。]{0,4}(不一样|不同|唔同|唔一样)"
                # "why would it be different between companies", "why does it vary so much from
                # company to company"
                r"|\bwhy\b[^?.]{0,40}\b(different|differs?|vary|varies)\b[^?.]{0,16}"
                r"\b(between|across|from|by|at) (different )?(compan(y|ies)|firms|employers)\b"
                # "為什麼我朋友公司的SEO在行銷部，我們公司卻放在營運部"
                r"|公司[^？?。]{0,12}(在|放在|归|挂在)[^？?。]{1,10}部[^？?。]{1,20}公司[^？?。]{0,8}(放在|在|归|挂在)[^？?。]{1,10}部"
                r"|(一样|同样)的(岗位|职位|工作|职缺)[^？?。]{0,30}?(这家|那家|有的|别的|另一|不同)"
                # "为啥同样是新媒体岗，有的公司放市场部有的放运营部", "有啲公司放marketing，有啲放
                # operations", "some companies put it under marketing, others under ops"
                r"|(有的|有些|有啲)(公司)?[^？?。，,\s]{0,6}(放|归|挂|设在|放在)[^？?。]{1,16}"
                r"(有的|有些|有啲|另一些|别的)(公司)?(又|则|就|却)?(放|归|挂|设在|放在)(在)?[^？?。，,\s]{0,12}"
                # "为什么同样的活儿各家放的部门都不一样"
                r"|(同样|一样|同一)的?(活|活儿|工作|岗位|职位|事)[^？?。]{0,16}"
                r"(各家|每家|不同公司|各个公司|各公司)[^？?。]{0,12}(不一样|不同|各不相同)"
                r"|\bsome (companies|firms|places) (put|have|place|file)\b[^?.]{1,40}\b(others|other ones|some)\b[^?.]{0,20}\b(under|in)( the)? [\w-]+"
            ),
            "same_job_different_departments",
        ),
        (
            re.compile(
                r"\b(senior|experienced|seasoned|veteran|advanced)"
                r" (marketers?|marketing (people|folks|pros))"
                r"\b.{0,40}\b(need|should|focus|skill|think|mindset|qualit)"
                r"|\bsomeone (senior|experienced|seasoned)\b.{0,40}\b(need|should|be able|focus)"
                # "想問更高階的行銷人、營運人到底還缺什麼"
                r"|(高阶|资深|老练)(一点|一些|点)?的?(营销|市场|运营|行销|营运)(人)?(/|、|和|跟|与| )?"
                r"(营销|市场|运营|行销|营运)?(人|人员|从业者)[^？?。]{0,12}(需要|具备|要有|思维|能力|素质|缺|差在|补)"
                # "做营销想往高阶走…需要补啥能力", "行銷做到資深，要具備什麼能力", "想做到营销
                # 总监那个层级，需要具备什么", "what does it take to become a really senior
                # marketing or ops person"
                r"|(营销|市场|运营|行销)[^？?。]{0,6}(往|做到|走到|升到|干到)(营销|市场|运营|行销)?"
                r"(高阶|资深|高层|总监|管理层)"
                r"[^？?。]{0,16}(需要|具备|要有|补|能力|素质)"
                r"|(做到|升到|当上|走到)(营销|市场|运营|行销)(总监|高管|负责人)[^？?。]{0,12}(需要|具备|要有|补|能力)"
                r"|\b(what does it take|what do i need|how do i|skills?)\b[^?]{0,20}\b(become|get to be|grow into)"
                r" (a |an )?(really |truly )?(senior|top|great) (marketing|marketer|ops|operations|operator)"
            ),
            "senior_marketer",
        ),
        (
            re.compile(
                r"((市场|营销)(工作)?(是)?)?(针对事[^？?。]{0,12}针对人|针对人[^？?。]{0,12}针对事)"
                r"|(\b(marketing|market|mkt)\s+(is\s+)?)?\b(about|on) (things|tasks|matters)\b.{0,30}"
                r"\b(about|on) (people|users)\b"
                # "my manager says marketing is 'things' and ops is 'people'"
                r"|\bthings\b[^?]{0,8}\b(and|while|but)\b[^?]{0,6}\b(ops|operations)\b[^?]{0,8}"
                r"\bpeople\b"
            ),
            "marketing_vs_operations",
        ),
        # "點解話市場係轟炸機、運營係敢死隊": the articles' picture of the two
        (
            re.compile(
                r"轰炸机[^？?。]{0,12}敢死队|敢死队[^？?。]{0,12}轰炸机"
                r"|\bbombers?\b[^?.]{0,40}\bcommandos?\b|\bcommandos?\b[^?.]{0,40}\bbombers?\b"
            ),
            "marketing_vs_operations",
        ),
        # "what does marketing actually create for a company", "市场部又不生产产品，那它到底给公司
        # 创造了啥价值", "what is marketing supposed to produce, if not signups"
        (
            re.compile(
                r"\b(marketing|market|mkt)\b[^?]{0,40}\b(create|creates|generate|generates"
                r"|deliver|delivers|supposed to produce|actually produce|bring|brings)\b[^?]{0,24}"
                r"\b(for (a|the|our) (company|business)|value)\b"
                r"|\bwhat (value|kind of value) (does|do) [\w ]{0,20}\bmarketing\b"
                r"|(市场|营销)(部|部门|团队)?[^？?。]{0,16}(创造|带来)(了)?[^？?。]{0,12}价值"
                r"|(看不到|看不见|摸不着|摸不到)的?价值"
            ),
            "intangible_value",
        ),
        # "big consumer brands split marketing into a team that makes shoppers want the thing and
        # another that makes resellers want to stock it", "一拨让消费者想买，一拨让经销商愿意卖"
        (
            re.compile(
                r"\b(consumers?|shoppers?|buyers?|end users?)\b[^?]{0,60}\b(resellers?|dealers?"
                r"|distributors?|retailers?|channel partners?)\b[^?]{0,40}\b(stock|sell|carry|push)"
                r"|(消费者|顾客)[^？?。]{0,16}(经销商|渠道|代理商)[^？?。]{0,10}(卖|进货|铺货)"
            ),
            "air_force_army",
        ),
        # "the nine-step thing for building a brand", "做品牌的循环方法，先讲故事再铺信息"
        (
            re.compile(
                r"\b(nine|9)[- ]?(step|stage|part|phase)s?\b[^?]{0,40}\bbrand"
                r"|\bbrand\w*\b[^?]{0,40}\b(nine|9)[- ]?(step|stage|part|phase)s?\b"
                r"|品牌[^？?。]{0,10}(循环|闭环)(的)?(方法|体系|模型|打法)"
            ),
            "brand_9plus1",
        ),
        # "what does someone aiming for head of marketing or head of ops level need", "想做到营销总
        # 监那个层级，需要具备什么"
        (
            re.compile(
                r"\b(head of|director of|vp of|chief) (marketing|ops|operations|growth|brand)\b[^?]{0,60}"
                r"\b(need|needs|take|takes|require|skills?|mindset|qualit)"
                r"|(营销|市场|运营|品牌)(总监|负责人|vp|老大|一把手|高管)[^？?。]{0,14}(需要|具备|要有|能力|思维|素质|够吗)"
            ),
            "senior_marketer",
        ),
        # "when people use 'operations' in the big sense, like running the whole business"
        (
            re.compile(
                r"\b(ops|operations)\b[^?]{0,20}\b(big|broad|wide|wider|widest|whole)[- ](sense|meaning|definition)"
                r"|\b(big|bigger|broad|broader|wide|wider)[- ](sense|meaning|definition) of (ops|operations)\b"
            ),
            "broad_operations",
        ),
        # The narrow kind said beside the broad one, without its name: "'broad operations' vs
        # the narrow kind"
        (
            re.compile(r"\bthe (narrow|narrower) (kind|one|sense|meaning|version|type)\b"),
            "narrow_operations",
        ),
        # not "硬件公司营销体系是怎么分工的": a company's marketing set-up
        (
            re.compile(r"(?<!公司)(?<!企业)(?<!部门)(?<!集团)营销[^，,？?。]{0,8}(体系|系统)"),
            "yingxiao",
        ),
        (
            re.compile(
                r"推广[^，,？?。]{0,4}(分|有)(哪几|哪些|几)(类|种)|推广[^，,？?。]{0,6}分类"
                # "ways to slice up promotion work? like paid vs free, online vs offline"
                r"|\b(ways|kinds|types|categories|sorts) to (slice|split|divide|categori[sz]e) (up )?"
                r"promotion\b"
            ),
            "promotion_types",
        ),
        # "what's the typical workflow in an operations job", "營運工作的流程大概長怎樣": not
        # a kind of operations' own ("活動營運的流程" is that job)
        (
            re.compile(
                r"(?<!活动)(?<!内容)(?<!用户)(?<!产品)(?<!社群)(?<!新媒体)(?<!商城)(?<!店铺)"
                r"(?<!流量)(?<!网站)(?<!市场)运营(工作|岗)?的?(工作)?流程"
                r"|\bworkflow\b[^?]{0,30}\b(operations?|ops)\b(?! (team|department|dept))"
                # "the usual sequence of ops work, from getting users in all the way to word of
                # mouth", "运营的整套工作链路"
                r"|\b(sequence|steps|stages|flow|pipeline|chain|order)\b[^?]{0,12}\b(of )?(ops|operations)"
                r" (work|jobs?)\b|(?<!活动)(?<!内容)(?<!用户)(?<!产品)运营的?(整套|整个)?(工作)?(链路|链条)"
                # "營運從拉到新用戶一路到口耳相傳，中間那一串流程", "運營同市場運營各有一條工作流程"
                r"|(?<!活动)(?<!内容)(?<!用户)(?<!产品)运营从(?!业)[^？?。]{2,40}(流程|链路|环节)"
                r"|各有一条(工作)?(流程|链路)"
            ),
            "operations_workflow",
        ),
        # "快消公司渠道跟市场怎样分KPI", "who takes the sales number and who takes brand health"
        (
            re.compile(
                r"(渠道|通路)[^？?。]{1,8}(市场|营销)[^？?。]{0,10}(kpi|指标|考核|数字)"
                r"|(市场|营销)[^？?。]{1,8}(渠道|通路)[^？?。]{0,10}(kpi|指标|考核|数字)"
                r"|(kpi|指标|考核)[^？?。]{0,8}(跟|和|与|同)?(渠道|通路)[^？?。]{0,10}(分|拆|切)"
                r"|\bwho (takes|owns|carries|gets|holds) the (sales|gmv|revenue)\b[^?]{0,40}"
                r"\bwho (takes|owns|carries|gets|holds)\b[^?]{0,30}"
                r"|\b(kpis?|targets?|numbers)\b[^?]{0,30}\b(split|divided)\b[^?]{0,30}"
                r"\b(channels?|sales)\b[^?]{0,20}\b(marketing|brand)\b"
                # "how do the channel teams and marketing split their KPIs", "佢哋嘅KPI同sales點分"
                r"|\b(channels?|sales)\b[^?]{0,30}\b(marketing|brand)\b[^?]{0,20}\b(split|divide|share)"
                r"[^?]{0,15}\b(kpis?|targets?|numbers)\b"
                r"|(kpi|指标|考核)[^？?。]{0,6}(同|跟|和|与)[^？?。]{0,10}(sales|销售|渠道)[^？?。]{0,6}(点|怎么|如何)?分(?!析|数|钟|享|类|别|配资)"
                # "divide the targets between the channels and marketing", "which numbers the
                # sales channels own and which ones the marketing folks own"
                r"|\b(divide|split|share|allocate)\b[^?]{0,20}\b(kpis?|targets?|numbers|credit)\b[^?]{0,20}"
                r"\bbetween\b[^?]{0,30}\b(channels?|sales)\b"
                r"|\bwhich (numbers|kpis|targets|metrics)\b[^?]{0,40}\b(own|owns|take|takes|carry)\b"
                r"[^?]{0,40}\bwhich\b"
            ),
            "kpi_split",
        ),
        # "有没有推广和运营来回换的真实例子", "people bounce between promotion and ops. any real
        # example?": the author's own path, told as a story
        (
            re.compile(
                r"[^，,。？?]{0,14}(来回|反复)(换|转|跳|切换)"
                r"|[^?.!]{0,40}\b(back and forth|bounc\w* between)\b[^?.!]{0,30}"
                # "文章作者從網路銷售一路做到營運總監那段經歷", "the author's own career path": the
                # author's path, told by where it began and ended
                r"|(网络销售|网销)[^，,。？?]{0,24}(运营总监|运营负责人|运营老大)"
                r"|(文章)?作者[^，,。？?]{0,16}(的)?(经历|路线|职业路径|职业生涯|那段)"
                r"|\bfrom (online|internet|web) sales\b[^?.!]{0,60}\b(ops|operations) (director|head|lead)\b"
                r"|\b(the )?(author|writer)('| )?s (own )?(career|path|journey|story)\b"
            ),
            "author_career_path",
        ),
        (
            re.compile(
                r"(million|百万|一百万|100万)[^?？]{0,30}(views|播放|曝光|阅读|浏览)[^?？]{0,30}"
                r"(zero|no|0|零|没有|没)[^?？]{0,10}(conversion|转化|sales|成交)\w*"
            ),
            "marketing_vs_operations",
        ),
        (
            re.compile(
                # the three words in pinyin (in characters they are named, and weighed as a group)
                r"yingxiao[^?？。]{0,6}yunying[^?？。]{0,6}shichang"
                r"|yingxiao[^?？。]{0,6}shichang[^?？。]{0,6}yunying"
                # the three words listed in any order, weighed ("营销和运营和市场 区别"): the
                # words, not a department of each ("市场部", "用户运营")
                r"|(?<!用户)(?<!内容)(?<!活动)(?<!产品)(?<!社群)(?<!媒体)(营销|运营|市场)"
                rf"{_JOINED}(?!\1)(营销|运营|市场){_JOINED}(?!\1|\2)(营销|运营|市场)"
                r"(?!部|中心|总监|经理|专员)"
                r"[^?？。]*(区别|关系|不同|差别|差在|分别|一回事|一样|分不清|搞不清|傻傻|relate|differ|mix)"
                # "marketing, market and operations — how do the three relate"
                r"|^(?=[^?]*\bmarketing\b)(?=[^?]*\bmarket\b)(?=[^?]*\b(operations|ops)\b)"
                r"[^?]*\b(the|all|these|those) (three|3)\b"
            ),
            "marketing_vs_yingxiao_vs_ops",
        ),
        (re.compile(r"空军[^，,？?。]{0,4}陆军|陆军[^，,？?。]{0,4}空军"), "air_force_army"),
        # "这个市场具体指什么职能", "what does 市场 (shichang) refer to as a function": the word
        # as a function, not the marketing department (市场部的职能 is the department's)
        (
            re.compile(
                r"市场(?!部)\s?(?:(?!市场)[^，,？?。]){0,14}职能|\b(shichang|市场)(?!部)[^?]{0,60}\bfunction\b"
            ),
            "market_function",
        ),
        # "that story about the community that sold a calendar", "用賣日曆做例子講推廣同運營"
        (
            re.compile(
                r"卖日历|日历(的|做)?(例子|案例)|\b(sold|sells|selling) (a |the )?calendars?\b"
                r"|\bcalendar (example|case|story)\b"
            ),
            "shengcai_calendar_case",
        ),
        # "the ops internet companies mean is much narrower", "網路公司說的營運比一般講的窄很多"
        (
            re.compile(
                r"(说|讲|所说|口中)的运营[^？?。]{0,20}窄|运营[^？?。]{0,4}狭义"
                r"|\b(ops|operations)\b[^?]{0,30}\b(means?|sense|definition)\b[^?]{0,20}\bnarrow(er)?\b"
            ),
            "narrow_operations",
        ),
        # "product creates and ops raises", "产品生娃运营带娃"
        (
            re.compile(
                r"\bproduct\b[^?.]{0,20}\b(creates?|makes?|births?|gives birth|builds?)\b[^?.]{0,30}"
                r"\b(ops|operations)\b[^?.]{0,20}\b(raises?|grows?|nurtures?|rears?|parents?)\b"
                r"|产品[^？?。，,]{0,4}(生|造)[^？?。]{0,6}运营[^？?。，,]{0,4}(养|带)"
                # "product has the baby, ops raises it"
                r"|\bproduct\b[^?.]{0,10}\b(has|have|gives birth to|delivers) (the |a )?baby\b"
            ),
            "product_and_operations",
        ),
        # Session 22, ideas told by their situation rather than their words:
        # "last job new media sat under ops, this job it's under marketing", "上家公司放在市场部，
        # 这家放运营部"
        (
            re.compile(
                r"(上家|之前|以前|上一家|前|老)(的)?(公司)?[^？?。]{0,16}(放|在|归|挂)[^？?。]{1,10}"
                r"(这家|这间|现在|新公司|现公司)[^？?。]{0,8}(放|在|归|挂)"
                r"|\b(last|previous|old|former) (job|company|employer|place)\b[^?]{0,60}\b(under|in)\b"
                r"[^?]{0,40}\b(this|new|current) (job|company|one|place)\b"
            ),
            "same_job_different_departments",
        ),
        # "产品经理把产品做出来以后，后面谁负责把它养大？", "the product team builds the app, whose
        # job is it to keep it alive and growing after launch?"
        (
            re.compile(
                r"(产品|pm)[^？?。]{0,8}(做|生|造)出来(以后|之后|后)[^？?。]{0,16}(谁|哪个部门)[^？?。]{0,8}(养|带大|长大)"
                r"|\b(giving birth|birth)\b[^?]{0,30}\braising\b"
                r"|\bbuilds? the (app|product)\b[^?]{0,60}\bkeep it (alive|growing)\b"
            ),
            "product_and_operations",
        ),
        # "planning is the brain and PR / media / social the hands", "一个出脑子几个出手", "one
        # group makes shoppers want the phone and another makes the shops want to sell it"
        (
            re.compile(
                r"(脑子|大脑|脑袋|个脑|出脑)[^？?。]{0,20}(手脚|出手|双手)"
                r"|\bbrains?\b[^?]{0,60}\bhands\b"
                r"|\bmakes? (shoppers|consumers|customers|people|buyers) want\b[^?]{0,60}"
                r"\bmakes? (the )?(shops|stores|dealers|retailers|channels?|distributors) want\b"
            ),
            "air_force_army",
        ),
        # "市场部的人总说自己的工作没法量化，运营就天天被数据追着跑", "an article gets a million
        # reads and nobody signs up, marketing still calls that a win"
        (
            re.compile(
                r"(没法|难以|不能|很难|无法)量化[^？?。]{0,20}(运营|营运)[^？?。]{0,12}(数据|数字)"
                r"|(一百万|百万|几十万|十万|10万|100万)[^？?。]{0,10}(看|阅读|浏览|曝光)[^？?。]{0,10}"
                r"(没人|没有人|没)(下单|注册|买|转化)"
                r"|\b(million|100k|\d+k|thousand) (reads|views|impressions)\b[^?]{0,40}\b(nobody|no one)\b"
            ),
            "marketing_vs_operations",
        ),
        # "what does a marketing dept actually make? factory makes products, sales sells them",
        # "行銷部到底產出什麼？…好像拿不出東西"
        (
            re.compile(
                r"(市场|营销|行销)(部)?[^？?。]{0,6}(到底)?(产出|生产)(的是)?(什么|啥|咩)|拿不出东西"
                r"|\bwhat does (a |the )?marketing (dept|department|team) (actually |really )?"
                r"(make|produce)\b|\bmarketing (actually |really )?produces what\b"
            ),
            "intangible_value",
        ),
        # "who's on the hook for sales numbers vs brand health", "業績目標跟品牌指標是怎麼切的"
        (
            re.compile(
                r"(业绩|销售|销量)(目标|指标|数字)[^？?。]{0,12}品牌(指标|目标|健康)"
                r"|\bsales (numbers|targets?|figures)\b[^?]{0,12}\bvs\.? brand (health|metrics|kpis?)\b"
                # "这种指标是渠道背还是市场背", "那渠道那边呢 他们背什么指标", "那他們的KPI怎麼跟
                # 業務那邊拆", "how do they split targets with the sales channels", "who gets the
                # credit for sales vs brand health", "who owns the sales number there, the brand
                # team or the channel team"
                r"|(指标|kpi|业绩|销量|数字)[^？?。]{0,6}(渠道|销售|业务|市场|品牌)(背|扛|担)还是"
                r"(渠道|销售|业务|市场|品牌)"
                r"|(渠道|通路)(那边|部门|团队)?[^？?。]{0,6}(背|扛|担)(什么|啥|哪些)(指标|kpi|数)"
                r"|(kpi|指标)[^？?。]{0,4}(怎么|怎样|如何|点样)?(跟|和|与|同)(业务|销售|sales)[^？?。]{0,6}"
                r"(拆|切|分(?!析|数|钟|享|类|别))"
                r"|\bsplit (the )?(targets?|kpis?|numbers)\b[^?]{0,20}\bwith the (sales|channel)"
                r"|\bcredit for sales\b[^?]{0,10}\bvs\.? brand"
                r"|\bwho owns the sales (number|target|figure)s?\b[^?]{0,30}\b(brand|marketing)\b[^?]{0,20}"
                r"\b(channel|sales)"
                # "who carries the sales number then, marketing or the channel people?", "who owns
                # GMV, marketing or the channel guys?", "這兩個數字是誰背的"
                r"|\bwho (carries|owns|takes|holds|gets)\b[^?]{0,30}\b(sales|gmv|revenue|numbers?|targets?)\b"
                r"[^?]{0,30}\b(marketing|brand|channels?)\b[^?]{0,10}\bor\b[^?]{0,12}\b(channels?|sales|marketing|brand)\b"
                r"|(数字|指标|kpi|业绩|销量|gmv)[^？?。]{0,4}(是)?谁(来)?(背|扛|担)"
            ),
            "kpi_split",
        ),
        # "網路業講的營運到底在做啥", "when tech people say operations… the internet version"
        (
            re.compile(
                r"(互联网|网路|网络)(业|行业|圈|公司)?(讲|说|口中)的(运营|营运)"
                r"|\binternet version\b|\b(tech|internet|app) (people|companies|folks)\b[^?]{0,12}\bsay operations\b"
            ),
            "narrow_operations",
        ),
        # "in a factory-type company what does the operations department do? not the app kind"
        (
            re.compile(
                r"\b(factory|manufactur\w*|old[- ]school)([- ]type)? (company|firm|business)\b[^?]{0,40}\boperations\b"
                r"|\boperations\b[^?]{0,60}\bnot the (app|internet|tech) (kind|one|version|sort)\b"
                # "我老公在工厂做生产计划，天天排产、盯物料、管仓库，他说他们那叫运营", "传统企业也
                # 有运营吗": operations told by a factory's work or a traditional company's name
                r"|(工厂|厂里|制造业|排产|生产计划|采购)[^？?。转跳想]{0,40}?(叫|算|说是|是做|称为|的|里的|有)(运营|营运)"
                r"|(运营|营运)[^？?。]{0,16}(管|负责|做)[^？?。]{0,4}(采购|仓储|排产|生产|物料)"
                r"|传统(企业|公司|行业|产业)[^？?。]{0,4}(也|都)(有|做|讲|说)(运营|营运)"
                r"|\boperations\W{0,2} (means|is|covers|handles|does)\b[^?]{0,20}"
                r"\b(procurement|purchasing|warehous\w*|production|manufacturing|supply chain|logistics)\b"
                r"|\b(procurement|purchasing|warehous\w*|production planning|supply chain)\b[^?]{0,40}"
                r"\b(called|calls? (it|that)|call(ed)? it) operations\b"
            ),
            "traditional_operations",
        ),
        # "why does 'operations' seem to mean EVERYTHING?", "运营怎么什么都管"
        (
            re.compile(
                r"\boperations\b[^?]{0,30}\bmeans? everything\b|(运营|营运)[^？?。]{0,8}(什么都|啥都|乜都)(管|算|叫|做)"
            ),
            "broad_operations",
        ),
        # "what's the 'play in circles' step about?", "第四步打圈子具体啥意思": a step of the 9+1
        (
            re.compile(r"\bplay(ing)? in (the )?circles?\b|(打|玩|混)圈子"),
            "brand_9plus1",
        ),
        # Session 23, ideas told by their situation:
        # "老闆說產品是生小孩，那營運是在幹嘛", "產品生仔，運營湊仔" told another way
        (
            re.compile(r"(产品|pm)[^？?。，,]{0,8}(是|负责|管)?生(小孩|孩子|娃|仔|bb)"),
            "product_and_operations",
        ),
        # "why do people pay double for a Nike shoe when a factory makes the same shoe", "同样的
        # 东西贴个牌子就贵一倍"
        (
            re.compile(
                r"\bpay (double|twice|triple|more|extra)\b[^?]{0,60}\b(same|identical|similar)\b"
                r"|\bextra value\b[^?]{0,30}\bcome from\b|品牌溢价|溢价(从|是)哪"
                r"|(一样|同样|差不多)的?(东西|产品|鞋|衣服|包)[^？?。]{0,16}(贵|多花|多卖)"
            ),
            "intangible_value",
        ),
        # "the channel team gets judged on distribution and sales, marketing on media ROI and
        # brand health. why carve it up like that?", "渠道考核铺货和销量，市场考核品牌"
        (
            re.compile(
                r"\b(channel|sales|trade)\b[^?]{0,20}\b(judged|measured|assessed|kpis?)\b[^?]{0,80}"
                r"\bmarketing\b[^?]{0,20}\b(judged|measured|assessed|kpis?)\b"
                r"|(渠道|销售|业务|通路)[^？?。]{0,12}(考核|kpi|背)[^？?。]{0,30}(市场|品牌|行销)"
                r"[^？?。]{0,8}(考核|kpi|背)"
            ),
            "kpi_split",
        ),
        # "people who get senior understand the business and push back on the product roadmap",
        # "往上走的人要懂商业、还要反过来参与规划产品"
        (
            re.compile(
                r"\b(get|go|going|move|moving) senior\b[^?]{0,40}\b(business|product|roadmap)\b"
                r"|(往上走|高阶|资深|做到高|senior)[^？?。]{0,16}(懂商业|懂业务|商业思维|规划产品|产品规划|参与产品)"
            ),
            "senior_marketer",
        ),
        # "one team pulls people in from outside and another one keeps them once they're in"
        (
            re.compile(
                r"\b(pulls?|brings?|gets?) (people|users|customers) in\b[^?]{0,60}\b(keeps?|retains?) them\b"
                r"|(拉人|拉进来|把人拉进来|引进来|拉用户)[^？?。]{0,16}(留住|留下来)"
            ),
            "promotion_vs_operations",
        ),
        # "is there a step by step cycle for building a brand?", "做品牌有哪几步"
        (
            re.compile(
                r"\bstep[- ]by[- ]step (cycle|process|method|plan|way) (for|of|to) (building|making|grow\w*) a brand\b"
                r"|\b(steps|cycle) (for|of|to) (building|making) a brand\b"
                r"|(做|打造|建立|建)品牌[^？?。]{0,6}(有)?(哪几步|几个步骤|什么步骤|的步骤|流程)"
            ),
            "brand_9plus1",
        ),
    )
)

# All of them at once: one look for their literal words says whether any needs searching (nine
# looks cost about 80 µs an answer).
ANY_IDEA: Quick = quick(
    re.compile("|".join(f"(?:{pattern.pattern.pattern})" for pattern, _ in IDEAS_IN_WORDS))
)

# After how kinds of company (or the articles' companies) split their teams was told, why "they"
# differ asks the idea that one job lands in different departments: "company C?" then "why are
# they all so different from each other", "点解咁唔同".
THEY_DIFFER: Quick = quick(
    re.compile(
        r"\bwhy\b[^?.]{0,20}\b(they|them|these|those|all)\b[^?.]{0,20}\b(different|differ|vary)\b"
        r"|(为什么|为啥|点解|怎么)[^？?。]{0,10}(不一样|不同|唔同|唔一样|差这么多|差那么多)"
    )
)
THEY_DIFFER_IDEA = "same_job_different_departments"
