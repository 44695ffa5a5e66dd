## The quiz and /challenge

quiz_help =
    /quiz：小测试，看看你适合哪个部门或岗位
    /challenge：五道小题，考考你谁负责什么
quiz_title = 🧭 <b>你适合哪个岗位？</b>
quiz_intro = { $n }道小题，说说你喜欢做什么。没有标准答案，选最像你的那个就好。
quiz_resume = 欢迎回来！你上次答到第{ $i }题（共{ $n }题）。
quiz_back = « 上一题
quiz_restart = ↺ 重新开始
quiz_result_title = 🧭 <b>最适合你的岗位</b>
quiz_because_one = 你选了“{ $a }”。
quiz_because_two = 你选了“{ $a }”和“{ $b }”。
quiz_measured = 考核看
quiz_result_footer = 点下面的按钮，看看岗位详情，或者怎么入行。
quiz_btn_into = 🚪 怎么入行
quiz_btn_retake = 🔁 再测一次
quiz_last =
    你上次的结果：
    { $lines }

    查看完整结果，还是重新测一次？
quiz_btn_show = 📋 查看上次结果
quiz_btn_new = 🆕 重新测一次
quiz_not_yours = 这是别人的测试，我没有动它。发送 /quiz 开始你自己的测试吧。
quiz_stale = 这个按钮来自之前的题目或上一轮，我没有处理。你的测试在最新那条消息里继续，发送 /quiz 可以找回。
quiz_unavailable = 测试暂时不可用，请稍后再试。
challenge_intro = 🎯 <b>小挑战</b>：{ $n }道题，考考你谁负责什么、行话是什么意思。答完一题，下一题马上就来。
challenge_score = 🎯 <b>挑战完成：答对{ $right }/{ $total }题</b>
challenge_closed = 🎯 <b>上一轮挑战：答对{ $right }/{ $total }题</b>（{ $left }题没答）
challenge_perfect = 全部答对，太厉害了！
challenge_read = 没答对的题，可以看看这些：
challenge_again = 发送 /challenge 再来一轮。
challenge_unavailable = 知识库里的内容暂时不够出一轮挑战题。

## Command menu

cmd_quiz = 测测你适合哪个岗位
cmd_challenge = 五道题测测你懂多少

