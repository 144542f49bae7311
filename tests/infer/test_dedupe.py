"""One model per kind of object: identical, near-identical, and summary/detail shapes."""

from __future__ import annotations

from generator.infer.dedupe import JACCARD, Occurrence, cluster
from generator.infer.shapes import shape_of
from tests.infer.helpers import annotation, endpoint, field, infer, response_annotation

DEVICE = {"id": "d1", "name": "n", "workspaceId": "w", "tags": [{"id": "t", "name": "x"}]}


def test_identical_shapes_across_endpoints_are_one_model() -> None:
    api = infer(
        endpoint("GET", "/devices/{id}", "Get device", responses=[(200, DEVICE)]),
        endpoint(
            "POST", "/devices", "Create device", body={"name": "n"}, responses=[(200, DEVICE)]
        ),
        endpoint("GET", "/devices", "List devices", responses=[(200, [DEVICE, DEVICE])]),
        endpoint(
            "GET", "/owners/{id}", "Get owner", responses=[(200, {"tag": {"id": "t", "name": "y"}})]
        ),
    )
    assert response_annotation(api, "GET /devices/{id}") == "Device"
    assert response_annotation(api, "POST /devices") == "Device"
    assert response_annotation(api, "GET /devices") == "list[Device]"
    # The tag objects of devices and owners are the same model too.
    assert annotation(api.model("Device"), "tags") == "list[Tag]"
    assert annotation(api.model("Owner"), "tag") == "Tag"
    assert sorted(api.model("Device").used_by) == [
        "GET /devices",
        "GET /devices/{id}",
        "POST /devices",
    ]


def test_near_identical_shapes_merge_with_optional_fields() -> None:
    keys = [f"k{i}" for i in range(9)]
    full = dict.fromkeys([*keys, "extra"], "v")  # 10 keys
    partial = dict.fromkeys(keys, "v")  # 9 of them: Jaccard 0.9
    api = infer(
        endpoint("GET", "/a/{id}", "Get alpha", responses=[(200, {"a": 1, "part": full})]),
        endpoint("GET", "/b/{id}", "Get beta", responses=[(200, {"b": 1, "part": partial})]),
    )
    assert annotation(api.model("Alpha"), "part") == annotation(api.model("Beta"), "part") == "Part"
    item = api.model("Part")
    assert not field(item, "extra").required
    assert field(item, "k0").required


def test_shapes_below_the_threshold_stay_apart() -> None:
    a = dict.fromkeys(["p", "q", "r", "s"], 1)
    b = dict.fromkeys(["p", "q", "r", "t"], 1)  # Jaccard 3/5 = 0.6
    api = infer(
        endpoint("GET", "/a/{id}", "Get alpha", responses=[(200, {"a": 1, "item": a})]),
        endpoint("GET", "/b/{id}", "Get beta", responses=[(200, {"b": 1, "item": b})]),
    )
    assert annotation(api.model("Alpha"), "item") != annotation(api.model("Beta"), "item")


def test_conflicting_field_kinds_are_never_merged() -> None:
    api = infer(
        endpoint("GET", "/a/{id}", "Get alpha", responses=[(200, {"a": {"id": "1", "n": 1}})]),
        endpoint("GET", "/b/{id}", "Get beta", responses=[(200, {"b": {"id": 1, "n": 1}})]),
        endpoint("GET", "/c/{id}", "Get gamma", responses=[(200, {"c": {"id": None, "n": 1}})]),
    )
    alpha = annotation(api.model("Alpha"), "a")
    assert alpha != annotation(api.model("Beta"), "b")
    # null carries no kind: it joins the first compatible shape.
    assert alpha == annotation(api.model("Gamma"), "c")


def test_summary_and_detail_of_one_entity_are_one_model() -> None:
    detail = {**DEVICE, "created": "2022-01-01T00:00:00Z", "online": True, "version": 3}
    summary = {"id": "d1", "name": "n", "workspaceId": "w", "tags": []}
    api = infer(
        endpoint("GET", "/devices", "List devices", responses=[(200, [summary])]),
        endpoint("GET", "/devices/{id}", "Get device", responses=[(200, detail)]),
    )
    assert response_annotation(api, "GET /devices") == "list[Device]"
    assert response_annotation(api, "GET /devices/{id}") == "Device"
    device = api.model("Device")
    assert field(device, "id").required
    assert not field(device, "created").required


def test_requests_and_responses_are_grouped_apart() -> None:
    shape = {"id": "1", "name": "n"}
    api = infer(endpoint("POST", "/tags", "Create tag", body=shape, responses=[(201, shape)]))
    assert {m.name for m in api.models} == {"CreateTagRequest", "Tag"}
    assert field(api.model("Tag"), "id").required
    assert not field(api.model("CreateTagRequest"), "id").required


def test_clustering_is_near_linear_on_many_distinct_shapes() -> None:
    """5,000 distinct 10-key shapes sharing common keys: prefix filtering keeps the
    candidate pairs few, so this finishes quickly and merges nothing wrongly."""
    occurrences = []
    for i in range(5000):
        keys = ["id", "name", "created", *[f"f{i}_{j}" for j in range(7)]]
        occurrences.append(Occurrence(shape_of([dict.fromkeys(keys, 1)]), "response"))
    groups = cluster(occurrences)
    assert len(set(groups)) == 5000
    assert JACCARD == 0.8
