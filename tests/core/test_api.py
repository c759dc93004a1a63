import json

import httpx
import pytest

from mureka_desktop.core.api import client as api

TOKEN = "user:777-SecretToken123"
BASE = "https://api.useapi.net/v1/mureka"


def make_client(handler) -> tuple[api.MurekaClient, httpx.AsyncClient]:
    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    return api.MurekaClient(http, BASE, TOKEN), http


def answer(status: int, body: object = None, text: str | None = None, headers=None):
    def handler(request: httpx.Request) -> httpx.Response:
        if text is not None:
            return httpx.Response(status, text=text, headers=headers)
        return httpx.Response(status, json=body, headers=headers)
    return handler


async def test_success_sends_token_and_song_id_as_given():
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"video_url": "https://cdn/x.mp4",
                                         "video_cover_url": "https://cdn/x.png",
                                         "video_id": 112233445566})

    client, http = make_client(handler)
    video = await client.generate_video("12345")
    await client.generate_video("user:1-mureka:2-song:3")
    assert video == api.GeneratedVideo("https://cdn/x.mp4", "https://cdn/x.png", "112233445566")
    assert seen[0].headers["authorization"] == f"Bearer {TOKEN}"
    assert json.loads(seen[0].content) == {"song_id": 12345}
    assert json.loads(seen[1].content) == {"song_id": "user:1-mureka:2-song:3"}
    assert seen[0].url.path == "/v1/mureka/music/video-generate"
    await http.aclose()


@pytest.mark.parametrize(("status", "body", "error", "attrs"), [
    (429, {"code": 9008, "msg": "Too frequently, please try again later."}, api.RateLimited, {}),
    (429, {"error": "Generate multiple task exceed limit. (6323)"}, api.SlotsBusy, {}),
    (400, {"error": "Song made with V9.5", "code": 400}, api.InvalidSong,
     {"message": "Song made with V9.5"}),
    (401, {"error": "Wrong username/password combination.", "code": 401}, api.AuthError, {}),
    (402, {"error": "Account has no subscription or subscription expired"}, api.BillingError, {}),
    (412, {"error": "Not enough credits", "code": 412}, api.BillingError, {}),
    (596, {"error": "Session refresh failed, manual update required", "code": "REFRESH_FAILED"},
     api.AccountStateError, {"code": "REFRESH_FAILED", "retry_shortly": False}),
    (596, {"error": "refreshing", "code": "REFRESH_IN_PROGRESS"}, api.AccountStateError,
     {"retry_shortly": True}),
    (500, {"error": "boom"}, api.TransientError, {"maybe_started": True}),
    (503, {"error": "busy"}, api.TransientError, {"status": 503}),
])
async def test_every_documented_answer_maps_to_a_type(status, body, error, attrs):
    client, http = make_client(answer(status, body))
    with pytest.raises(error) as info:
        await client.generate_video("1")
    for name, value in attrs.items():
        assert getattr(info.value, name) == value
    await http.aclose()


async def test_retry_after_is_honoured_when_sent():
    client, http = make_client(answer(429, {"code": 9008, "msg": "Too frequently"},
                                      headers={"Retry-After": "7"}))
    with pytest.raises(api.RateLimited) as info:
        await client.generate_video("1")
    assert info.value.retry_after == 7.0
    await http.aclose()


@pytest.mark.parametrize(("status", "text"), [(502, "<html>Bad Gateway</html>"), (200, "OK"),
                                              (200, ""), (418, "teapot")])
async def test_garbage_bodies_are_transient(status, text):
    client, http = make_client(answer(status, text=text))
    with pytest.raises(api.TransientError) as info:
        await client.generate_video("1")
    assert str(status) in info.value.message
    await http.aclose()


async def test_200_without_video_fields_is_transient():
    client, http = make_client(answer(200, {"video_url": "https://x"}))
    with pytest.raises(api.TransientError):
        await client.generate_video("1")
    await http.aclose()


async def test_connection_errors_say_whether_the_call_may_have_started():
    def refuse(request):
        raise httpx.ConnectError("refused", request=request)

    def reset(request):
        raise httpx.ReadError("reset", request=request)

    client, http = make_client(refuse)
    with pytest.raises(api.TransientError) as info:
        await client.generate_video("1")
    assert info.value.maybe_started is False
    client, http2 = make_client(reset)
    with pytest.raises(api.TransientError) as info:
        await client.generate_video("1")
    assert info.value.maybe_started is True
    assert TOKEN not in info.value.message
    await http.aclose()
    await http2.aclose()


async def test_token_goes_to_the_api_host_only():
    seen: dict[str, str | None] = {}

    def handler(request: httpx.Request) -> httpx.Response:
        seen[request.url.host] = request.headers.get("authorization")
        return httpx.Response(200, json={})

    client, http = make_client(handler)
    auth = api.HostBoundAuth(TOKEN, "api.useapi.net")
    await http.get("https://cdn.mureka.ai/v.mp4", auth=auth)
    await http.get("https://api.useapi.net.evil.example/v1", auth=auth)
    await http.get(BASE + "/accounts", auth=auth)
    assert seen == {"cdn.mureka.ai": None, "api.useapi.net.evil.example": None,
                    "api.useapi.net": f"Bearer {TOKEN}"}
    assert TOKEN not in repr(auth)
    await http.aclose()


