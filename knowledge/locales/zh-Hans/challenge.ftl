## /challenge questions (knowledge/quiz.py)

challenge_task = “{ $task }”通常由谁负责？
challenge_term_meaning = “{ $term }”是什么意思？
challenge_term_word = 哪个词是这个意思？{ $definition }

