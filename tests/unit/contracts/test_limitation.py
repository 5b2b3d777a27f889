"""The limitation clock (Civil Code art. 188, 189, 195) at its boundary dates."""

from datetime import date, timedelta

import pytest

from desktop.models.enums import CollectionStep
from desktop.services.contracts.limitation import (
    Acknowledgements,
    Level,
    LimitationPolicy,
    Restart,
    limitation_clock,
)

POLICY = LimitationPolicy(3, (90, 30))
DUE = date(2026, 3, 15)
NONE = Acknowledgements()


def clock(today: date, acks: Acknowledgements = NONE, due: date | None = DUE, policy=POLICY):
    return limitation_clock(due, acks, today, policy)


def test_three_years_from_the_due_date_the_last_protected_day_is_the_corresponding_day():
    result = clock(date(2026, 11, 23))
    assert result.expires_on == date(2029, 3, 15)
    assert result.runs_from == DUE and result.restart is Restart.DUE
    assert result.level is Level.RUNNING


@pytest.mark.parametrize(
    ("today", "level", "days_left"),
    [
        (date(2028, 12, 14), Level.RUNNING, 91),
        (date(2028, 12, 15), Level.WARNING, 90),
        (date(2029, 2, 12), Level.WARNING, 31),
        (date(2029, 2, 13), Level.URGENT, 30),
        (date(2029, 3, 15), Level.URGENT, 0),
        (date(2029, 3, 16), Level.EXPIRED, -1),
    ],
)
def test_warnings_90_and_30_days_before_and_expiry_the_day_after(today, level, days_left):
    result = clock(today)
    assert (result.level, result.days_left) == (level, days_left)


def test_warning_days_are_a_setting():
    policy = LimitationPolicy.of(3, [60, 10, 60], False)
    assert policy.warn_days == (60, 10)
    assert clock(date(2029, 1, 13), policy=policy).level is Level.RUNNING  # 61 days left
    assert clock(date(2029, 1, 14), policy=policy).level is Level.WARNING
    assert clock(date(2029, 3, 5), policy=policy).level is Level.URGENT


def test_the_period_length_is_a_setting():
    assert clock(date(2026, 11, 23), policy=LimitationPolicy(2, (90, 30))).expires_on == date(
        2028, 3, 15
    )


@pytest.mark.parametrize(
    ("acks", "restart"),
    [
        (Acknowledgements(payment_on=date(2027, 6, 1)), Restart.PAYMENT),
        (
            Acknowledgements(step_on=date(2027, 6, 1), step=CollectionStep.RECONCILIATION_LETTER),
            Restart.ACKNOWLEDGED_STEP,
        ),
        (
            Acknowledgements(step_on=date(2027, 6, 1), step=CollectionStep.DUNNING_LETTER),
            Restart.ACKNOWLEDGED_STEP,
        ),
        (Acknowledgements(acceptance_on=date(2027, 6, 1)), Restart.ACCEPTANCE),
    ],
)
def test_each_kind_of_acknowledgement_restarts_the_clock(acks, restart):
    result = clock(date(2027, 7, 1), acks)
    assert result.restart is restart
    assert result.runs_from == date(2027, 6, 1)
    assert result.expires_on == date(2030, 6, 1)
    if restart is Restart.ACKNOWLEDGED_STEP:
        assert result.step is acks.step


def test_the_latest_acknowledgement_wins():
    acks = Acknowledgements(
        payment_on=date(2027, 1, 5),
        step_on=date(2027, 9, 1),
        step=CollectionStep.DUNNING_LETTER,
        acceptance_on=date(2027, 4, 1),
    )
    result = clock(date(2027, 10, 1), acks)
    assert (result.restart, result.runs_from) == (Restart.ACKNOWLEDGED_STEP, date(2027, 9, 1))


def test_acknowledgements_before_the_due_date_or_after_today_do_not_count():
    early = Acknowledgements(payment_on=DUE - timedelta(days=1), acceptance_on=date(2025, 1, 1))
    assert clock(date(2026, 11, 23), early).runs_from == DUE
    later = Acknowledgements(payment_on=date(2027, 1, 1))
    assert clock(date(2026, 12, 31), later).runs_from == DUE
    assert clock(date(2027, 1, 1), later).runs_from == date(2027, 1, 1)


def test_an_acknowledgement_on_the_due_date_changes_nothing():
    result = clock(date(2026, 11, 23), Acknowledgements(payment_on=DUE))
    assert (result.restart, result.expires_on) == (Restart.DUE, date(2029, 3, 15))


def test_litigation_interrupts_until_the_proceedings_end():
    result = clock(date(2027, 1, 10), Acknowledgements(litigation_on=date(2027, 1, 5)))
    assert result.level is Level.INTERRUPTED
    assert result.expires_on is None and result.litigation_on == date(2027, 1, 5)
    # Filed in the future (a planned step): not yet.
    assert clock(date(2027, 1, 4), Acknowledgements(litigation_on=date(2027, 1, 5))).level is (
        Level.RUNNING
    )


def test_no_due_date_no_clock():
    result = clock(date(2026, 11, 23), due=None)
    assert result.level is Level.NOT_STARTED and result.expires_on is None
    assert clock(DUE - timedelta(days=1)).level is Level.NOT_STARTED
    assert clock(DUE).level is Level.RUNNING


def test_twenty_years_from_the_harm_at_the_most():
    acks = Acknowledgements(payment_on=date(2044, 1, 1))
    result = clock(date(2044, 6, 1), acks)
    assert result.expires_on == date(2046, 3, 15)  # not 2047-01-01


def test_29_february_due_date_expires_on_28_february():
    result = clock(date(2024, 3, 1), due=date(2024, 2, 29))
    assert result.expires_on == date(2027, 2, 28)


@pytest.mark.parametrize(
    ("due", "expires"),
    [
        # Two years under the old rule ended on 30 Sep 2017: the claim stayed barred.
        (date(2015, 9, 30), date(2017, 9, 30)),
        # Still running on 1 Oct 2017: the new three-year period applies.
        (date(2015, 10, 1), date(2018, 10, 1)),
    ],
)
def test_claims_barred_before_1_october_2017_stay_barred(due, expires):
    assert clock(date(2017, 6, 1), due=due).expires_on == expires
