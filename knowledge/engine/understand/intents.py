"""What kind of question it is, from its wording (on the folded, Simplified, lower-case form)."""

from __future__ import annotations

import functools
import re
from typing import Literal

from ...text.places import EN_CITIES
from ...text.quick import quick
from .words import CROSS_OVER, QUALITIES_ZH, THESE_WORDS, WHERE_I_WANT_TO_BE

Intent = Literal["compare", "transition", "who", "define"]

# "who does ops and who does promotion", "谁做推广谁做运营": who does which of two jobs.
WHO_DOES_WHICH = (
    r"\bwho (does|handles|runs|owns) .{1,30}\band who (does|handles|runs|owns)?\b"
    r"|谁(做|负责|管).{1,12}谁(做|负责|管)"
    # "mkt和ops到底谁拉新谁留存", "which one does acquisition and which one retention"
    r"|(和|跟|与|同)\S{1,12}谁\S{1,8}谁|\bwhich one (does|handles|owns) .{1,30}\band which( one)?\b"
    # "which one talks to journalists and which one does the logo?", "who manages who"
    r"|\bwhich one [a-z]+s? .{1,40}\band which one\b|\bwho (actually )?(manages|bosses|reports to) who(m)?\b"
)
# "是不是什麼都管" (does it do everything): what a job does.
DOES_IT_ALL = r"(什么|啥)都(管|做|干|要做|要管)"
# Cantonese "A定B好" (A or B, which is better); not 一定, 决定, 确定, 稳定, 肯定, 定位, 定价...
A_OR_B_BETTER = (
    r"(?<![一决确稳肯固规约预指制设认锁])定(?!位|价|义|制|期|向|调|好|了|下)"
    r".{1,15}好(啲|d|滴|呢)?(?=\s|$)"
)

