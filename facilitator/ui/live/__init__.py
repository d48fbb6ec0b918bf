"""The live session: the facilitator's view on the laptop and the projector window.

`LiveMeeting` (meeting.py) is the model: a `SessionRun` plus attendance, notes and concerns,
every change queued to the store as it happens (writer.py). The widgets take it in their
`__init__`; `LiveSession` (session.py) builds the windows for one meeting.
"""
