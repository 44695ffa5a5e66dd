## /challenge questions (knowledge/quiz.py)

challenge_task = 「{ $task }」通常由誰負責？
challenge_term_meaning = 「{ $term }」是什麼意思？
challenge_term_word = 哪個詞是這個意思？{ $definition }