# "on my CV do I call myself ops or promotion", "我算推广还是运营": which of two the person is
# (a comparison of both; not where a job sits, `aspects`)
WHICH_AM_I = (
    r"\b(am i|call myself|count myself as|describe myself as|do i count as|would i count as)"
    r"( an?| more)? [\w ]{1,25} or\b|(我|自己)(这|这样)?(到底|究竟)?(算|是|属于)(是|于)?[^，,。？?\s]{1,10}还是"
)
_COMPARE = quick(
    re.compile(
        r"(?<![a-z])vs(?![a-z])|\bv\.?s\.?\b|versus|\bdiffer|\bdifference|\bdiff?e?rr?ence|\bdiffs?\b|\bcompare|\bcomparison|distinguish"
        r"|tell .+ apart|\bwhich is which\b|\bwhich is (better|more|smarter|wiser|safer|easier)\b|same thing|\bsame (kind|sort|type) of (thing|job|role|work|position)\b|\b(are|do|is) (they|these|those|both|the two|it|that)\b[\w ]{0,12}\bthe same (job|role|position|department|dept|team|work|function)s?\b|\bdo [\w ]{1,50}? do the same\b|\bare (?!the same)[\w ]{2,40}? (and|or) [\w ]{1,40}? the same\b|\bwhich is the (better|best)\b|\bwhich one\b|\bwho does what\b|\bsame (\w+ )?as\b|\bsimilar|\b(more|better|worse|higher|lower|less) than\b|relationship between"
        r"|\bwhich of (the|these|those) (two|both|three)\b|\bwhere(?:'| )?s the line\b|\bline between\b|界线|界限"
        r"|\bside by side\b|\bhead to head\b"
        rf"|{WHICH_AM_I}"
        # "so what does PR do that the brand team doesn't"
        r"|\bwhat (does|do) [\w ]{1,40} do that [\w ]{1,40} (doesn.?t|don.?t|does not|do not)\b"
        # "is zhongcao just a fancy word for ruanwen?"
        r"|\b(fancy|another|different|posh|other) (word|name|term) for\b|\btwo names for\b"
        # "ASO是什麼？是APP版的SEO嗎": one said to be the other made for something
        r"|(是|就是)[^，,。？?\s]{1,8}版的"
        r"|是同一(个|种)?(职位|岗位|工作|东西|部门|回事)(吗|嘛|么)"
        r"|(是|系)(不是)?一样的(东西|工作|岗位|事情?|职位|部门|嘢)"
        r"|区别|区分|不同|差别|(谁|哪个)(做|干|管|负责)(什么|啥)|各自负责|分别负责|差异|差在|差再|差很多|不一样|一样吗|分不清|分不太清|比较(?!好|容易|难|适合|合适|多|少|常见|重要|轻松|累|快|慢|顺|稳|靠谱|吃香|有前途|有优势|现实|实际|推荐|吃力|舒服|划算|值得|简单|方便|合理|自然)|哪个比较|对比|相比|哪个好|还是(?!我想|我太|算了|别|不要)|异同|分别(?!是什么|是啥|指什么|什么意思|是什么意思|指的是)|有咩分|什么关系|哪个.{0,6}(高|多|好|更|适合|啱)|一回事|一个意思|一個意思|边界"
        # "品牌和公关到底能不能分开", "分得清吗": whether the two can be told apart
        r"|(能不能|能否|可不可以|可以)分开|分得(清|开)"
        r"|(跟|和|与|同).{1,12}比(呢|起来|一下|的话)|比一下|比一比|比比看|(跟|和|与|同).{1,12}(放一起)?比比"
        r"|是不是比(?!如|方|例|赛).{1,14}(高|多|好|低|少|强|难|容易|累|轻松)"
        r"|比(?!如|方|例|赛).{1,14}(高|多|好|低|少|强|难|容易)(吗|嘛|不|么)"
        # "PR比品牌累吗", "用户运营比内容运营轻松吗", "is PR more stressful than brand?", "is user
        # ops harder than content ops": two weighed by a quality (not "other than", "rather than")
        rf"|比(?!如|方|例|赛|较)[^，,。？?]{{1,8}}(压力大|{'|'.join(QUALITIES_ZH)}|累|忙|卷|稳|闲)"
        r"(吗|嘛|么|不|呢|吧|[?？]|\s*$)"
        r"|\b(more|less) [a-z-]{3,20} than\b|\b(?!(?:oth|rath|lat|earli|soon|nev|ev|und|ov|aft)er\b)[a-z]{2,10}er than\b"
        # "is user ops or content ops less stressful?", "PR or brand, which has more overtime"
        r"|\b(is|are|would|does|do) [\w ]{1,30} or [\w ]{1,30} ((more|less) [a-z]{3,}|busier|easier|harder|tougher|calmer|safer)\b"
        r"|\bwhich (one )?(has|gets|needs|takes|involves|means) (more|less|fewer|the most|the least)\b"
        # "what would you do if you were me, brand or PR": two weighed for the person
        r"|\b(if (you|u) were me|in my shoes|in my position)\b[^?]{0,40}\bor\b"
        r"|\bor\b[^?]{0,40}\b(if (you|u) were me|in my shoes)\b"
        r"|(和|跟|与|同)\S{1,12}哪个(是|算|属于)"
        r"|\bwhat(?:'| i| )?s (better|best|the better (choice|option|pick))\b[^?]{0,50}\bor\b"
        r"|\bidentical\b|\bin common\b|(和|跟|与|同)\S{1,12}(怎么|如何|怎样)(配合|协作|合作|对接)|\bhow (do|does) (they|[\w ]{1,30}) work (together )?with\b|共同点|共同點|共通点|相同点|相似之处|\b(similarities|similar|alike)\b|\binterchangeable\b|\bsound (the )?same\b|\bseparate (thing|job|role|function)s?\b"
        r"|\b(the )?same (job|role|thing|position|team|department)s?\W*$"
        # "投放和信息流优化师是不是一个岗", "媒介和投放是一个岗吗"
        r"|(是|系)(不是)?(一个|同一个|一样的|同一)(岗|岗位|职位|工作|部门)"
        # "媒介崗跟公關崗做的事情好像？": two said to look alike
        r"|(跟|和|与|同)[^，,。？?]{1,12}(做的事|的工作|工作内容)?(情)?(好像|很像|差不多|类似)\s*([?？吗嘛]|$)"
        r"|\bwho (makes|earns|gets paid|is paid) (more|less|better)\b[^?]{0,40}\bor\b"
        # "Is BD basically just sales with a fancier title?"
        r"|\b(basically|just|really) [\w ./&-]{1,20} with an? (fancier|different|new|nicer|fancy) (title|name)\b"
        # "the split between product planning and communication planning", "is it better to start
        # out in the brand department or in marketing planning?"
        # "same job with two titles?", "运营部是不是就相当于传统公司的销售部？"
        r"|\bsame (job|role|thing)( with| under)? (two|different) (titles|names)\b|相当于"
        r"|\bsplit between\b|\b(is it|would it be) (better|smarter|wiser|easier) to [\w ]{1,40}\bor\b"
        r"|\bwhat separates\b|\b(a )?(piece|part|subset|branch) of .{2,30}\bor\b"
        # "KOL, KOC and personal IP — how do these three relate?"
        r"|\bhow (do|does|are) (these|those|the|they|all)( two| three| 2| 3)? (\w+ )?(relate|connect|fit together)"
        # "between brand and content ops, which has more openings?"
        r"|\bbetween [\w ]{1,30} and [\w ]{1,30}\W+which\b"
        # "pr or marketing for someone who loves writing": two weighed for a kind of person
        r"|^\W*[\w ]{1,30} or [\w ]{1,30}\bfor (someone|somebody|a person|people|me|an? \w+) (who|that|like)\b"
        # "and how does it relate to 大运营?"
        r"|\bhow (does|do|is|are) [\w ]{1,30}? relate(d)? (to|with)\b|\brelationship (to|with)\b"
        r"|(啥|咩)关系|一个东西|一样东西|一个\S{1,6}一个"
        # "confused between brand and PR", "在品牌和公关之间纠结": two weighed
        r"|\b(confused|torn|deciding|choosing|undecided|stuck|hesitating) between\b"
        r"|之间(犹豫|纠结|摇摆)|(纠结|犹豫)[^，,。？?]{0,4}(选|做)?[^，,。？?]{1,10}(还是|和|跟)"
        # "ASO和SEO是一个思路吗", "…是不是一码事", "are those synonyms", "重复了吗"
        r"|是一个(思路|概念|意思|道理)|一码事|\bsynonyms?\b|\bsynonymous\b|是不是重复|重复了吗|重叠"
        # "营销策划部和品牌部的活会不会撞": whether two jobs' work overlaps
        r"|(活|工作|职责|事)(会不会|会|是不是)?(撞|打架|重合)|\boverlap"
        r"|有差(吗|嘛|么|\s*$)|分别(系|係)咩|差(喺|在)(边|哪)|(抢|争)同一(块|个|份|样)|(是不是|是)?(两|2)(样|回)(嘢|东西|事)"
        # "品牌跟公關是一樣的嗎", "品牌同公關係咪一樣", "這三個怎麼分": the same, or how several divide.
        r"|是不是一样|系咪一样|是否一样"
        # "who does ops and who does promotion", "谁做推广谁做运营": how the work is split.
        rf"|{WHO_DOES_WHICH}"
        # "營銷中心和銷售部的關係是什麼", "A和B是包含关系吗", "A跟B是同一件事嗎": how two relate (not
        # 公共关系, media or customer relations, which are things of their own; nor 上下级关系,
        # where one sits).
        r"|(和|跟|与|同)\S{1,12}(?<!公共|媒体|客户|公众|用户|政府|从属|隶属|汇报)(?<!上下级)"
        r"(的关系|是什么关系|什么关系|有什么关系|是包含关系|包含关系)"
        r"|(和|跟|与|同)\S{1,12}是?同一(件|回|个|种|样)(事|东西|岗|工作|职位|部门|(吗|嘛|么|\s*$))"
        # "新媒體部跟新媒體營運是一樣的東西嗎", "行銷部跟營運部的分別係咩"
        r"|(和|跟|与|同)\S{1,12}(是)?一样的(东西|事|工作|岗位|职位|部门)"
        r"|(和|跟|与|同)[^，,。？?\s]{1,12}的分别(是|系)(什么|啥|咩)"
        r"|(和|跟|与|同)\S{1,12}是一个(部门|东西|岗位|职位|团队)(吗|嘛|么)"
        # Cantonese "A定B好啲" (A or B, which is better).
        rf"|{A_OR_B_BETTER}"
        # "媒介同新媒體係咪差唔多" (folded: 系咪差不多), "推廣同營運係咪同一樣嘢", "網站推廣跟網站營運有
        # 什麼差".
        r"|(系咪|是不是)差不多|差不多(吗|嘛|么|呢)|同一样(嘢|东西|事)|有(什么|啥|咩)差|^\s*(同|跟|和|与)[^，,。？?\s]{1,10}的?分别(是|系)(什么|啥|咩)"
        r"|(这|那)?(仨|俩|三个|两个|几个|三者|两者|三种|几种|三块|几块)\S{0,2}(咋|怎么|如何|怎样)(分|区分|划分)"
    )
)
_TRANSITION = quick(
    re.compile(
        # (not to a city: "or will I have to move to Beijing" moves house, not job)
        rf"\bmov(e|ing) (in)?to\b(?! ({EN_CITIES}|china|the city|another city"
        r"|a (new|bigger|tier[- ]\w+) city)\b)"
        r"|\bswitch(?!ers?\b)|\btransition|\btransfer|\bpivot(?!\s*tables?\b)|\bchange (career|job)"
        r"|\bget into\b|\bgetting into\b|\bbreak into\b"
        # "could user operations at a health app work for me": a job weighed as one's next
        r"|\b(could|would|can|will) [\w ]{2,50} (work|be an option|be realistic|be a fit) for (me|someone like me)\b"
        # "Could that translate to user ops?": what one does now, carried into a job
        r"|\b(could|would|does|can|will|do) (that|this|it|any of (that|this|it)|my [\w ]{2,20}) "
        r"(translate|transfer|carry over|turn) (in)?to\b"
        # "Could I turn that into a content ops job?": what one does on the side made a job
        r"|\b(could|can|would) i (turn|make) (that|this|it) (in)?to\b|\bget to [\w /&-]{2,30} from (here|there|where i am|my )|\bjump (in)?to\b|\bgo(ing)? into\b|\bbecome an? \b"
        r"|\bfrom .+ (in)?to\b|\bcan i (do|work|become|get|go|try)|\bcareer change"
        r"|\bcould i (\w+ )?(do|work in|become|get into|go into|try|move into|switch to)\b"
        r"|\bmove (from|over|across)|\bmake (the|that|this) (move|jump|switch)|\bjump (over|across|ship)"
        r"|\blevel up (in)?to\b|\bmov(e|ing) up (in)?to (?!(beijing|shanghai|shenzhen|guangzhou|hangzhou|chengdu|taipei|hong kong|singapore|china|the city|town|home)\b)|\bleav(e|ing) (?!(beijing|shanghai|shenzhen|guangzhou|hangzhou|chengdu|taipei|hong kong|singapore|china|the city|town|home)\b)[\w /&-]{2,40} for\b|\b(go|going|move|moving|get|getting) back (in)?to\b|\bleft [\w /&-]{2,40} for\b|\bback to \w+ (again|later)\b"
        r"|往(?!哪|什么|啥)[^，。？ ]{2,10}(发展|方向转|方向走|那边转)"
        r"|\bwant [\w ]{2,30} next\b|\b(people|folks|guys) (move into|switch to|get into)\b|\b(been|worked|working) (in|as) .{2,60}\bwant (to (do|move|go|switch|try|get into)|[\w ]{2,30}(next|operations|ops|marketing|promotion|pr|brand)\b)|\beyeing\b|\bnext step\b(?! (after|up from|in) (a |an |the )?(?!me\b)\w)|\breachable\b|\bsomeone like me\b|\bthinking about (the )?\w+ side\b"
        r"|\b(wanna|want to|hoping to|hope to|plan to|trying to|like to|love to) (do|try|move|go|switch|jump|work in|get|land|become|join|end up (in|as|at))"
        r"|\bstep up (in)?to\b"
        # "my background is SEO, can I apply for content ops jobs", "does SEO experience help for
        # content ops", "would content ops hire someone from SEO?"
        r"|\b(can|could|should) i (even |still |realistically )?apply (for|to)\b"
        r"|\b(does|would|will|could|can|is) (my )?[\w ]{1,25} (experience|background) (help|count|matter|transfer|carry over|be useful|useful|relevant)\b[^?.]{0,20}\b(for|in|into|towards|when)\b"
        r"|\bhire (someone|somebody|people|a person|me|anyone) (from|coming from|with a background in)\b"
        # "could I get a 小编 job?", "do they actually hire ex journalists": a job one could land,
        # people of another job taken on
        r"|\b(could|can|would|will) (i|someone like me|a person like me|people like me) (get|land)"
        r" an? [^?.!,]{1,25}\b(job|role|position|gig)\b"
        r"|\b(do|would|will|does) (they|you|companies|teams?|pr teams?|brands?) (actually |really |even )?"
        r"hire (ex|former)[- ]\w+"
        # "would a content ops person be wasted in user ops?": a person of one job in another
        r"|\b(be|get|feel) wasted (in|as|on|at)\b"
        # "how do I get moved into the marketing department", "get across to operations", "调去用户运营"
        r"|\bget (moved|transferred|switched|shifted|rotated) (over |across )?(in)?to\b|\bget (across|over) (in)?to\b"
        # "领导建议我去推广组", "my boss wants me to move to the promotion team": a move put to
        # the person
        r"|(领导|老板|公司|主管|上司|经理|老大|hr)(建议|让|要|叫|安排|打算|想让|推荐|想)(我|他|她|佢)"
        r"(去|转|调到|调去|转到)[^，,。？?\s]{1,8}(组|部|团队|岗|那边)"
        r"|\b(boss|manager|company|lead|hr|supervisor) (wants|suggested|suggests|asked|told|offered)"
        r" (me|him|her) to (move|transfer|switch|go over|join)\b"
        r"|\b(boss|manager|company|lead|hr|supervisor) (is|are) (moving|transferring) (me|him|her)\b"
        r"|调去|调岗|轮岗|申请(调)?(过去|过来)|(要不要|想不想|让我|叫我|调我)(调|转)?过去|(收|要)[^，,。？?]{0,8}背景的人"
        # "Brand team is where I want to be in 3 years", "目标是去公关部", "Could I go in-house to…"
        rf"|{WHERE_I_WANT_TO_BE}"
        r"|(^|[，,。\s])(我的|终极|最终)?目标是(?!什么|啥|咩|多少|怎么|涨|提升|提高|增加|拉|促|做到|达到|完成|让|把|卖)|终极目标"
        # "這樣跨得過去嗎", "想跳品牌端當品牌經理"
        rf"|{CROSS_OVER}|跨行|想跳(?!过|舞|绳|楼|伞|水|级)"
        r"|\bgo in[- ]?house\b|\b(is|are) [\w ]{0,40}\bopen to (someone|people|candidates|outsiders|career changers)\b"
        r"|\bgo(ing)? over to\b|\b(realistic|possible|doable|good|smart|sensible|feasible|natural|logical|common|typical|fit|wise) (career )?move\b"
        # "would that carry over to activity operations"
        r"|\bcarr(y|ies) over (to|into)\b"
        r"|\b(move|get|switch|go|transition) (over )?there\b|\bhow (do|would|can|could|should) i (move|switch|transition|pivot)\b"
        r"|\bland an? (job|role|position)\b|\bget an? (job|role|position) (in|as)\b|\bcareer switch(?!ers?\b)"
        r"|\bhow (big|hard|far) (a|of a) (jump|leap|step|change|move)\b"
        # "could a website promotion guy become website ops?", "could that get me a store ops job?"
        r"|\b(can|could|would|does|do) (an? |the |our |my )?[\w /&-]{2,40} (guy|gal|person|people|folks?|girl|dude|one|someone|man|woman)s? (become|move into|switch to|go into|get into|turn into)\b"
        r"|\b(could|would|can|will) (any of )?(that|this|it|my \w+) get me (a|an|into)\b"
        r"|\b(former|ex) [\w /&()-]{2,50}\b(wanting|eyeing|looking at|considering|thinking about|aiming for)\b"
        r"|\b(for|after) (\d+|a few|some|two|three|four|five|six) (years?|yrs?|months?)\b[^?]{0,40}\b(thinking about|considering|eyeing|looking at|aiming for)\b"
        # "ASO ops, bored, want content ops", "用户运营想往产品运营走", "ASO运营想换内容运营"
        r"|\b(bored|tired|burnt out|burned out|sick of it|fed up)\W+(i )?(want|wanna|thinking)\b|\bwant (into|in on)\b(?! (the )?details)"
        r"|\b(path|route|way) into\b"
        # "would a PR team take me on?", "work my way up into store ops", "back to ops after SEM"
        # "I'm in SEO, 2 yrs. content ops next?", "市场部呢 我能去吗"
        r"|^(?=.*\bi(?:'| |\s?a)?m (in|doing)\b).*\bnext\W*$|我(能|可以)去(吗|嘛)"
        # "magazine editor here, would PR take me?", "品牌方会要我吗", "怎么过渡比较顺"
        r"|\b(would|will|do|does|could) [\w ]{1,30} (take|hire|accept|want) (me|someone like me|people like me)\b"
        r"|(会|肯)(要|收)我(吗|嘛|么)|收不收我|要不要我|(怎么|如何|怎样)过渡|过渡到"
        r"|\b(take me on|get hired (there|at|by|into|in)|hire someone like me|work my way (up )?(in)?to"
        r"|mak(e|ing) the (jump|leap|switch))\b|\bback to [\w /&-]{2,30} after\b"
        # "retail team to trade marketing, is that a natural step"
        r"|\b(natural|logical|sensible|realistic|normal) (next )?(step|move|progression|jump)\b"
        r"|(怎么|如何|怎样|怎樣|点样|點樣|能不能|可不可以|能|可以)(进|進|入)(?![手行门門坑航])"
        # "我喺銀行做 teller，想入 marketing 部門"
        r"|想(入|进)\s*[a-z\u4e00-\u9fff ]{1,16}(部门|部|团队|team|department)"
        r"|(怎么|如何|点样|點樣)往[^，,。？?\s]{1,12}(走|发展)|返去做|返转头|返轉頭|(想|要)返去"
        # "想做產品運營，目前在做SEO": the goal wished, then the job done now
        r"|想(做|干|当|去做|去)[^，,。？?]{2,14}[，,\s]+(但|不过)?(我)?(目前|现在|现职|而家)(是|在)?(做|干|当|负责)"
        # "内容运营往用户运营走难吗": a job, then the way it goes
        r"|[^，,。？?\s]{2,12}往(?!哪|上|下)[^，,。？?\s]{2,12}(走|发展)"
        # "社群运营怎么升级成用户运营"
        r"|升级(成|为)|"
        r"想换(个|一个)?(岗位|工作|方向|行|赛道)|想换(?!个|一个|句|种)|换去|换做(?!是|你)"
        # "产品运营干了两年，想试试推广": a wish to try another job
        r"|想(试试|试一试|试下|尝试)(做|当|搞|转)?"
        r"|想往(?!上|下|哪|北京|上海|深圳|广州|杭州|成都|外地|国外|海外)[^，,。？?\s]{1,12}(走|发展|转)"
        r"|想去(?!了解|看看|问问|学习|参观)[^，,。？?\s]{1,8}(部|岗|团队|那边)(?!门?(看看|了解|参观|问问))"
        r"|\bnow (i )?(want|wanna|looking for|hoping for) (a |an )?(real |proper |full[- ]time )?(job|role|position|work) (as|in|doing)\b"
        r"|现在想(正经)?找(一份|个|份)|现在想找工作|想找工作做|\bwant (anything|something|a job|a role) in\b"
        r"|转行|转岗|跳槽|转型|转做|转去|转到|转入|转成|换到|(?<!只是)(?<!就是)换成(?![^，,。？?\s]{0,6}版)|改做|改行|(?<![刚才易好难])入行|进入|怎么转|能转|可以转"
        # "想回去做运营", "quit PR for brand", "tired of operations, thinking about promotion"
        r"|回去做|回去当|重回|转回|(能不能|可不可以|可以|能否|想|要不要)回(到)?[^，,。？?\s]{1,10}(做|当|干)|\b(quit|quitting|ditch|ditching|drop|dropping) [\w /&-]{2,40} for\b"
        r"|\b(tired|sick|bored) of [\w /&-]{2,30}\W+[\w ,]{0,30}\b(instead|thinking about|considering)\b"
        r"|转(?!化|发|载|换率|介|账|达)|出身.{0,8}(去|做|转|当)|能不能去做|可以去做|从.+(到|去|转|做)|跨行|跳去|跳到|跳槽到|转战|想去做|想(在.{1,8})?当(?!年|初|然|时)|想去(?!了解|问|看看|学习|听|查).{1,12}做|(?<!不)想去(公关|品牌|运营|推广|市场|新媒体|媒介|电商|销售)|想(出来|出去)去?[^，,。？?]{0,10}(做|当)|(?<!问)(?<!不)(?<!不太)想做|改去|想升(?!职|级|薪|迁)|升做|升为"
        # "编辑能做运营吗", "护士可以当小编吗": someone (a job, or what they are) able to do a
        # job, asked at the end of the message: a move, or the way in
        # (not a team able to do some work: "品牌部能做活动吗")
        r"|(?![部队组])[\u4e00-\u9fffa-z]\s*[，,]?\s*(能|可以|适合|能不能|可不可以)(去)?(做|干|当)"
        r"[\u4e00-\u9fffa-z ]{2,16}(吗|嘛|么|不)\s*[?？]*\s*$"
    )
)
# "what do you call the person who buys ad space": the job's name, for a task.
_CALLED = (
    r"\bwhat (do|would|did) (you|they|people|we|companies) call (the |a |an |that |this )?"
    r"(person|people|guy|one|job|role|position|team)s? (who|that|whose)\b"
    r"|\b(name|title) (of|for) (the |a |an |that )?(person|job|role|position|one) (who|that)\b"
    # "what's the job called where you set up douyin ad campaigns", "这个岗位正式叫啥"
    r"|\bwhat(?:'| i| )?s (the|this|that|my|her|his) (job|role|position|title) called\b"
    r"|\bwhat (is|would) (the|this|that|my|such a) (job|role|position) (be )?called\b"
    r"|(岗位|职位|工作)(正式|一般|通常|在招聘网站上|在业内)?(的名字|的名称|名称)?(叫|称为)(啥|什么|咩|乜)"
)
# Someone to handle a problem, sought: "該找哪個職位的人來處理", "这要找什么职位的人" (not
# what fits the one asking)
WHOSE_PROBLEM = re.compile(
    r"找(哪个|什么|哪种|哪一个)(职位|岗位|部门|团队)的人"
    r"|(该|应该|要)找(哪个|什么)(职位|岗位|部门)(来)?(处理|负责|做|管)"
    # Hong Kong: "應該搵咩崗位嘅人嚟搞？" (搵, 咩 and 嘅 read as 找, 什么 and 的)
    r"|找(什么|哪个|边个)(职位|岗位|部门|team)?的?人(嚟|来)(搞|处理|跟|做|负责)"
)
# "which ops role is supposed to own that": which of a family's jobs does the work told.
_WHICH_OWNS = (
    r"\bwhich [\w ]{0,20}\b(role|team|job|person|position)s? (is |are |should |would |will )?"
    r"(supposed to |meant to |usually |normally )?(own|handle|take care of|deal with|look after)\b"
)
_WHO = quick(
    re.compile(
        r"(?<!someone )(?<!somebody )(?<!friend )(?<!colleague )(?<!coworker )(?<!cousin )(?<!boss )(?<!manager )(?<!recruiter )(?<!sister )(?<!brother )(?<!mentor )(?<!uncle )(?<!aunt )(?<!people )(?<!person )(?<!anyone )(?<!those )(?<!guy )(?<!user )(?<!users )(?<!blogger )(?<!creator )(?<!customer )\bwhos?\b|\bwhich (department|dept|team|role|job|position|function|person)|\bwhose (job|role|problem|responsibility|headache|fault|call|area|department|team)"
        r"|\bwhat (department|dept|team|role|job|position) (handles|does|is responsible|owns|takes care)"
        r"|\bwhat (role|job|position) is (this|that|it)\b|\bwhich one (handles|does)"
        rf"|{_WHICH_OWNS}"
        r"|谁|哪个部门|哪个岗位|哪个团队|哪个职位|什么部门|什么岗位|什么职位|哪个岗|哪类岗位|什么工作|哪个(人)?负责(?!的|什么|哪)"
        r"|是哪个(去|来|在)?(做|负责|管|买|搞|定|决定|跟进|谈)"
        # "咁喺公司通常邊個做呢啲嘢" (folded 哪个): who usually does these things
        r"|(通常|一般|平时)哪个(去|来)?(做|负责|搞|处理)(这些|这种|这类|这个|呢啲|呢种)"
        r"|由哪|归哪|归谁|哪一个部门|哪一部门|是什么岗|属于哪"
        # "係邊個 team？", "是哪種運營", "邊個 team 要孭飛"
        r"|(边个|哪个|哪一个|什么|咩)\s*team|是哪(种|类)(运营|推广|岗|职位)"
        # "这算哪个运营的活": which of a family of jobs does it
        r"|(算|是|属于)?(哪个|哪种|哪类|哪一种|边个|边种)(运营|推广|市场|营销|品牌)的?(活|活儿|事|工作|范畴|职责)"
        # "那平时盯着网上的舆论也是他们的活吗": whether a task is theirs too
        r"|(也|都|还)(是|算|归)(他们|她们|它们|佢哋|他|她|它|佢)(的)?(活|事|工作|职责|范围|管)"
        r"|\b(is|are) (that|this|it) (also |too )?(their|his|her) (job|responsibility|thing)\b"
        rf"|{_CALLED}"
    )
)


