from lib import *
from setup_consts import *
s = requests.Session(); s.get(BASE+"/login"); s.post(BASE+"/j_security_check", data={"username":"learn2","password":PW}, headers={"Origin":BASE}, allow_redirects=False)
s.get(BASE+"/account/password")
codes=[]
t0=time.time()
for i in range(30):
    r = req(f"page /account/password wrong current #{i}", "POST", "/account/password", session=s, headers={"Content-Type":"application/x-www-form-urlencoded"}, data=f"csrf={s.cookies.get('quiz-csrf')}&currentPassword=guess-{i}-xxxxxxxx&newPassword=Another-passphrase-77", quiet=True)
    codes.append(r.status_code)
print("30 wrong current-password guesses via session page:", codes, "in %.1fs" % (time.time()-t0))
r = req("correct current password after 30 wrong (session page)", "POST", "/account/password", session=s, headers={"Content-Type":"application/x-www-form-urlencoded"}, data=f"csrf={s.cookies.get('quiz-csrf')}&currentPassword={PW}&newPassword=Red-team-passphrase-9932")
print(r.status_code, r.headers.get("Location"))
# and back
r = req("change back via API", "PUT", "/api/v1/me/password", auth=("learn2","Red-team-passphrase-9932"), json_body={"currentPassword":"Red-team-passphrase-9932","newPassword":PW})
dump("./log-pwpage.json")
