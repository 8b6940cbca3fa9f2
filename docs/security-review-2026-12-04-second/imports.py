from lib import *
from setup_consts import *
st = json.load(open("./state.json"))
def imp(name, fmt, body, ctype, extra="", auth=T1, expect=None):
    return req(name, "POST", f"/api/v1/questions/import?format={fmt}&topic=events{extra}", auth=auth, headers={"Content-Type":ctype}, data=body, expect=expect)
X = "application/xml; charset=UTF-8"
xxe = '<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY x SYSTEM "file:///etc/passwd">]><quiz><question type="shortanswer"><name><text>n</text></name><questiontext format="html"><text>&x;</text></questiontext><answer fraction="100"><text>a</text></answer></question></quiz>'
imp("moodlexml XXE file", "moodlexml", xxe, X, "&dryRun=true", expect=[400])
lol = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' + "".join(f'<!ENTITY lol{i} "{("&lol%s;" % (i-1 if i>1 else "")) * 10}">' for i in range(1,10)) + ']><quiz><question type="shortanswer"><questiontext><text>&lol9;</text></questiontext></question></quiz>'
imp("moodlexml billion laughs", "moodlexml", lol, X, "&dryRun=true", expect=[400])
imp("moodlexml param entity ext", "moodlexml", '<?xml version="1.0"?><!DOCTYPE q [<!ENTITY % p SYSTEM "http://127.0.0.1:18600/x"> %p;]><quiz/>', X, "&dryRun=true", expect=[400])
imp("moodlexml xinclude", "moodlexml", '<quiz xmlns:xi="http://www.w3.org/2001/XInclude"><question type="shortanswer"><questiontext><text><xi:include href="file:///etc/passwd" parse="text"/></text></questiontext><answer fraction="100"><text>a</text></answer></question></quiz>', X, "&dryRun=true", expect=[400,200])
imp("moodlexml deep 10000", "moodlexml", "<quiz>" + "<a>"*10000 + "</a>"*10000 + "</quiz>", X, "&dryRun=true", expect=[400])
imp("moodlexml 200k elements", "moodlexml", "<quiz>" + "<a/>"*210000 + "</quiz>", X, "&dryRun=true", expect=[400])
imp("moodlexml many attrs", "moodlexml", "<quiz><question " + " ".join(f'a{i}="1"' for i in range(60000)) + "/></quiz>", X, "&dryRun=true", expect=[400])
imp("moodlexml huge text node 900KB", "moodlexml", '<quiz><question type="shortanswer"><questiontext><text>' + "a"*900000 + '</text></questiontext><answer fraction="100"><text>a</text></answer></question></quiz>', X, "&dryRun=true", expect=[400])
imp("moodlexml utf-16 no BOM lie", "moodlexml", '<?xml version="1.0" encoding="UTF-16"?><quiz/>', X, "&dryRun=true", expect=[400])
imp("moodlexml PI & comments", "moodlexml", '<?xml version="1.0"?><?xml-stylesheet href="http://evil/x.xsl"?><!--c--><quiz/>', X, "&dryRun=true", expect=[400,200])
imp("moodlexml 1e-100000000 tolerance", "moodlexml", '<quiz><question type="numerical"><name><text>n</text></name><questiontext><text>How many?</text></questiontext><answer fraction="100"><text>1e-100000000</text><tolerance>1e100000000</tolerance></answer></question></quiz>', X, "&dryRun=true", expect=[400,200])
imp("moodlexml fraction huge", "moodlexml", '<quiz><question type="multichoice"><questiontext><text>Q?</text></questiontext><answer fraction="1e999999999"><text>a</text></answer><answer fraction="-1e999999999"><text>b</text></answer></question></quiz>', X, "&dryRun=true", expect=[400,200])
imp("moodlexml category 100k chars", "moodlexml", '<quiz><question type="category"><category><text>$course$/top/' + "/".join(["a"]*50000) + '</text></category></question></quiz>', X, "&dryRun=true", expect=[400,200])
# GIFT
G = "text/x-gift; charset=UTF-8"
imp("gift html xss", "gift", '::T::[html]<script>alert(1)</script><b>x</b>{=<img src=x onerror=1> ~b}', G, "&dryRun=true", expect=[200,400])
imp("gift 1e-100000000 numeric", "gift", '::N:: How many? {#1e-100000000:1e100000000}', G, "&dryRun=true", expect=[200,400])
imp("gift numeric range huge", "gift", '::N:: How many? {#1..' + "9"*100000 + '}', G, "&dryRun=true", expect=[200,400])
imp("gift comment bomb", "gift", "::T::[html]" + "<!--"*200000 + "x{=a ~b}", G, "&dryRun=true", expect=[200,400])
imp("gift backslash bomb", "gift", "::T::" + "\\"*800000 + "{=a ~b}", G, "&dryRun=true", expect=[200,400])
imp("gift braces bomb", "gift", "::T::" + "{"*400000 + "}"*400000, G, "&dryRun=true", expect=[200,400])
imp("gift many categories", "gift", "\n".join(f"$CATEGORY: $course$/top/c{i}\n::Q{i}::S{i}? {{=a ~b}}\n" for i in range(300)), G, "&dryRun=true", expect=[200,400])
imp("gift category deep", "gift", "$CATEGORY: $course$/top/" + "/".join(f"d{i}" for i in range(5000)) + "\n::Q::S? {=a ~b}\n", G, "&dryRun=true", expect=[200,400])
imp("gift category slashes", "gift", "$CATEGORY: " + "/"*200000 + "\n::Q::S? {=a ~b}\n", G, "&dryRun=true", expect=[200,400])
imp("gift 1001 questions", "gift", "\n\n".join(f"::Q{i}:: Stem {i}? {{=a ~b ~c}}" for i in range(1001)), G, "&dryRun=true", expect=[200,400])
imp("gift media img", "gift", '::I::[html]<img src="@@PLUGINFILE@@/a.png"> what? {=a ~b}', G, "&dryRun=true", expect=[200,400])
imp("gift weight overflow", "gift", '::W:: Q? {~%99999999999999999999%a ~%-100%b =c}', G, "&dryRun=true", expect=[200,400])
imp("gift regex-heavy spaces", "gift", "::T:: " + " "*500000 + "<ul>" + " "*100000 + "{=a ~b}", G, "&dryRun=true", expect=[200,400])
imp("gift tag-like pathological", "gift", "::T::[html]" + "<a " * 150000 + "{=a ~b}", G, "&dryRun=true", expect=[200,400])
# Aiken
A = "text/x-aiken; charset=UTF-8"
imp("aiken html", "aiken", "<script>alert(1)</script>?\nA. <img src=x onerror=1>\nB. b\nANSWER: A\n", A, "&dryRun=true", expect=[200,400])
imp("aiken answer Z", "aiken", "Q?\nA. a\nB. b\nANSWER: Z\n", A, "&dryRun=true", expect=[400,200])
imp("aiken many options", "aiken", "Q?\n" + "\n".join(f"{chr(65+i%26)}. o{i}" for i in range(5000)) + "\nANSWER: A\n", A, "&dryRun=true", expect=[400,200])
# JSON
J = "application/json"
imp("json deep", "json", "["*100000 + "]"*100000, J, "&dryRun=true", expect=[400])
imp("json 1e-100000000", "json", '{"questions":[{"kind":"NUMERIC","topic":"events","stem":"x?","numericAnswer":1e-100000000}]}', J, "&dryRun=true", expect=[400,200])
imp("json huge int", "json", '{"questions":[{"kind":"NUMERIC","topic":"events","stem":"x?","numericAnswer":' + "9"*100000 + '}]}', J, "&dryRun=true", expect=[400,200])
imp("json string 900k", "json", '{"questions":[{"kind":"SINGLE","topic":"events","stem":"' + "a"*900000 + '"}]}', J, "&dryRun=true", expect=[400,200])
imp("json many keys", "json", '{' + ",".join(f'"k{i}":1' for i in range(60000)) + '}', J, "&dryRun=true", expect=[400])
imp("format unknown", "evil", "x", J, "&dryRun=true", expect=[400])
imp("format sqli", "gift'--", "x", J, "&dryRun=true", expect=[400])
imp("topic sqli", "gift", "::Q:: S? {=a ~b}", G, "&dryRun=true&topic=events'--", expect=[400])
imp("charset bogus", "gift", "::Q:: S? {=a ~b}", "text/x-gift; charset=x-evil", "&dryRun=true", expect=[400,415,200])
imp("charset utf-32", "gift", "::Q:: S? {=a ~b}".encode("utf-32"), "text/x-gift; charset=UTF-32", "&dryRun=true", expect=[400,200])
imp("utf-16 odd bytes", "gift", b"\xff\xfe" + b"a"*1001, "text/x-gift", "&dryRun=true", expect=[400,200])
imp("octet-stream binary zip", "gift", b"PK\x03\x04" + bytes(range(256))*100, "application/octet-stream", "&dryRun=true", expect=[400,200])
imp("learner import", "gift", "::Q:: S? {=a ~b}", G, "&dryRun=true", auth=L1a, expect=[403])
# large import -> job; then IDOR on the job
r = imp("gift 150 questions (job)", "gift", "\n\n".join(f"::J{i}:: Job stem {i}? {{=a ~b ~c}}" for i in range(150)), G, "")
loc = r.headers.get("Location"); print("   job at", loc)
if loc:
    jid = loc.rstrip("/").split("/")[-1]; st["job"] = jid
    time.sleep(2)
    req("T1 GET own job", "GET", f"/api/v1/questions/imports/{jid}", auth=T1, expect=[200])
    req("T2 GET T1 job", "GET", f"/api/v1/questions/imports/{jid}", auth=T2, expect=[404,403])
    req("T2 job page", "GET", f"/teach/import/jobs/{jid}", auth=T2, expect=[404,403,302])
    req("job id not uuid", "GET", "/api/v1/questions/imports/1'--", auth=T1, expect=[404,400])
json.dump(st, open("./state.json","w"), indent=1, ensure_ascii=False)
dump("./log-imports.json")