# "what job is that": which job something is.
WHAT_JOB_IS_IT = re.compile(r"\bwhat (role|job|position) is (this|that|it)\b")
_STRONG_WHO = quick(
    re.compile(
        r"(?<!someone )(?<!somebody )(?<!friend )(?<!colleague )(?<!coworker )(?<!cousin )(?<!boss )(?<!manager )(?<!recruiter )(?<!sister )(?<!brother )(?<!mentor )(?<!uncle )(?<!aunt )(?<!people )(?<!person )(?<!anyone )(?<!those )(?<!guy )(?<!user )(?<!users )(?<!blogger )(?<!creator )(?<!customer )\bwhos?\b|\bwhich (department|dept|team|role|job|position|function|person)|\bwhose (job|role|problem|responsibility|headache|fault|call|area|department|team)"
        r"|\bwhich one (handles|does)|(应该|该|会)(是|由)?哪个(人)?(做|处理|管|负责|搞|去做|跟进)|谁|哪个部门|哪个岗位|哪个团队|哪个职位|由哪|归哪|哪一个部门|哪一部门|属于哪|哪个(人)?负责(?!的|什么|哪)"
        r"|\bwhat (role|job|position) is (this|that|it)\b"
        rf"|{_WHICH_OWNS}"
        r"|(这是|这个是|对应|是哪个|属于|这(到底|究竟)是)\s*(什么|哪个|哪种|哪一个|哪类)?\s*(岗|职位|岗位|部门)"
        r"|\bwhat (kind of |sort of )?(job|role|position) (is|would) (this|that)\b"
        # "該找哪個職位的人來處理", "这要找什么职位的人": whose job a problem is
        rf"|{WHOSE_PROBLEM.pattern}"
        rf"|{_CALLED}"
    )
)
_WHO_THEY_MEET = re.compile(
    r"\bwho (do|does|did) (they|it|that team|this team|the team|(the |that |this )?[\w]+ "
    r"(department|dept|team|people|folks))( usually| mostly| normally)? "
    r"(deal|work|talk|liaise|partner|cooperate|interact|coordinate|report)s? (with|to)\b"
    r"(?! (get|run|do|make|launch|about|on)\b)"
)
_IDENTITY = re.compile(
    r"\w\s*[:：\-–—,，]?\s*who (are|is) (they|it|he|she|this|that|these|those)\s*[?？!.]*\s*$|谁家的|是谁的(产品|平台|工具)"
    r"|\bwhat (is|are) (it|they|this|that)\b|是(什么|啥)(东西|玩意)"
    # "KOL到底指谁", "导购具体指谁", "乙方是指谁": whom a word means, not who does a task
    r"|(到底|具体|是)?指(的是)?谁"
)
_WHO_OPENS = re.compile(
    r"\s*(who|whose|which (department|dept|team|role|job)|谁|哪个部门|哪个岗位)"
)
_MOVE_WORD = re.compile(
    r"\bmov(e|ing)\b|\bswitch(?!ers?\b)|\btransition|\bpivot(?!\s*tables?\b)|\bchange (career|job)|\bcareer"
    r"|转(?!化|发|载)|跳槽|换(工作|岗|行)|入行"
)
_MEANING = quick(
    re.compile(
        r"\bwhat (does|do|did) [^?.]{1,30} refer to\b|\bmean|\bwhat (even|exactly|on earth|the heck|the hell|tf) (is|are)\b|\b(wtf|wth) (is|are|does)\b|\b(that|this|the) (term|word|phrase|buzzword|jargon)\b|\bstand for|\bstands for|\babbreviation|\bacronym|\bshort for"
        r"|意思|缩写|含义|指的是|是指|指什么|代表什么|什么叫|啥叫|是个?啥|是个什么|即系点|即是点|系咩嚟|是什么嚟|即系什么|即是什么"
        # "拉新 留存 轉化 這三個詞差在哪": the words themselves
        rf"|{THESE_WORDS}"
        # "咁所謂市場職能即係做緊乜": a so-called thing, asked what it is
        r"|所谓的?[^，,。？?\s]{1,12}(即系|即是|就是|是|指)"
        # "老板天天把拉新促活挂嘴边…能翻译翻译吗": the jargon put in plain words
        r"|翻译翻译|翻译(一)?下|(给|帮)我翻译|说人话|讲人话"
        # "trade marketing中文叫什麼", "what's KOL in Chinese": the word's name in the other tongue
        r"|(中文|英文)(叫|是|怎么说|怎么讲|点讲|点叫)\s*(什么|啥|咩|乜)?"
        # (not "what's this job called in English": a job ad's name is its job)
        r"|(?<!job )(?<!role )(?<!position )(?<!team )\b(called|say|said) in (chinese|mandarin|english)\b|\bin (chinese|mandarin) (called|is)\b"
    )
)


