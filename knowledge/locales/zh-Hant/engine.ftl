## The engine's own sentence pieces (knowledge.phrases.say)
## Taiwan wording, reviewed: 營運 (not 運營), 職位 (not 崗位), 比較 (not 對比).

sources = 來源
does = 主要工作
measured_by = 考核重點
sits_in = 組織位置
skills = 需要的能力
handled_by = 由誰負責
who_title = 誰負責{ $task }？
who_lead_one = 主要是{ $owner }。
who_lead_many = 主要是{ $owner }，{ $others }也會參與。
compare_title = { $a }和{ $b }的差別
compare_lead = 兩者分工不同，下面把它們放在一起比較。
compare_same_kind_terms = 這兩個詞容易搞混，各自是這個意思。
transition_title = 從{ $a }轉到{ $b }
into_title = 怎麼轉到{ $b }
transition_derived_lead = 可以轉，但文章沒有專門談這條路線。下面是能帶過去的經驗，和需要補強的能力。
into_derived_lead = 下面是{ $b }的工作內容和要求，可以對照著補齊。
carries_over = { $a }能帶過去的
to_learn = 轉{ $b }要補強的
judged_by_there = { $b }的考核重點
curated_routes = 文章談到的轉職路線
unknown_title = 這個問題我答不上來
unknown_lead = 我能回答行銷、營運、品牌、公關、新媒體相關職位的問題：職位做什麼、術語是什麼意思、某件事歸誰負責、兩個職位有什麼不同、怎麼從一個職位轉到另一個。
unknown_close = 你想問的是不是這些？
empty_lead = 問我一個職位或術語吧，例如「媒介是做什麼的」或「什麼是種草」。
hello = 你好！👋
thanks = 不客氣！
follow_into = 怎麼轉到{ $b }
follow_compare = { $a } vs { $b }
also = 相關
