"""Front ends other than Telegram (which is bot/app.py): the terminal chat."""