_DOES_WHAT = quick(
    re.compile(
        # not "what do they look for, do my contacts count": a question of its own begins there
        r"\bwhat (does|do|did) .+\b(do(?! (my|i|you|we|they|the|it|people)\b)|handle|involve"
        r"|cover|produce|deliver|own)\b"
        r"|\bwhat do they\b(?! (look|want|expect|need|ask|require|hire|value|pay|earn|make)\b)"
        r"|\bwhat is .+ (role|job)\b"
        r"|\b(is|are) .+ responsible for\b|\bwhat (is|are) .+ in charge of\b"
        r"|做什么|干什么|干嘛|负责什么|做些什么|是做什么的|工作内容|职责|负责哪些|管什么|管些什么|管哪些|负责啥|干啥|干些啥|做些啥|(?:干|做)点(?:啥|什么)(?!准备|来|吧)"
        r"|管多少事|管哪些事|管些啥|管啥|(主要|的)产出"
        rf"|{DOES_IT_ALL}"
    )
)


# How work is split between jobs: "who does ops and who does promotion", "营销策划部和品牌部怎么
# 分工", "how do FMCG companies divide the work".
_SPLITS_WORK = quick(
    re.compile(
        r"\bwho does what\b|谁做什么|谁负责什么"
        rf"|{WHO_DOES_WHICH}|分工|(怎么|如何|这么|这样|咋)分(?!析|享|辨|类|钱|手)|\bsplit\b|\bdivide"
        r"|\bhow (do|did|does) (they|it|\w+ compan(y|ies)|company \w) (split|divide|organi[sz]e)\b"
        r"|\bhow (do|does|did) .{1,40}\b(organi[sz]e|structure|set up)\b"
        r"|\b(is|are) (the |their |its )?(\w+ )?(team|teams|department|departments|marketing|operations|company|companies) (\w+ )?(organi[sz]ed|structured|set up)\b"
        r"|(工作|职责|kpi|指标|考核)[^，,。？?]{0,10}(分配|拆分|怎么分|划分)|(怎么|如何|怎样)(划分|切分)"
        # "品牌、公關、新媒體三個部門各做什麼", "what does each of them do"
        r"|各(自)?(做|负责|干|管)(些)?(什么|啥|哪些|咩)|\bwhat (does|do) each\b|\beach (one )?(do|does|handle)\b"
    )
)


