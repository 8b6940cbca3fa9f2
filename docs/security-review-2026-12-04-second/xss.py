from lib import *
from setup_consts import *
import re
st = json.load(open("./state.json"))
P = lambda tag: f'X{tag}"><svg/onload=alert({tag})><script>alert({tag})</script><b onclick=x>b</b><ul><li><img src=x onerror=1></li></ul>'
MARK = re.compile(r'<svg/onload|<script>alert|<img src=x|<b onclick|onerror=1>')
def login(user):
    s = requests.Session(); s.get(BASE+"/login")
    s.post(BASE+"/j_security_check", data={"username":user,"password":PW}, headers={"Origin":BASE}, allow_redirects=False)
    return s
def scan(name, s, path):
    r = req("page "+name, "GET", path, session=s, quiet=True)
    hits = sorted(set(MARK.findall(r.text)))
    print(f"   {r.status_code} {path}: raw hits={hits}")
    if hits:
        for m in MARK.finditer(r.text):
            print("      ...", r.text[max(0,m.start()-120):m.end()+40].replace("\n"," "))
            break
    return r
q = {"kind":"SINGLE","topic":"three-pillars","title":P("title"),"stem":P("stem"),"explanation":P("expl"),
     "options":[{"text":P("opt1"),"correct":True,"feedback":P("fb1")},{"text":P("opt2"),"correct":False,"feedback":P("fb2")}],"tags":["<script>tag</script>"], "status":"published"}
r = req("T1 xss question", "POST", "/api/v1/questions", auth=T1, json_body=q); Q = j(r); print(r.text[:300])
QX = Q["id"] if Q and "id" in Q else None
S = j(req("T1 xss set", "POST", "/api/v1/sets", auth=T1, json_body={"name":P("set")[:100]}))
print("set:", S)
C = j(req("T1 xss class", "POST", "/api/v1/classes", auth=T1, json_body={"name":P("class")[:100]}))
print("class:", C)
req("T1 xss learner displayName", "POST", "/api/v1/accounts", auth=T1, json_body={"username":"xsslearner","password":PW,"role":"learner","displayName":"<script>x</script>"}, expect=[400])
req("T1 roster with html name", "POST", f"/api/v1/classes/{C['id']}/roster", auth=T1, headers={"Content-Type":"text/csv"}, data='Họ và tên\n"<script>alert(1)</script>"\n=cmd|\' /C calc\'!A0\n', expect=[400,201])
A = j(req("T1 xss assignment", "POST", f"/api/v1/classes/{C['id']}/assignments", auth=T1, json_body={"title":P("asg")[:100],"questions":[QX],"mode":"practice","closesAt":"2030-06-01T17:00:00+07:00"}))
print("assignment:", str(A)[:300])
req("L1 joins xss class", "POST", "/api/v1/me/classes/join", auth=L1a, json_body={"code": C["joinCode"]})
st["QX"]=QX; st["CX"]=C; st["AX"]=A; st["SX"]=S
json.dump(st, open("./state.json","w"), indent=1, ensure_ascii=False)
t = login("teach1"); l = login("learn1")
for p in ["/teach/questions", f"/teach/questions/{QX}", "/teach/classes", f"/teach/classes/{C['id']}", f"/teach/classes/{C['id']}/assignments/{A.get('id',0) if A else 0}", "/teach/import", "/host", "/teach/questions?set=%s" % (S or {}).get("id","")]:
    scan("T1", t, p)
for p in ["/", "/assignments", "/dashboard", "/leaderboard"]:
    scan("L1", l, p)
# learner starts the assignment through the page
csrf = l.cookies.get("quiz-csrf")
r = l.post(BASE+"/quiz/start", data={"assignment": str(A["id"]), "csrf": csrf}, allow_redirects=False)
print("start assignment ->", r.status_code, r.headers.get("Location"))
loc = r.headers.get("Location")
if loc:
    r = scan("L1", l, loc)
    m = re.search(r'/quiz/(\d+)', loc); aid = m.group(1)
    scan("L1", l, f"/quiz/{aid}/q/1")
    # answer and see feedback
    page = l.get(BASE+f"/quiz/{aid}/q/1").text
    names = re.findall(r'name="(\w+)" value="(\d+)"', page)
    print("form fields", names[:6])
    r = l.post(BASE+f"/quiz/{aid}/q/1", data={"csrf": l.cookies.get("quiz-csrf"), "option": names[0][1] if names else "1"}, allow_redirects=False)
    print("answer ->", r.status_code, r.headers.get("Location"))
    scan("L1", l, r.headers.get("Location") or f"/quiz/{aid}/q/1")
    l.post(BASE+f"/quiz/{aid}/finish", data={"csrf": l.cookies.get("quiz-csrf")})
    scan("L1", l, f"/quiz/{aid}/result")
    st["att_xss"] = aid
    scan("L1 report page", l, f"/quiz/{aid}/q/1/report")
json.dump(st, open("./state.json","w"), indent=1, ensure_ascii=False)
dump("./log-xss.json")
