from lib import *
from setup_consts import *
import base64
st = json.load(open("./state.json"))
def browser_login(user, pw, next_=None):
    s = requests.Session()
    req("GET /login", "GET", "/login", session=s)
    data = {"username":user, "password":pw}
    if next_: data["next"] = next_
    r = req(f"form login {user}", "POST", "/j_security_check", session=s, headers={"Content-Type":"application/x-www-form-urlencoded","Origin":BASE}, data="&".join(f"{k}={requests.utils.quote(v)}" for k,v in data.items()))
    print("   login ->", r.status_code, r.headers.get("Location"), [c.name for c in s.cookies])
    return s, r
# login CSRF
req("j_security_check no csrf cookie", "POST", "/j_security_check", headers={"Content-Type":"application/x-www-form-urlencoded"}, data="username=learn1&password="+PW, expect=[403])
req("j_security_check evil origin", "POST", "/j_security_check", headers={"Content-Type":"application/x-www-form-urlencoded","Cookie":"quiz-csrf=abc","Origin":"http://evil.example"}, data="username=learn1&password="+PW, expect=[403])
req("j_security_check origin suffix trick", "POST", "/j_security_check", headers={"Content-Type":"application/x-www-form-urlencoded","Cookie":"quiz-csrf=abc","Origin":"http://evil.example/x://127.0.0.1:18600"}, data="username=learn1&password="+PW, expect=[403])
req("j_security_check null origin", "POST", "/j_security_check", headers={"Content-Type":"application/x-www-form-urlencoded","Cookie":"quiz-csrf=abc","Origin":"null"}, data="username=learn1&password="+PW, expect=[403])
# open redirect via next
for nxt in ["https://evil.example", "//evil.example", "/\\evil.example", "/%2F%2Fevil.example", "/%5Cevil.example", "/\t/evil.example", "/.//evil.example", "/%09/evil.example","/ /evil.example", "/x/../..//evil.example", "/;//evil.example", "/@evil.example", "/\u3002evil"]:
    s, r = browser_login("learn1", PW, nxt)
    loc = r.headers.get("Location","")
    bad = "evil" in loc and not loc.startswith("/") or loc.startswith("//") or loc.startswith("/\\")
    print("   next=%r -> Location %r %s" % (nxt, loc, "OPEN REDIRECT?" if bad else ""))
r = req("login page reflects next", "GET", "/login?next=%2Fdashboard%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E")
print("   reflected raw?", '"><script>' in r.text)
r = req("signup page next", "GET", "/signup?next=/x%22onmouseover%3D%22alert(1)")
print("   reflected raw?", '"onmouseover="' in r.text)
# session revocation
s, r = browser_login("learn1", PW)
sess_cookies = {c.name: c.value for c in s.cookies}
print("   cookies:", {k: v[:30] for k,v in sess_cookies.items()})
r = req("dashboard with session", "GET", "/dashboard", session=s); print("   dash", r.status_code, r.headers.get("Cache-Control"))
# replay without mark
h = {"Cookie": "quiz-session=" + sess_cookies.get("quiz-session","")}
req("session without mark", "GET", "/dashboard", headers=h, expect=[302,303,401])
# forged mark: mark of learn1 with other username payload
mark = sess_cookies.get("quiz-signed-in","")
payload, sig = mark.rsplit(".",1)
forged = base64.urlsafe_b64encode(b"learn2\n9999999999999").decode().rstrip("=") + "." + sig
req("forged mark", "GET", "/dashboard", headers={"Cookie": "quiz-session=%s; quiz-signed-in=%s" % (sess_cookies["quiz-session"], forged)}, expect=[302,303,401])
# session cookie on API?
req("session cookie on API me", "GET", "/api/v1/me", headers={"Cookie":"quiz-session=%s; quiz-signed-in=%s" % (sess_cookies["quiz-session"], mark)}, expect=[401])
req("session cookie on API progress", "GET", "/api/v1/me/progress", headers={"Cookie":"quiz-session=%s; quiz-signed-in=%s" % (sess_cookies["quiz-session"], mark)}, expect=[401,200])
# logout then replay
csrf = s.cookies.get("quiz-csrf")
r = req("logout without csrf token", "POST", "/logout", session=s, headers={"Content-Type":"application/x-www-form-urlencoded"}, data="", expect=[400,403])
r = req("logout", "POST", "/logout", session=s, headers={"Content-Type":"application/x-www-form-urlencoded"}, data="csrf="+(csrf or ""))
req("replay after logout", "GET", "/dashboard", headers={"Cookie":"quiz-session=%s; quiz-signed-in=%s" % (sess_cookies["quiz-session"], mark)}, expect=[302,303,401])
# basic edge cases
for name, hv in [("basic no colon", "Basic " + base64.b64encode(b"learn1").decode()), ("basic empty", "Basic "), ("basic garbage", "Basic !!!"),
                 ("basic huge", "Basic " + base64.b64encode(b"a"*20000+b":b").decode()), ("basic utf8 user", "Basic " + base64.b64encode("lêarn:x".encode()).decode()),
                 ("basic lowercase scheme", "basic " + base64.b64encode(("learn1:"+PW).encode()).decode()),
                 ("basic NUL user", "Basic " + base64.b64encode(b"learn1\x00:"+PW.encode()).decode()),
                 ("basic username w/ spaces", "Basic " + base64.b64encode((" learn1 :"+PW).encode()).decode()),
                 ("basic uppercase username", "Basic " + base64.b64encode(("LEARN1:"+PW).encode()).decode()),
                 ("bearer", "Bearer abc")]:
    req(name, "GET", "/api/v1/me", headers={"Authorization": hv})
# throttle per username: wrong password 7 times with rotating XFF
for i in range(8):
    req(f"throttle try {i}", "GET", "/api/v1/me", auth=("teach2","wrong-password-x"), headers={"X-Forwarded-For":"10.0.0.%d"%i}, quiet=True)
r = req("throttle: correct pw after 8 rotated fails", "GET", "/api/v1/me", auth=T2, headers={"X-Forwarded-For":"10.0.0.99"})
print("   note: status", r.status_code)
dump("./log-auth.json")