def splits_work(folded: str) -> bool:
    """Whether the question asks how work is split between jobs (or at a kind of company)."""
    return bool(_SPLITS_WORK.search(folded))


_WHY = re.compile(r"\bwhy\b|为什么|为何|为啥|点解|怎么会|干嘛说|怎么说")


def asks_why(folded: str) -> bool:
    """ "why is the same job under marketing here and ops there", 为什么, 点解."""
    return bool(_WHY.search(folded))


def asks_what_job_does(folded: str) -> bool:
    return bool(_DOES_WHAT.search(folded))


def asks_meaning(folded: str) -> bool:
    return bool(_MEANING.search(folded))


# "what is a kay vee", "what's reverse image search", "什么是H5", "反向链接是什么": the meaning
# of a thing the question names itself (not "what's it for", "what's the catch", "这是什么").
_WHAT_A_THING_IS = re.compile(
    r"\bwhat(?:'s| is| are)\s+(?!(it|that|this|they|them|those|these|their|its|the|he|she)\b)\w"
    r"|什么是|啥是|咩系|乜嘢?系|(^|[，,\s])[^\s，,这那它佢呢]{2,}(是什么|是啥|系咩|系乜嘢?)\W*$"
)


def asks_what_a_thing_is(folded: str) -> bool:
    return bool(_WHAT_A_THING_IS.search(folded))


