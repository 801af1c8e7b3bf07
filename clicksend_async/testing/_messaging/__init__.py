"""The messaging engine of the embedded ClickSend: parts, prices, delivery, webhooks.

`parts` counts SMS parts, `pricing` holds the price table, `engine` keeps messages, receipts
and inbound messages and moves them on the clock, `webhooks` calls the user's URLs for real.
"""
