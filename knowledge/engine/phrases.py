"""The engine's own sentences, in English and Simplified Chinese (Traditional by conversion)."""

from __future__ import annotations

from ..text.langs import Lang, is_zh, to_script

PHRASES: dict[str, tuple[str, str]] = {
    "sources": ("Sources", "来源"),
    "does": ("What it does", "主要工作"),
    "measured_by": ("Measured by", "考核看"),
    "sits_in": ("Where it sits", "组织位置"),
    "skills": ("Skills", "需要的能力"),
    "handled_by": ("Who deals with it", "由谁负责"),
    "who_title": ("Who does this: {task}?", "谁负责{task}？"),
    "who_lead_one": ("Mainly the {owner}.", "主要是{owner}。"),
    "who_lead_many": (
        "Mainly the {owner}; {others} also take part.",
        "主要是{owner}，{others}也会参与。",
    ),
    "compare_title": ("{a} vs {b}", "{a}与{b}的区别"),
    "compare_lead": (
        "They are different jobs; here they are side by side.",
        "两者分工不同，下面把它们放在一起对比。",
    ),
    "compare_same_kind_terms": (
        "Two terms that are easy to mix up; here is what each means.",
        "这两个词容易混淆，分别是这个意思。",
    ),
    "transition_title": ("From {a} to {b}", "从{a}转到{b}"),
    "into_title": ("How to move into {b}", "怎么转到{b}"),
    "transition_derived_lead": (
        "Yes, people make this move; the articles do not describe it step by step, "
        "so here is what carries over and what to learn.",
        "可以转，但文章没有专门讲这条路径。下面是能带过去的经验和需要补的能力。",
    ),
    "into_derived_lead": (
        "Here is what {b} involves and what it takes, so you can see what to build up.",
        "下面是{b}的工作内容和要求，可以对照着补齐。",
    ),
    "carries_over": ("What carries over from {a}", "{a}能带过去的"),
    "to_learn": ("What to learn for {b}", "转{b}要补的"),
    "judged_by_there": ("In {b} you are judged by", "{b}考核看"),
    "curated_routes": ("Routes the articles describe", "文章讲到的转型路径"),
    "unknown_title": ("I'm not sure about that one", "这个问题我答不上来"),
    "unknown_lead": (
        "I answer questions about marketing, operations, brand, PR and new-media jobs: what a role "
        "does, what a term means, who handles a task, how two jobs differ and how to move between "
        "them.",
        "我能回答市场、运营、品牌、公关、新媒体相关岗位的问题：岗位做什么、术语什么意思、"
        "某件事归谁负责、两个岗位有什么不同、怎么从一个岗位转到另一个。",
    ),
    "unknown_close": ("Did you mean one of these?", "你想问的是不是这些？"),
    "empty_lead": (
        'Ask me about a job or a term, for example "what does a media buyer do" or "KOC".',
        "问我一个岗位或术语吧，比如“媒介是做什么的”或者“什么是种草”。",
    ),
    "hello": ("Hi! 👋", "你好！👋"),
    "thanks": ("You're welcome!", "不客气！"),
    "follow_into": ("How to move into {b}", "怎么转到{b}"),
    "follow_compare": ("{a} vs {b}", "{a} vs {b}"),
    "also": ("Also see", "相关"),
    "group_title": ("How they relate: {names}", "{names}是什么关系"),
    "group_lead": (
        "Here is each of them in a line, and how the articles relate them.",
        "下面逐一说明，并附上文章对它们关系的说法。",
    ),
    "outside_start_lead": (
        "The articles don't cover {a} as a starting point, so I can't say what carries over; "
        "here is what {b} involves and takes, to compare with what you have.",
        "文章没有讲到从{a}出发的情况，所以说不好哪些经验能带过去；下面是{b}的工作和要求，可以对照自己的情况。",
    ),
    "leads_to_title": ("Where {a} can lead", "{a}之后可以往哪走"),
    "leads_to_curated": (
        "The articles describe these moves from {a}:",
        "文章讲到从{a}出发的这些路径：",
    ),
    "leads_to_gap": (
        "The articles don't map a career path from {a}. Jobs closest to it in the knowledge base "
        "(our reading, not the articles'):",
        "文章没有讲{a}之后的职业路径。知识库里和它最接近的岗位（这是我们的归纳，不是文章原话）：",
    ),
    "lead_measured": ("{a} is judged by: {items}.", "{a}考核看：{items}。"),
    "lead_skills": ("What {a} takes: {items}.", "做{a}需要：{items}。"),
    "by_company": ("How kinds of company arrange it", "不同公司的安排"),
    "gap_pay": (
        "The articles don't give pay for {a}.",
        "文章没有给出{a}的薪资。",
    ),
    "pay_said": ("What they do say about pay", "文章关于薪资的说法"),
    "gap_prospects": (
        "The articles don't say what the future holds for {a}; here is what they say about it.",
        "文章没有谈{a}的前景，下面是文章讲到的内容。",
    ),
    "gap_market": (
        "The articles say nothing about the job market of a particular city or region for {a}; "
        "here is what they say about it.",
        "文章没有谈某个城市或地区{a}的就业行情，下面是文章讲到的内容。",
    ),
    "gap_resources": (
        "The articles don't recommend books, courses or certificates for {a}; here is what they "
        "say about it.",
        "文章没有推荐{a}相关的书、课程或证书，下面是文章讲到的内容。",
    ),
    "gap_better": (
        "The articles don't say which of {a} is better: that depends on you. Here is how they differ.",
        "文章没有说{a}哪个更好，这取决于你自己。下面是它们的区别。",
    ),
    "gap_better_one": (
        "The articles don't say whether {a} is the better choice: that depends on you. Here is "
        "what they say about it.",
        "文章没有说{a}哪个更好，这取决于你自己。下面是文章的说法。",
    ),
    "gap_company": (
        "The articles don't rate particular employers; here is what they say about {a}.",
        "文章没有评价具体的公司，下面是文章对{a}的说法。",
    ),
    "gap_subject": (
        "The articles don't cover {a}.",
        "文章没有讲到{a}。",
    ),
    "move_lead": (
        "Moving from {a} to {b} is {words}: {a} already has about {percent}% of what {b} needs "
        "at its core.",
        "从{a}转{b}{words}：{b}核心能力里，{a}已经具备约{percent}%。",
    ),
    "move_close": ("a close move", "跨度不大"),
    "move_stretch": ("a stretch", "有一定跨度"),
    "move_far": ("a long way", "跨度很大"),
    "move_same": ("no move at all", "是同一个岗位"),
    "move_derived": (
        "The figure and the lists above are our reading of the knowledge base, not the "
        "articles' words.",
        "以上比例和清单是根据知识库推算的，不是文章原话。",
    ),
    "move_ours": (
        "Our reading of the knowledge base (not the articles' words)",
        "根据知识库的推算（不是文章原话）",
    ),
    "move_missing": ("Still to build for {b}", "转{b}还要补"),
    "move_bridge": (
        "A job in between: {c} ({a} → {c} {p}%, {c} → {b} {q}%)",
        "可以先过渡到{c}（{a}→{c} {p}%，{c}→{b} {q}%）",
    ),
    "move_first_step": ("A first step", "第一步"),
    "path_title": ("From {a} to {b}, step by step", "从{a}到{b}的路线"),
    "path_lead": (
        "The easiest route we find, in at most three moves (figures: share of the next job's "
        "core skills you would already have; our reading of the knowledge base):",
        "这是我们找到的最顺的路线，最多三步（比例是下一个岗位的核心能力里已经具备的部分，根据知识库推算）：",
    ),
    "path_direct": (
        "The direct move is the easiest route: {a} → {b}, {percent}%.",
        "直接转就是最顺的路线：{a}→{b}，{percent}%。",
    ),
    "path_leg": ("{a} → {b}: {percent}% ({words})", "{a}→{b}：{percent}%（{words}）"),
    "path_leg_curated": ("the articles describe this move", "文章讲过这一步"),
    "next_title": ("Where {a} can move next", "{a}可以转去哪里"),
    "next_lead": (
        "The jobs closest to {a}: how much of each one's core skills {a} already has (our "
        "reading of the knowledge base).",
        "离{a}最近的岗位：{a}已经具备对方核心能力的多少（根据知识库推算）。",
    ),
    "jd_title": ("What this job ad is", "这份招聘启事是什么岗位"),
    "jd_sure": ("This is a job ad for {job}.", "这是{job}的招聘。"),
    "jd_likely": ("This reads most like a job ad for {job}.", "看起来最像{job}的招聘。"),
    "jd_unsure": (
        "It is not clear-cut; the closest job is {job}.",
        "不太好判断，最接近的是{job}。",
    ),
    "jd_runner_up": ("It could also be {job}.", "也可能是{job}。"),
    "jd_work": ("What the work is mostly about", "主要做什么"),
    "jd_terms": ("Jargon in the ad", "里面的行话"),
    "jd_measured": ("How the job is judged", "考核看"),
    "fit_title": ("Where you might fit", "你可能适合的方向"),
    "fit_lead": (
        "From what you say, these fit best (scored with the quiz's own weights):",
        "根据你的描述，这几个方向最合适（按测试题的权重打分）：",
    ),
    "fit_none": (
        "I can't tell from that yet: the full quiz asks 14 short questions.",
        "从这些还看不出来，完整的测试有14道小题。",
    ),
    "fit_quiz": ("Take the full quiz", "做完整测试"),
}


def say(key: str, lang: Lang, **values: str) -> str:
    en, zh = PHRASES[key]
    text = (zh if is_zh(lang) else en).format(**values)
    return to_script(text, lang)
