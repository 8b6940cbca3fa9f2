from br import *
import requests
PW="Red-team-passphrase-9931"
def who(sess):
    r=sess.get(B+"/dashboard",allow_redirects=False)
    import re
    m=re.search(r'Đăng xuất \(([^)]*)\)',r.text); return r.status_code, m.group(1) if m else None
l=login("learn2",PW); saved=dict(l.cookies.items())
print("before", who(l))
r=l.post(B+"/logout",data={"csrf":csrf(l)},allow_redirects=False); print("logout", r.status_code, r.headers.get("Location"), [c for c in r.headers.get("Set-Cookie","").split(",")][:3])
print("same session after logout", who(l))
o=requests.Session(); [o.cookies.set(k,v) for k,v in saved.items()]
print("replayed old cookies", who(o))
# uppercase logout
l=login("learn2",PW); saved=dict(l.cookies.items())
r=l.post(B+"/logout",data="",headers={"Content-Type":"APPLICATION/X-WWW-FORM-URLENCODED"},allow_redirects=False); print("UC logout", r.status_code, r.headers.get("Location"))
o=requests.Session(); [o.cookies.set(k,v) for k,v in saved.items()]
print("replayed old cookies after UC logout", who(o))
