## The engine's own sentence pieces (knowledge.phrases.say)

sources = 来源
does = 主要工作
measured_by = 考核看
sits_in = 组织位置
skills = 需要的能力
handled_by = 由谁负责
who_title = 谁负责{ $task }？
who_lead_one = 主要是{ $owner }。
who_lead_many = 主要是{ $owner }，{ $others }也会参与。
compare_title = { $a }与{ $b }的区别
compare_lead = 两者分工不同，下面把它们放在一起对比。
compare_same_kind_terms = 这两个词容易混淆，分别是这个意思。
transition_title = 从{ $a }转到{ $b }
into_title = 怎么转到{ $b }
transition_derived_lead = 可以转，但文章没有专门讲这条路径。下面是能带过去的经验和需要补的能力。
into_derived_lead = 下面是{ $b }的工作内容和要求，可以对照着补齐。
carries_over = { $a }能带过去的
to_learn = 转{ $b }要补的
judged_by_there = { $b }考核看
curated_routes = 文章讲到的转型路径
unknown_title = 这个问题我答不上来
unknown_lead = 我能回答市场、运营、品牌、公关、新媒体相关岗位的问题：岗位做什么、术语什么意思、某件事归谁负责、两个岗位有什么不同、怎么从一个岗位转到另一个。
unknown_close = 你想问的是不是这些？
empty_lead = 问我一个岗位或术语吧，比如“媒介是做什么的”或者“什么是种草”。
hello = 你好！👋
thanks = 不客气！
follow_into = 怎么转到{ $b }
follow_compare = { $a } vs { $b }
also = 相关

