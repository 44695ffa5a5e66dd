## The engine's own sentence pieces (knowledge.phrases.say)

sources = Sources
does = What it does
measured_by = Measured by
sits_in = Where it sits
skills = Skills
handled_by = Who deals with it
who_title = Who does this: { $task }?
who_lead_one = Mainly the { $owner }.
who_lead_many = Mainly the { $owner }; { $others } also take part.
compare_title = { $a } vs { $b }
compare_lead = They are different jobs; here they are side by side.
compare_same_kind_terms = Two terms that are easy to mix up; here is what each means.
transition_title = From { $a } to { $b }
into_title = How to move into { $b }
transition_derived_lead = Yes, people make this move; the articles do not describe it step by step, so here is what carries over and what to learn.
into_derived_lead = Here is what { $b } involves and what it takes, so you can see what to build up.
carries_over = What carries over from { $a }
to_learn = What to learn for { $b }
judged_by_there = In { $b } you are judged by
curated_routes = Routes the articles describe
unknown_title = I'm not sure about that one
unknown_lead = I answer questions about marketing, operations, brand, PR and new-media jobs: what a role does, what a term means, who handles a task, how two jobs differ and how to move between them.
unknown_close = Did you mean one of these?
empty_lead = Ask me about a job or a term, for example "what does a media buyer do" or "KOC".
hello = Hi! 👋
thanks = You're welcome!
follow_into = How to move into { $b }
follow_compare = { $a } vs { $b }
also = Also see