# "老板让我负责交易流水，这是什么", "…, what is that?": what the thing just named is, asked at
# the end (where `asks_meaning` hears a meaning asked anywhere).
_WHAT_THIS_IS = re.compile(
    r"(这|那)个?(是|系)?(什么|啥|咩)(东西|意思|来的)?\W*$|\bwhat(?:'s| is) (this|that)( thing)?\W*$"
)


def asks_what_this_is(folded: str) -> bool:
    return bool(_WHAT_THIS_IS.search(folded))


def meaning_at(folded: str) -> int | None:
    """Where the question first asks what something means."""
    found = _MEANING.search(folded)
    return found.start() if found else None


def strong_who(folded: str) -> bool:
    """ "Who handles X" names a task; "X是什么岗位" ("what kind of job is X") names the job."""
    return bool(_STRONG_WHO.search(folded))


# Doing two jobs at once is no move: "can I do brand and PR at the same time", "一个人能同时
# 做品牌和公关吗", "兼着做". Both sides are answered, as a comparison of how they split (at a
# kind of company named, "at a startup, does one person do both", that company's card).
_BOTH_AT_ONCE = quick(
    re.compile(
        r"\bat the same time\b|\bat once\b|\bboth\b.{1,40}\band\b|\bjuggle\b|\bwear (two|both|many) hats\b"
        r"|同时(做|干|负责|管|兼)|兼着?(做|干|管)|一起(做|干|管)|一肩挑|都(做|干|管|包)了?(吗|呢|嘛)"
    )
)


