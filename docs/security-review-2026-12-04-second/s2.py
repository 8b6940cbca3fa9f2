from br import *
import requests, re
PW="Red-team-passphrase-9931"; NEW="Brand-new-passphrase-5521"
def who(sess):
    r=sess.get(B+"/dashboard",allow_redirects=False)
    m=re.search(r'Đăng xuất \(([^)]*)\)',r.text); return r.status_code, m.group(1) if m else None
# use roster learner annv with otp? Use teach2-created learner: create fresh learner
r=requests.post(B+"/api/v1/accounts",auth=("teach2",PW),json={"username":"learn3","password":PW,"role":"learner","displayName":"L3"}); print(r.status_code)
print("basic warm", requests.get(B+"/api/v1/me",auth=("learn3",PW)).status_code)
a=login("learn3",PW); b=login("learn3",PW)
print(who(a),who(b))
r=a.post(B+"/account/password",data={"csrf":csrf(a),"currentPassword":PW,"newPassword":NEW},allow_redirects=False); print("change", r.status_code, r.headers.get("Location"))
print("A after", who(a), "B after", who(b))
print("basic old", requests.get(B+"/api/v1/me",auth=("learn3",PW)).status_code, "basic new", requests.get(B+"/api/v1/me",auth=("learn3",NEW)).status_code)
# teacher reset
c=login("learn3",NEW)
r=requests.put(B+"/api/v1/accounts/%d/password"%requests.get(B+"/api/v1/me",auth=("learn3",NEW)).json()["id"],auth=("teach2",PW),json={"password":PW}); print("reset", r.status_code, r.text[:200])
print("C after reset", who(c))
print("basic old after reset", requests.get(B+"/api/v1/me",auth=("learn3",NEW)).status_code)