async def test_song_lookup_with_and_without_video():
    song = {"song_id": "u", "title": "T", "version": "V9.5", "duration_milliseconds": 1000,
            "video": {"video_url": "https://a/v.mp4", "video_cover_url": "https://a/c.png",
                      "video_id": 9}}
    client, http = make_client(answer(200, {"song": song, "user": {}, "feed_id": 1}))
    info = await client.get_song("u")
    assert info.video == api.GeneratedVideo("https://a/v.mp4", "https://a/c.png", "9")
    assert info.refuses_video
    await http.aclose()
    client, http = make_client(answer(400, {"error": "The song has been deleted"}))
    with pytest.raises(api.InvalidSong, match="deleted"):
        await client.get_song("u")
    await http.aclose()


@pytest.mark.parametrize(("version", "refused"), [("V9.5", True), ("mureka-9.5", True),
                                                  ("V9", False), ("V7.5", False),
                                                  ("O2", False), (None, False)])
def test_models_without_video(version, refused):
    assert api.SongInfo("1", None, version, None, None).refuses_video is refused


async def test_accounts_and_listing():
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/accounts"):
            return httpx.Response(200, json={"42": {"account": "42", "updated": "x",
                                                    "tokenIssuedDaysAgo": 2,
                                                    "hasAutoRefresh": True,
                                                    "error": "COOKIE_EXPIRED"}})
        assert request.url.params.get("last_id") == "5"
        return httpx.Response(200, json={"list": [{"feed_id": 1, "songs": [
            {"song_id": "a", "title": "A"}, {"song_id": "b"}]}], "last_id": "b", "more": True})

    client, http = make_client(handler)
    [health] = await client.accounts()
    assert health.error == "COOKIE_EXPIRED" and health.token_issued_days_ago == 2
    page = await client.list_songs(last_id="5")
    assert [s.song_id for s in page.songs] == ["a", "b"] and page.more and page.last_id == "b"
    await http.aclose()


@pytest.mark.parametrize(("header", "expected"), [
    ("7", 7.0), ("999999", api.MAX_RETRY_AFTER), ("inf", api.MAX_RETRY_AFTER),
    ("-5", 0.0), ("nan", None), ("soon", None), ("", None),
    ("Wed, 21 Oct 2026 07:28:30 GMT", 30.0),  # against the answer's Date header
    ("Wed, 21 Oct 2026 07:20:00 GMT", 0.0), ("Wed, 21 Oct 2099 07:28:00 GMT", 600.0),
])
async def test_retry_after_is_parsed_defensively_and_capped(header, expected):
    client, http = make_client(answer(429, {"code": 9008, "msg": "Too frequently"},
                                      headers={"Retry-After": header,
                                               "Date": "Wed, 21 Oct 2026 07:28:00 GMT"}))
    with pytest.raises(api.RateLimited) as info:
        await client.generate_video("1")
    assert info.value.retry_after == expected
    await http.aclose()


@pytest.mark.parametrize("body", [{"video_url": "https://x"}, ["not", "an", "object"], None])
async def test_a_200_that_cannot_be_read_says_the_server_generated(body):
    handler = answer(200, text="OK<!doctype html>") if body is None else answer(200, body)
    client, http = make_client(handler)
    with pytest.raises(api.UnreadableSuccess) as info:
        await client.generate_video("1")
    assert info.value.status == 200 and info.value.maybe_started
    await http.aclose()


async def test_unreachable_host_is_its_own_error_and_probe_tells_it_apart():
    def refuse(request):
        raise httpx.ConnectError("refused", request=request)

    client, http = make_client(refuse)
    with pytest.raises(api.Unreachable):
        await client.get_song("1")
    with pytest.raises(api.Unreachable):
        await client.probe()
    await http.aclose()
    client, http = make_client(answer(404, {"error": "No accounts configured"}))
    await client.probe()  # any answer: the host is there
    await http.aclose()


async def test_a_lookup_with_nan_or_infinite_duration_is_read():
    text = ('{"song": {"song_id": "1", "title": "T", "version": "V8", '
            '"duration_milliseconds": NaN}}')
    client, http = make_client(answer(200, text=text))
    info = await client.get_song("1")
    assert info.duration_ms is None and info.title == "T"
    await http.aclose()
    client, http = make_client(answer(200, text=text.replace("NaN", "Infinity")))
    assert (await client.get_song("1")).duration_ms is None
    await http.aclose()


async def test_no_connection_is_said_in_plain_words_not_an_exception_name():
    import socket

    with socket.socket() as s:  # a loopback port nobody listens on: a real refusal
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    http = httpx.AsyncClient()
    client = api.MurekaClient(http, f"http://127.0.0.1:{port}/v1/mureka", TOKEN)
    with pytest.raises(api.Unreachable) as info:
        await client.accounts()
    await http.aclose()
    assert "Error" not in info.value.message  # no "ConnectError"
    assert info.value.message == ("Cannot reach the API: nothing answers at 127.0.0.1; "
                                  "check the network connection and the API address")
