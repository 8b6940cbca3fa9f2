from lib import *
from setup_consts import *
st = json.load(open("./state.json"))
C = st["C1"]["id"]
r = req("T1 roster", "POST", f"/api/v1/classes/{C}/roster", auth=T1, headers={"Content-Type":"text/csv"}, data="Họ và tên\nTrần Thị Bích\n")
e = j(r); print(json.dumps(e, ensure_ascii=False)[:400])
acc = e["created"][0]; user, otp = acc.get("username"), acc.get("password") or acc.get("oneTimePassword")
st["otp"] = [user, otp]
def form_login(u, p):
    s = requests.Session(); s.get(BASE+"/login")
    r = s.post(BASE+"/j_security_check", data={"username":u,"password":p}, headers={"Origin":BASE}, allow_redirects=False)
    return s, r
s1, r = form_login(user, otp); print("first form sign-in:", r.status_code, r.headers.get("Location"))
r = s1.get(BASE+"/dashboard", allow_redirects=False); print("dashboard ->", r.status_code, r.headers.get("Location"))
s2, r = form_login(user, otp); print("second form sign-in with OTP:", r.status_code, r.headers.get("Location"))
r = s2.get(BASE+"/dashboard", allow_redirects=False); print("dashboard ->", r.status_code, r.headers.get("Location"))
for i in range(3):
    req(f"OTP via Basic on API #{i}", "GET", "/api/v1/me/progress", auth=(user, otp))
req("OTP via Basic on page /dashboard", "GET", "/dashboard", auth=(user, otp))
req("OTP via Basic on page /quiz start", "GET", "/", auth=(user, otp))
r = req("OTP learner starts attempt via API", "POST", "/api/v1/attempts", auth=(user, otp), json_body={"topic":"nine-tasks","size":3})
json.dump(st, open("./state.json","w"), indent=1, ensure_ascii=False)
dump("./log-otp.json")
