"""Session 50: whether a job is still offered, asked beside a decline told ("職缺越來越少",
"or is it all AI now"), asks about the job's future, not who is hiring; with a city named it
still asks that city's market."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "q, job",
    [
        (
            "are companies still hiring brand managers, feels like openings keep shrinking",
            "brand_manager",
        ),
        ("is anyone hiring PR people anymore or is it all AI now", "pr_dept"),
        ("还有公司在招新媒体运营吗 感觉岗位越来越少了", "new_media_ops"),
        ("請問還有人在徵品牌經理嗎 還是都被砍光了", "brand_manager"),
        ("品牌部是不是每次裁员都第一批", "brand_dept"),
    ],
)
def test_openings_told_as_shrinking_ask_the_future(engine, q, job):
    a = engine.answer(q)
    assert (a.kind, a.topic, a.aspect) == ("role", job, "prospects")
    assert "prospects" in a.gaps
    assert "future" in a.lead or "前景" in a.lead


def test_a_decline_told_of_a_city_asks_its_market(engine):
    a = engine.answer("上海还有公司在招新媒体运营吗 感觉岗位越来越少了")
    assert (a.topic, a.aspect) == ("new_media_ops", "market")
    assert "行情" in a.lead


def test_still_hiring_with_no_decline_asks_the_market(engine):
    a = engine.answer("快消行业现在还招品牌经理吗")
    assert (a.topic, a.aspect) == ("brand_manager", "market")


@pytest.mark.parametrize(
    "q, goal",
    [
        (
            "I'm a 导购 at an Oppo store, I explain phone features to customers all day. could I "
            "move into new media operations?",
            "new_media_ops",
        ),
        (
            "I'm a 导购 at a Huawei store, selling phones face to face all day. Could I become a "
            "new media person for a brand?",
            "new_media_dept",
        ),
    ],
)
def test_a_shop_assistant_said_as_im_a_starts_outside(engine, q, goal):
    # ("I'm a" read where the work told after it would have named a team of ours)
    a = engine.answer(q)
    assert (a.kind, a.from_id, a.to_id) == ("transition", None, goal)
    assert "导购" in a.lead or "shop assistant" in a.lead
