"""Words that carry a question's shape, not its topic, in English and (folded) Chinese."""

from __future__ import annotations

EN_STOP = set(
    ["a", "an", "the", "of", "to", "in", "on", "at", "for", "from", "by", "with", "and", "or", "but", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "doing", "done", "what", "whats", "what's", "which", "who", "whom", "whose", "where", "when", "why", "how", "i", "me", "my", "we", "our", "you", "your", "they", "their", "he", "she", "it", "its", "this", "that", "these", "those", "there", "here", "can", "could", "should", "would", "will", "shall", "may", "might", "must", "have", "has", "had", "having", "get", "gets", "got", "about", "into", "onto", "than", "then", "so", "like", "just", "really", "even", "all", "any", "some", "more", "most", "much", "many", "very", "also", "too", "not", "no", "yes", "ok", "okay", "please", "thanks", "thank", "hi", "hello", "hey", "mean", "means", "meaning", "meant", "definition", "define", "explain", "tell", "know", "understand", "stand", "stands", "term", "word", "abbreviation", "acronym", "job", "jobs", "role", "roles", "position", "positions", "department", "departments", "dept", "depts", "team", "teams", "work", "works", "working", "worker", "career", "careers", "company", "companies", "people", "person", "ppl", "guy", "guys", "day", "daily", "all", "do", "role's", "vs", "versus", "difference", "differences", "different", "differ", "between", "compare", "comparison", "same", "similar", "move", "moving", "switch", "switching", "transition", "change", "changing", "become", "becoming", "go", "going", "jump", "pivot", "from", "handle", "handles", "handled", "handling", "responsible", "charge", "own", "owns", "does", "usually", "typically", "normally", "actually", "kind", "sort", "type", "types", "thing", "things", "stuff", "someone", "somebody", "anyone", "one", "ones", "whole", "entire", "basically", "exactly", "need", "needs", "want", "wants", "wanna", "gonna", "im", "i'm", "i've", "ive", "is", "it's", "u", "ur", "lol", "pls", "plz", "vs.", "do?", "job?", "field", "industry", "area", "side", "part", "called", "call", "named", "name", "good", "better", "best", "learn", "learning", "skill", "skills", "start", "starting", "new", "entry", "level", "junior", "senior", "definiton", "defintion", "definitoin", "diffrence", "diference", "differnce", "whats"]
)

ZH_STOP = [
    "缩写", "全称", "代表", "简称", "英文", "中文",
    "是什么意思", "什么意思", "是什么", "做什么", "干什么", "干嘛", "什么", "怎么样", "怎么", "如何",
    "为什么", "哪个", "哪些", "哪里", "哪", "谁", "吗", "呢", "吧", "啊", "呀", "的", "了", "是",
    "有", "和", "跟", "与", "及", "或", "还是", "在", "做", "干", "从", "到", "去", "转", "可以",
    "能", "能不能", "可不可以", "会", "要", "想", "我", "你", "他", "她", "们", "这", "那", "个",
    "部门", "岗位", "职位", "工作", "负责", "主要", "具体", "平时", "每天", "日常", "区别", "不同",
    "差别", "差异", "差在", "比较", "对比", "意思", "解释", "一下", "介绍", "请问", "请", "下",
    "都", "就", "也", "又", "很", "到底", "究竟", "一般", "通常", "公司", "企业", "行业", "职业",
    "工作内容", "职责", "内容", "人", "事", "东西", "岗", "部", "团队", "转行", "跳槽", "转岗",
    "关系", "分工", "由", "来", "管", "归", "属于", "叫", "称", "为", "把", "让", "被", "给",
    "对", "上", "中", "里", "吗?", "么", "啥", "咋", "嘛", "该", "应该", "需要", "学", "学习",
    "技能", "能力", "发展", "前景", "入门", "新手", "小白", "工资", "多少",
    # colloquial and Cantonese padding: "搞运营的到底在忙啥", "运营系咪即系做客服"
    "搞", "忙", "忙啥", "天天", "是不是", "系咪", "即系", "即是", "就是", "几种", "哪几种",
    "有哪几种", "作为", "一整套", "整套", "到底是", "每天都在", "都在", "究竟是", "差再",
]



# Longest first, so "是什么意思" goes before "是什么".
ZH_STOP_BY_LENGTH = sorted(set(ZH_STOP), key=len, reverse=True)
