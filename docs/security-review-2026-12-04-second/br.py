import requests, re
B="http://127.0.0.1:18700"
def login(u,p,xff=None):
    s=requests.Session()
    if xff: s.headers["X-Forwarded-For"]=xff
    s.get(B+"/login")
    r=s.post(B+"/j_security_check",data={"username":u,"password":p},headers={"Origin":B},allow_redirects=False)
    assert r.status_code==302 and 'error' not in r.headers.get("Location",""), (r.status_code,r.headers)
    return s
def csrf(s): return s.cookies.get("quiz-csrf")