def does_both(folded: str) -> bool:
    """Whether two jobs are asked about as done at once, not as a move from one to the other."""
    return bool(_BOTH_AT_ONCE.search(folded)) and not re.search(
        r"[转轉]|\bswitch|\bmove|\bfrom\b", folded
    )


# The stages of a piece of work, first to last ("从策划到落地", "从规划、资源协调、宣传到成效检讨")
_WORK_FROM_TO = re.compile(
    r"从[^，,。？?]{0,24}到[^，,。？?]{0,6}(执行|落地|复盘|检讨|评估|上线|发布|收尾|结束|成效|效果"
    r"|结案|尾|验收|数据|报告)"
)


# Someone asked to explain ("这一串黑话谁能给翻译一下", "who can explain what KOC means"): a
# request, no question of who does a task.
_SOMEONE_TO_EXPLAIN = re.compile(
    r"(谁|有没有人|有人|哪位)(能|可以|会)?(给|帮)?(我|大家|俺)?(给)?"
    r"(解释|翻译|讲讲|讲解|说说|说一下|讲一下|科普|通俗地?(讲|说|解释))"
    r"|\b(who|anyone|someone|somebody) (can|could) (explain|translate|tell me what|help me understand)\b"
)


@functools.lru_cache(maxsize=2048)
def intent_of(folded: str) -> Intent:
    """The question's shape; entity linking decides the rest."""
    if _SOMEONE_TO_EXPLAIN.search(folded):
        return intent_of(_SOMEONE_TO_EXPLAIN.sub(" 解释一下 ", folded))
    if _WHICH_OF_TWO.search(folded) and not _FROM_A_START.search(folded):
        # "产品运营和用户运营哪个更容易转产品经理", "內容運營同用戶運營，邊個比較啱新人入行":
        # two weighed, whatever the yardstick is about
        return "compare"
    if (
        _TRANSITION.search(folded)
        and not _looks_like_definition_of_transition_term(folded)
        # "who plans an event from resources to promotion to the review": the work's stages
        and not (_WHO_OPENS.match(folded) and not _MOVE_WORD.search(folded))
        # "從規劃、資源協調、宣傳到成效檢討都要跟": a job's stages from first to last, no move
        and not (
            _WORK_FROM_TO.search(folded) and not _TRANSITION.search(_WORK_FROM_TO.sub(" ", folded))
        )
    ):
        return "transition"
    who = _STRONG_WHO.search(folded)
    if who and _WHO_THEY_MEET.search(folded):
        return "define"  # "the sales department - who do they deal with": what it does
    if who and (found := _IDENTITY.search(folded)) and found.start() <= who.start() + 2:
        # "daogou: who are they", "广点通是谁家的", "resou: what is it and who buys it": what
        # the thing is, asked before (or as) who.
        return "define"
    if who and not re.search(
        r"区别|不同|差别|差异|(?<![a-z])vs(?![a-z])|differ|\bwho does what\b|(谁|哪个)(做|干|管|负责)(什么|啥)|各自|分别负责|keep .+ apart"
        # "who makes more, a media buyer or a PR person?": two weighed by pay
        rf"|{_WHO_EARNS_MORE.pattern}"
        rf"|{WHO_DOES_WHICH}",
        folded,
    ):
        return "who"
    if DONE_BY_WHICH.search(folded):
        return "who"  # "新闻稿是公关写还是市场写", "does PR or marketing write the press release"
    if _COMPARE.search(folded) or _WHO_EARNS_MORE.search(folded):
        # ("promotion or operations, who gets paid more in the long run?": two weighed by pay)
        return "compare"
    if _WHO.search(folded):
        return "who"
    return "define"


