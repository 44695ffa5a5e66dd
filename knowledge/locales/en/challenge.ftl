## /challenge questions (knowledge/quiz.py)

challenge_task = Who usually handles this: { $task }?
challenge_term_meaning = What does “{ $term }” mean?
challenge_term_word = Which term means this? { $definition }

