"""The knowledge base and the engine, with no Telegram.

Two halves with arrows one way: `compiler` (YAML -> validation -> SQLite, for `kb check` and
`kb build`) and `engine` (the built database -> understand -> compose -> Answer). They share
only the small text helpers in `text`; `open` is where a front end joins them.
"""
