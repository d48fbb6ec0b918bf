"""Notes, concerns and film plays."""

from __future__ import annotations

from facilitator.records.store import Store
from facilitator.records.values import MeetingRecord
from facilitator.sessions.vocabulary import ConcernKind, ReferralDestination
from tests.records.conftest import FakeClock


def test_note_edit_delete_and_undelete(store: Store, clock: FakeClock, meeting: MeetingRecord) -> None:
    note = store.save_note(meeting.id, "Sleep was a theme today.", step_id="s1-discussion")
    clock.advance(minutes=1)
    edited = store.edit_note(note.id, shareable=True, themes=["sleep", " stress ", "sleep"])
    assert edited.shareable and edited.themes == ("sleep", "stress") and edited.updated_at > note.created_at
    store.delete_note(note.id)
    assert store.notes(meeting.id) == []
    assert store.notes(meeting.id, include_deleted=True)[0].deleted_at == clock.now
    store.undelete_note(note.id)
    assert store.notes(meeting.id)[0].text == "Sleep was a theme today."


def test_concern_records_kind_and_referral_only(store: Store, meeting: MeetingRecord) -> None:
    concern = store.record_concern(meeting.id, ConcernKind.SAFEGUARDING_CHILD)
    store.edit_concern(concern.id, ReferralDestination.SOCIAL_SERVICES)
    store.record_concern(meeting.id, ConcernKind.HEALTH, ReferralDestination.GENERAL_PRACTITIONER)
    kinds = [(c.kind, c.referral) for c in store.concerns(meeting.id)]
    assert kinds == [
        (ConcernKind.SAFEGUARDING_CHILD, ReferralDestination.SOCIAL_SERVICES),
        (ConcernKind.HEALTH, ReferralDestination.GENERAL_PRACTITIONER),
    ]
    store.withdraw_concern(concern.id)
    assert len(store.concerns(meeting.id)) == 1


def test_film_play_records_start_end_and_languages(store: Store, clock: FakeClock, meeting: MeetingRecord) -> None:
    play = store.start_film_play(meeting.id, "dropping-anchor", subtitle_language="ar", audio_language="en")
    clock.advance(minutes=6)
    ended = store.end_film_play(play.id)
    assert ended.ended_at is not None and ended.ended_at - ended.started_at == clock.now - play.started_at
    assert store.film_plays(meeting.id)[0].subtitle_language == "ar"
