from br import *
import requests
PW="Red-team-passphrase-9931"
UP="APPLICATION/X-WWW-FORM-URLENCODED"
s=login("teach1",PW)
def p(sess,path,data,ct=UP):
    r=sess.post(B+path,data=data,headers={"Content-Type":ct,"Origin":"https://evil.example"},allow_redirects=False)
    return r.status_code, r.headers.get("Location"), r.text[:0]
print("create class (field)", p(s,"/teach/classes","name=CSRF-made-class"))
print("host end game 1", p(s,"/host/1/end",""))
print("Mixed-case multipart", p(s,"/teach/classes",b'--b\r\nContent-Disposition: form-data; name="name"\r\n\r\nCSRF-multipart\r\n--b--\r\n',"Multipart/Form-Data; boundary=b"))
l=login("learn2",PW)
print("learner joins T1 class by CSRF", p(l,"/classes/join","code=Z2QAHRV7"))
print("learner logout", p(l,"/logout",""))
r=l.get(B+"/dashboard",allow_redirects=False); print("after logout dashboard", r.status_code, r.headers.get("Location"))
