from lib import *
from setup_consts import *
st = json.load(open("./state.json"))
# Reproduce with HTTP Basic credentials (as a browser re-sends cached ones) and a foreign Origin, no body, no Content-Type
C = st["C1"]["id"]
req("L1 rejoins C1", "POST", "/api/v1/me/classes/join", auth=L1a, json_body={"code": st["C1"]["joinCode"]})
A = j(req("T1 assignment to delete", "POST", f"/api/v1/classes/{C}/assignments", auth=T1, json_body={"title":"victim","topic":"nine-tasks","size":5,"closesAt":"2030-06-01T17:00:00+07:00"}))
g = j(req("T1 game to end", "POST", "/api/v1/games", auth=T1, json_body={"topic":"three-pillars","size":3}))
EV = {"Origin":"http://evil.example", "Referer":"http://evil.example/x", "Sec-Fetch-Site":"cross-site", "Sec-Fetch-Mode":"no-cors"}
req("CSRF: end game, Basic, no Content-Type", "POST", f"/host/{g['id']}/end", auth=T1, headers=EV, expect=[403])
req("CSRF: delete assignment, Basic, no CT", "POST", f"/teach/classes/{C}/assignments/{A['id']}/delete", auth=T1, headers=EV, expect=[403])
req("CSRF: remove member, Basic, text/plain", "POST", f"/teach/classes/{C}/members/{st['L1']['id']}/remove", auth=T1, headers=dict(EV, **{"Content-Type":"text/plain"}), data="x", expect=[403])
print("game:", j(req("check game", "GET", f"/api/v1/games/{g['id']}", auth=T1))["state"])
req("check assignment gone", "GET", f"/api/v1/classes/{C}/assignments/{A['id']}", auth=T1)
r = req("check members", "GET", f"/api/v1/classes/{C}/members", auth=T1); print("members:", r.text[:200])
# Control: with form content type and no token -> refused
req("control: form CT no token", "POST", f"/host/{g['id']}/start", auth=T1, headers=dict(EV, **{"Content-Type":"application/x-www-form-urlencoded"}), data="", expect=[400,403])
req("L1 rejoins C1 again", "POST", "/api/v1/me/classes/join", auth=L1a, json_body={"code": st["C1"]["joinCode"]})
dump("./log-csrf2.json")