# Work said with two teams that might do it, the verb after each: which of them does it (not
# two jobs weighed: the verbs are no part of a job's name, so "产品策划还是传播策划" is no such)
_DONE_BY = r"(写|做|负责|来做|来写|来管|在做|在管|去做|去找|找|出|搞|跟进|对接|处理|投|买|谈)"
DONE_BY_WHICH = re.compile(
    rf"[^，,。？?\s]{{2,8}}{_DONE_BY}(的)?(还是|定|或是)[^，,。？?\s]{{1,8}}{_DONE_BY}"
    r"|\bdoes (the )?[\w ]{2,20} or (the )?[\w ]{2,20} (write|handle|run|do|own|manage|make|find|buy|pick)\b"
    r"|\b(written|handled|run|done|owned|managed|made|bought|found|picked) by (the )?[\w ]{2,20} or (by )?"
)
_WHO_EARNS_MORE = re.compile(
    r"\bwho (makes|earns|gets paid|is paid|pays) (more|less|better)\b"
    r"|谁(赚|挣|工资|薪水|收入)(得)?(更|比较)?(多|高)"
)


_WHICH_OF_TWO = re.compile(
    r"[\u4e00-\u9fffa-z](和|跟|同|与|vs)[^，,。？?！!]{2,15}[，,]?\s?(哪个|哪一个|边个|哪种|谁)(以后|将来|未来)?(更|比较|最|会|好上手|好入门|容易上手)"
    # "SEO同投放邊個冇咁辛苦", "SEO和投放哪个不那么累": which is less hard
    r"|[\u4e00-\u9fffa-z](和|跟|同|与)[^，,。？?！!]{2,15}[，,]?\s?(哪个|哪一个|边个|谁)"
    r"(没有|冇|不)?(那么|咁)?(辛苦|累|忙|轻松|难做|好做|稳定|吃香)"
    # "新人入行揀 PR 定 social media 好啲？": which of two to pick
    r"|(选|拣)\s?[^，,。？?]{1,16}(定|还是)\s?[^，,。？?]{1,16}(好|啱|合适)"
    # "content ops vs user ops, which one is the better place to start"
    r"|\bvs\.? [\w ]{2,30}[,?]?\s*which (one )?(is|would be|'s) (the )?(better|easier|best|safer)\b"
    # "which of the two is easier to get into": the two talked of, weighed
    r"|\bwhich (one )?of (the|these|those) (two|both)\b (is|would be|'s) (the )?(better|easier|harder|best|safer|quicker)\b"
    # "marketing or operations, which one is easier to get into for a total beginner?"
    r"|^\W*[\w ]{2,30} or [\w ]{2,30}[,?:]?\s*which (one |of (the|them) (two|both) )?(is|would be|'s)"
    r" (the )?(better|easier|harder|best|safer|quicker)\b"
    # "新媒体部和公关部以后谁发展更好": who (which of them) fares better
    r"|[\u4e00-\u9fffa-z](和|跟|同|与)[^，,。？?！!]{2,15}(以后|将来|未来)?谁(的)?(发展|前景|前途|钱途)"
    # "新人入行先做内容运营好还是活动运营好": A good or B good, to start with
    r"|[\u4e00-\u9fffa-z]好还是[^，,。？?！!]{2,15}好\s*([?？吗呢啊]|$)"
    # "is ops easier to get into than marketing?", "运营比市场好进吗": two weighed by the way in
    r"|\b(easier|harder|tougher|quicker|simpler) to (get|break|land a job|move|switch|jump) ?(in|into|in to)\b"
    r"[^?]{1,30}\bthan\b"
    r"|比(?!较)[^，,。？?\s]{1,8}(好进|难进|容易进|更好进|好入|难入|容易入)"
)
# (one's own job said first: "我做推广，转运营和转品牌哪个更容易" weighs two moves from it)
_FROM_A_START = re.compile(r"我(现在|目前)?(是|在|做|干)|\bi(?:'m| am| do| work)\b|从")


def _looks_like_definition_of_transition_term(folded: str) -> bool:
    # "what does 转化 mean" has 转 in it but asks about a term.
    return bool(re.search(r"转化|转发|转载", folded)) and not re.search(
        r"转行|转岗|跳槽|转型", folded
    )


def goal_first(folded: str, first: tuple[int, int], second_start: int) -> bool:
    """True when the first of two mentioned jobs is where the person wants to go.

    Most questions name the current job first ("can promotion move into operations", "推广转运营");
    "get into brand from PR" and "想做运营，我现在是推广" name the goal first.
    """
    before, between = folded[: first[0]], folded[first[1] : second_start]
    if re.search(
        r"\bfrom\b|\bi'?m\b|\bi m\b|\bi am\b|\bcurrently\b|我是|我在|现在是|目前是|现在做|目前做|本身是",
        between,
    ):
        return True
    if "from" not in before and re.search(r"\b(into|to|become|do)\s*(an?|the)?\s*$", before):
        return True
    return "从" not in before and bool(
        re.search(r"(想做|想转|想去|转到|转去|转做|进入)\s*$", before)
    )
