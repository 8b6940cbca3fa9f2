from lib import *
from setup_consts import *
st=json.load(open("state.json"))
# game: answer after the question's time ran out, host not yet moved on
g = j(req("T1 game 5s", "POST", "/api/v1/games", auth=T1, json_body={"topic":"three-pillars","size":2,"secondsPerQuestion":5}))
p = j(req("P join", "POST", f"/api/v1/play/{g['pin']}/players", json_body={"nickname":"Late Larry"}))
req("start", "POST", f"/api/v1/games/{g['id']}/start", auth=T1, json_body={})
cur = j(req("current", "GET", f"/api/v1/play/{g['pin']}/current", headers={"X-Player-Token":p["playerToken"]}))
time.sleep(6)
r = req("answer after time ran out", "PUT", f"/api/v1/play/{g['pin']}/answers/1", headers={"X-Player-Token":p["playerToken"]}, json_body={"optionIds":[cur["question"]["options"][0]["id"]]}, expect=[409])
req("removed player still answers?", "DELETE", f"/api/v1/games/{g['id']}/players/{p['playerId']}", auth=T1, expect=[204,200])
req("removed player current", "GET", f"/api/v1/play/{g['pin']}/current", headers={"X-Player-Token":p["playerToken"]}, expect=[401,404,409])
req("rejoin same nickname after removal", "POST", f"/api/v1/play/{g['pin']}/players", json_body={"nickname":"Late Larry"}, expect=[201,409])
req("end", "POST", f"/api/v1/games/{g['id']}/end", auth=T1, json_body={})
req("join ended game", "POST", f"/api/v1/play/{g['pin']}/players", json_body={"nickname":"After End"}, expect=[409,404])
# password change brute force (learner holding a session tries current passwords)
for i in range(12):
    req(f"me/password wrong current #{i}", "PUT", "/api/v1/me/password", auth=L2a, json_body={"currentPassword":"guess-%d-xxxxxxxx" % i, "newPassword":"Another-passphrase-77"}, quiet=True)
r = req("me/password 13th wrong current", "PUT", "/api/v1/me/password", auth=L2a, json_body={"currentPassword":"guess-13-xxxxxxxx", "newPassword":"Another-passphrase-77"}, expect=[429])
# signup via form: display name / username edge cases
s = requests.Session(); s.get(BASE+"/signup"); csrf = s.cookies.get("quiz-csrf")
for u, d in [("ab", "x"), ("a"*65, "x"), ("admin", "x"), ("Admin", "x"), ("user<script>", "x"), ("newuser1", "\u202eevil"), ("newuser2", "a"*101), ("newuser3", "Zalgo\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301")]:
    req(f"signup {u[:20]!r} {d[:12]!r}", "POST", "/signup", session=s, headers={"Content-Type":"application/x-www-form-urlencoded"}, data=f"csrf={csrf}&username={requests.utils.quote(u)}&password=Red-team-passphrase-1234&displayName={requests.utils.quote(d)}", expect=[400,429])
# form field limits
req("form 1001 fields", "POST", "/signup", session=s, headers={"Content-Type":"application/x-www-form-urlencoded"}, data="&".join(f"f{i}=1" for i in range(1001)) + f"&csrf={csrf}", expect=[413,400])
req("form field 17KB", "POST", "/signup", session=s, headers={"Content-Type":"application/x-www-form-urlencoded"}, data=f"csrf={csrf}&username=" + "a"*17000, expect=[413,400])
req("multipart to signup no token big", "POST", "/signup", session=s, headers={"Content-Type":"multipart/form-data; boundary=B"}, data="--B\r\nContent-Disposition: form-data; name=\"username\"\r\n\r\n" + "a"*900000 + "\r\n--B--\r\n", expect=[413,400,403])
dump("./log-misc.json")
