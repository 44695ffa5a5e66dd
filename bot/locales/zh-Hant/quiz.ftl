## The quiz and /challenge (Taiwan wording: 職位, 測驗, 訊息, 傳送)

quiz_help =
    /quiz：小測驗，看看你適合哪個部門或職位
    /challenge：五道小題，考考你誰負責什麼
quiz_title = 🧭 <b>你適合哪個職位？</b>
quiz_intro = { $n }道小題，說說你喜歡做什麼。沒有標準答案，選最像你的那個就好。
quiz_resume = 歡迎回來！你上次答到第{ $i }題（共{ $n }題）。
quiz_back = « 上一題
quiz_restart = ↺ 重新開始
quiz_result_title = 🧭 <b>最適合你的職位</b>
quiz_because_one = 你選了「{ $a }」。
quiz_because_two = 你選了「{ $a }」和「{ $b }」。
quiz_measured = 考核重點
quiz_result_footer = 點下面的按鈕，看看職位介紹，或是怎麼入行。
quiz_btn_into = 🚪 怎麼入行
quiz_btn_retake = 🔁 再測一次
quiz_last =
    你上次的結果：
    { $lines }

    要看完整結果，還是重新測一次？
quiz_btn_show = 📋 看上次結果
quiz_btn_new = 🆕 重新測一次
quiz_not_yours = 這是別人的測驗，我沒有動它。傳送 /quiz 開始你自己的測驗吧。
quiz_stale = 這個按鈕來自之前的題目或上一輪，我沒有處理。你的測驗在最新那則訊息裡繼續，傳送 /quiz 可以找回來。
quiz_unavailable = 測驗暫時無法使用，請稍後再試。
challenge_intro = 🎯 <b>小挑戰</b>：{ $n }道題，考考你誰負責什麼、行話是什麼意思。答完一題，下一題馬上就來。
challenge_score = 🎯 <b>挑戰完成：答對{ $right }/{ $total }題</b>
challenge_closed = 🎯 <b>上一輪挑戰：答對{ $right }/{ $total }題</b>（{ $left }題沒答）
challenge_perfect = 全部答對，太厲害了！
challenge_read = 答錯的題目，可以看看這些：
challenge_again = 傳送 /challenge 再來一輪。
challenge_unavailable = 知識庫裡的內容暫時不夠出一輪挑戰題。

## Command menu

cmd_quiz = 測測你適合哪個職位
cmd_challenge = 五道題測測你懂多少
