from lib import *
from setup_consts import *
st = json.load(open("./state.json"))
text = ("Hội nghị SECRETMARK đối ngoại tỉnh Quảng Ninh năm 2025 có 350 đại biểu tham dự.\n"
        "Tỉnh đề ra năm nhiệm vụ trọng tâm SECRETMARK: một là mở rộng hợp tác; hai là thu hút đầu tư; ba là phát triển du lịch; bốn là bảo vệ biên giới; năm là đào tạo cán bộ.\n"
        "Kim ngạch xuất khẩu SECRETMARK đạt 2,5 tỷ USD, tăng 12% so với năm 2024.\n<script>alert(1)</script>\n")
r = req("T1 add source", "POST", "/api/v1/sources", auth=T1, json_body={"title":"SECRETMARK <b>title</b>","outlet":"Báo QN","date":"2025-03-05","text":text})
print(r.status_code, r.text[:600]); src = j(r) or {}
sid = src.get("id") or src.get("sourceId") or (src.get("source") or {}).get("id")
print("sid", sid); st["src"] = sid
facts = [f.get("id") for f in (src.get("facts") or [])]
print("facts", facts[:5])
req("anon GET draft source api", "GET", f"/api/v1/sources/{sid}", expect=[404])
req("anon GET draft source page", "GET", f"/sources/{sid}", expect=[404])
r = req("anon list sources", "GET", "/api/v1/sources"); print("   draft in list:", "SECRETMARK" in r.text)
r = req("anon facts", "GET", "/api/v1/facts"); print("   draft facts in /facts:", "SECRETMARK" in r.text)
for f in facts[:3]:
    req(f"anon fact {f}", "GET", f"/api/v1/facts/{f}", expect=[404])
r = req("anon sources page", "GET", "/sources"); print("   draft in /sources page:", "SECRETMARK" in r.text)
r = req("L1 study due", "GET", "/api/v1/me/study/due", auth=L1a); print("   in study:", "SECRETMARK" in r.text)
r = req("T2 review T1 source", "GET", f"/api/v1/sources/{sid}/review", auth=T2, expect=[200,404,403])
r = req("L1 review source", "GET", f"/api/v1/sources/{sid}/review", auth=L1a, expect=[403])
# draft questions of the source not in quizzes
for i in range(3):
    r = req("L1 start mixed", "POST", "/api/v1/attempts", auth=L1a, json_body={"topic":"mixed","size":50,"mode":"practice"}, quiet=True)
    print("   draft question in quiz:", "SECRETMARK" in r.text)
# path traversal on sources ids
for sid2 in ["..%2F..%2Fetc%2Fpasswd", "%2e%2e", "bao-chinh-phu%00", "' or '1'='1"]:
    req(f"source id {sid2}", "GET", f"/api/v1/sources/{sid2}", expect=[400,404])
    req(f"source page id {sid2}", "GET", f"/sources/{sid2}", expect=[400,404])
# sources: huge article, many figures
big = "\n".join(f"Năm 20{i%100:02d} tỉnh có {i} đại biểu và {i*3} tỷ USD vốn đầu tư SECRETMARK{i}." for i in range(3000))
req("T1 add huge source", "POST", "/api/v1/sources", auth=T1, json_body={"title":"big","outlet":"x","date":"2025-03","text":big[:990000]}, expect=[422,400,413,201,429])
dump("./log-sources.json")
json.dump(st, open("./state.json","w"), indent=1, ensure_ascii=False)
