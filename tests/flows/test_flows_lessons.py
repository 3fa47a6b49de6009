"""Lessons tick their steps from facts seen since they started."""

from __future__ import annotations

from app.flows.lessons import ENGLISH, LESSONS, LessonProgress, lesson_text


def test_every_lesson_text_reads_in_english() -> None:
    texts = [t for lesson in LESSONS for t in (lesson.title, lesson.summary)]
    texts += [step.text for lesson in LESSONS for step in lesson.steps]
    assert [t for t in texts if t not in ENGLISH] == []
    assert lesson_text(LESSONS[0].title, "zh_TW") == LESSONS[0].title


def test_steps_tick_from_new_facts_only_and_restart_clears_them() -> None:
    lesson = next(x for x in LESSONS if x.id == "missed_deadline")
    progress = LessonProgress(lesson)
    old_order = {"order:1:awaiting_vendor"}
    progress.restart(old_order)
    progress.observe(old_order)
    assert progress.done() == (False, False, False), "what was there at the start is old"
    progress.observe({"order:2:awaiting_vendor"})
    progress.observe({"clock:moved", "order:2:cancelled_by_system"})
    assert progress.complete
    progress.observe(set())
    assert progress.complete, "a step stays done after its fact is gone"
    progress.restart({"order:2:cancelled_by_system", "clock:moved"})
    assert progress.done() == (False, False, False)


def test_only_the_order_lessons_watch_the_orders() -> None:
    watching = {lesson.id for lesson in LESSONS if lesson.watches_orders}
    assert watching == {"order_to_service", "missed_deadline"}
