package vn.civicsquiz.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.content.fact.FactSet;

/**
 * A small hand-written fact base taken word for word from the seed articles, for tests that must not depend on the
 * curated catalogue: every quote occurs in the article named as its source.
 */
final class SeedFacts {

    static final String A000 = "000_7edb9b8851f52cde";
    static final String A001 = "001_e7ae9201b7159bae";
    static final String A002 = "002_17586b125ab360a7";
    static final String A003 = "003_5bfd67e8d18ffaa3";
    static final String A004 = "004_eb37e1d492f2c415";

    private SeedFacts() {
    }

    static List<Fact> all() {
        List<Fact> facts = new ArrayList<>();
        facts.addAll(tasks());
        facts.addAll(lessons());
        facts.addAll(pillars());
        facts.addAll(figures());
        facts.addAll(people());
        facts.addAll(events());
        facts.addAll(phrases());
        // the seed tests every template, so every seed fact is core: no budget leaves a template out
        return facts.stream().map(f -> f.attribute("weight") != null ? f : new Fact(f.id(), f.set(), f.ordinal(),
                f.label(), f.text(), f.value(), f.unit(), f.asOf(), f.source(), f.quote(),
                with(f.attributes(), "weight", "core"))).toList();
    }

    private static Map<String, String> with(Map<String, String> attributes, String key, String value) {
        Map<String, String> out = new java.util.LinkedHashMap<>(attributes);
        out.put(key, value);
        return out;
    }

    static List<Fact> tasks() {
        return List.of(
                ordered(FactSet.NINE_TASKS, "task", 1, "Xây dựng nền ngoại giao toàn diện, hiện đại với ba trụ cột",
                        "Một là, xây dựng nền ngoại giao toàn diện, hiện đại với ba trụ cột là đối ngoại Đảng, ngoại giao Nhà nước, đối ngoại nhân dân. Bảo đảm sự lãnh đạo, chỉ đạo trực tiếp, tuyệt đối, toàn diện và thống nhất của Đảng, quản lý tập trung của Nhà nước đối với đối ngoại và hội nhập quốc tế.",
                        "Một là, xây dựng nền ngoại giao toàn diện, hiện đại với ba trụ cột là đối ngoại Đảng, ngoại giao Nhà nước, đối ngoại nhân dân."),
                ordered(FactSet.NINE_TASKS, "task", 2, "Củng cố tin cậy chính trị, làm sâu sắc hơn quan hệ với các đối tác",
                        "Hai là, củng cố tin cậy chính trị, mở rộng và làm sâu sắc hơn quan hệ với các đối tác, nhất là các nước láng giềng, các đối tác chiến lược, đối tác toàn diện, đối tác quan trọng và các nước bạn bè truyền thống, trên tinh thần bình đẳng, cùng có lợi, tôn trọng lẫn nhau và phù hợp với luật pháp quốc tế.",
                        "Hai là, củng cố tin cậy chính trị, mở rộng và làm sâu sắc hơn quan hệ với các đối tác, nhất là các nước láng giềng, các đối tác chiến lược, đối tác toàn diện, đối tác quan trọng và các nước bạn bè truyền thống, trên tinh thần bình đẳng, cùng có lợi, tôn trọng lẫn nhau và phù hợp với luật pháp quốc tế."),
                ordered(FactSet.NINE_TASKS, "task", 3, "Triển khai mạnh mẽ, hiệu quả, sáng tạo hơn nữa đối ngoại đa phương",
                        "Ba là, triển khai mạnh mẽ, hiệu quả, sáng tạo hơn nữa đối ngoại đa phương, chủ động, tích cực phát huy vai trò, đóng góp xây dựng, định hình các thể chế đa phương và trật tự kinh tế - chính trị quốc tế",
                        "Ba là, triển khai mạnh mẽ, hiệu quả, sáng tạo hơn nữa đối ngoại đa phương, chủ động, tích cực phát huy vai trò, đóng góp xây dựng, định hình các thể chế đa phương và trật tự kinh tế - chính trị quốc tế"),
                ordered(FactSet.NINE_TASKS, "task", 4, "Kết hợp chặt chẽ các trụ cột đối ngoại và giữa đối ngoại với quốc phòng, an ninh",
                        "Bốn là, tiếp tục kết hợp chặt chẽ giữa các trụ cột đối ngoại Đảng, ngoại giao Nhà nước, đối ngoại nhân dân và giữa đối ngoại với quốc phòng, an ninh để tạo thế chân kiềng vững chắc, giữ vững chủ quyền, toàn vẹn lãnh thổ của Tổ quốc, huy động nguồn lực bên ngoài cho phát triển đất nước.",
                        "Bốn là, tiếp tục kết hợp chặt chẽ giữa các trụ cột đối ngoại Đảng, ngoại giao Nhà nước, đối ngoại nhân dân và giữa đối ngoại với quốc phòng, an ninh để tạo thế chân kiềng vững chắc, giữ vững chủ quyền, toàn vẹn lãnh thổ của Tổ quốc, huy động nguồn lực bên ngoài cho phát triển đất nước."),
                ordered(FactSet.NINE_TASKS, "task", 5, "Giữ gìn, phát huy bản sắc ngoại giao Việt Nam",
                        "Năm là, giữ gìn, kế thừa và phát huy bản sắc ngoại giao Việt Nam kết hợp với văn hoá truyền thống của dân tộc, nghệ thuật ngoại giao Hồ Chí Minh để tiếp tục xây dựng và hoàn thiện khoa học, lý luận ngoại giao Việt Nam. Đẩy mạnh hội nhập quốc tế toàn diện và sâu rộng, với trọng tâm là hội nhập kinh tế quốc tế",
                        "Năm là, giữ gìn, kế thừa và phát huy bản sắc ngoại giao Việt Nam kết hợp với văn hoá truyền thống của dân tộc, nghệ thuật ngoại giao Hồ Chí Minh để tiếp tục xây dựng và hoàn thiện khoa học, lý luận ngoại giao Việt Nam."),
                ordered(FactSet.NINE_TASKS, "task", 6, "Khơi dậy tinh thần yêu nước, triển khai ngoại giao kinh tế phục vụ phát triển",
                        "Sáu là, khơi dậy mạnh mẽ tinh thần yêu nước, ý chí tự lực tự cường của dân tộc, sức mạnh đại đoàn kết toàn dân tộc, giá trị văn hoá, sức mạnh con người Việt Nam và khát vọng phát triển đất nước phồn vinh, hạnh phúc. Triển khai đồng bộ, hiệu quả, sáng tạo ngoại giao kinh tế phục vụ phát triển, lấy địa phương, doanh nghiệp và người dân làm trung tâm phục vụ",
                        "Sáu là, khơi dậy mạnh mẽ tinh thần yêu nước, ý chí tự lực tự cường của dân tộc, sức mạnh đại đoàn kết toàn dân tộc, giá trị văn hoá, sức mạnh con người Việt Nam và khát vọng phát triển đất nước phồn vinh, hạnh phúc."),
                ordered(FactSet.NINE_TASKS, "task", 7, "Đổi mới ngoại giao văn hóa, thông tin đối ngoại, bảo hộ công dân",
                        "Bảy là, nâng cao hiệu quả, đổi mới nội dung, phương thức của công tác ngoại giao văn hoá, thông tin đối ngoại, bảo hộ công dân, triển khai toàn diện và mạnh mẽ hơn công tác công tác người Việt Nam ở nước ngoài",
                        "Bảy là, nâng cao hiệu quả, đổi mới nội dung, phương thức của công tác ngoại giao văn hoá, thông tin đối ngoại, bảo hộ công dân"),
                ordered(FactSet.NINE_TASKS, "task", 8, "Đưa quan hệ đối ngoại Đảng đi vào chiều sâu, củng cố đối ngoại nhân dân",
                        "Tám là, mở rộng, nâng cao hiệu quả và đưa các mối quan hệ đối ngoại Đảng đi vào chiều sâu, tạo nền tảng chính trị cho quan hệ giữa nước ta với các nước; tạo lập sự đồng thuận và hậu thuẫn chính trị của các chính đảng và các lực lượng chính trị đối với sự nghiệp đổi mới. Củng cố, nâng cao hiệu quả công tác đối ngoại nhân dân, tạo nền tảng xã hội hữu nghị và hợp tác giữa nhân dân ta với nhân dân các nước.",
                        "Tám là, mở rộng, nâng cao hiệu quả và đưa các mối quan hệ đối ngoại Đảng đi vào chiều sâu, tạo nền tảng chính trị cho quan hệ giữa nước ta với các nước"),
                ordered(FactSet.NINE_TASKS, "task", 9, "Kiện toàn cơ chế phối hợp liên ngành, nâng cao năng lực cán bộ đối ngoại",
                        "Chín là, kiện toàn và nâng cao hiệu quả của các cơ chế phối hợp liên ngành trong lĩnh vực đối ngoại. Nâng cao bản lĩnh, phẩm chất, năng lực, phong cách chuyên nghiệp, đổi mới sáng tạo của đội ngũ cán bộ làm công tác đối ngoại",
                        "Chín là, kiện toàn và nâng cao hiệu quả của các cơ chế phối hợp liên ngành trong lĩnh vực đối ngoại."));
    }

    static List<Fact> lessons() {
        return List.of(
                ordered(FactSet.FIVE_LESSONS, "lesson", 1, "Bảo đảm sự lãnh đạo trực tiếp, tuyệt đối, toàn diện của Đảng",
                        "Thứ nhất, bảo đảm sự lãnh đạo trực tiếp, tuyệt đối, toàn diện của Đảng, sự quản lý thống nhất của Nhà nước, sự phối hợp chặt chẽ giữa các cấp, các ngành và toàn bộ hệ thống chính trị."),
                ordered(FactSet.FIVE_LESSONS, "lesson", 2, "Nhất quán đường lối đối ngoại độc lập, tự chủ, đa phương hóa, đa dạng hóa",
                        "Thứ hai, nhất quán thực hiện đường lối đối ngoại độc lập, tự chủ, đa phương hoá, đa dạng hoá; vừa hợp tác vừa đấu tranh; kiên trì về nguyên tắc, linh hoạt về sách lược, \"dĩ bất biến ứng vạn biến\"; bảo đảm cao nhất lợi ích quốc gia - dân tộc trên cơ sở luật pháp quốc tế."),
                ordered(FactSet.FIVE_LESSONS, "lesson", 3, "Đặt chiến lược đối ngoại trong tổng thể đường lối phát triển đất nước",
                        "Thứ ba, chiến lược đối ngoại của Việt Nam đặt trong tổng thể đường lối phát triển của đất nước theo định hướng xã hội chủ nghĩa"),
                ordered(FactSet.FIVE_LESSONS, "lesson", 4, "Đánh giá và dự báo đúng tình hình trong nước và quốc tế",
                        "Thứ tư, đánh giá và dự báo đúng tình hình trong nước và quốc tế; không ngừng sáng tạo, đổi mới tư duy trong hoạch định và triển khai chính sách đối ngoại, phù hợp với lợi ích quốc gia - dân tộc và xu thế thời đại."),
                ordered(FactSet.FIVE_LESSONS, "lesson", 5, "Nắm vững thời cơ, giành thắng lợi từng bước",
                        "Thứ năm, nắm vững thời cơ, giành thắng lợi từng bước."));
    }

    static List<Fact> pillars() {
        String quote = "xây dựng nền ngoại giao toàn diện, hiện đại với 3 trụ cột là: đối ngoại Đảng, ngoại giao Nhà nước và đối ngoại nhân dân";
        return List.of(
                ordered(FactSet.THREE_PILLARS, "pillar", 1, "Đối ngoại Đảng", quote),
                ordered(FactSet.THREE_PILLARS, "pillar", 2, "Ngoại giao Nhà nước", quote),
                ordered(FactSet.THREE_PILLARS, "pillar", 3, "Đối ngoại nhân dân", quote));
    }

    static List<Fact> figures() {
        return List.of(
                figure("fig-diplomatic-relations-2021", "189", "quốc gia", "2021-12-14", null,
                        "quốc gia có quan hệ ngoại giao với Việt Nam", A000,
                        "Đến nay, Việt Nam đã thiết lập quan hệ ngoại giao với 189/193 quốc gia thành viên Liên Hợp Quốc"),
                figure("fig-diplomatic-relations-2024", "193", "quốc gia", "2024-09-01", null,
                        "quốc gia có quan hệ ngoại giao với Việt Nam", A002,
                        "nâng tổng số quốc gia mà Việt Nam thiết lập quan hệ ngoại giao lên 193 nước"),
                figure("fig-strategic-partners-2021", "30", "đối tác", "2021-12-14", null,
                        "đối tác chiến lược, đối tác toàn diện của Việt Nam", A000,
                        "thiết lập được khuôn khổ quan hệ ổn định, lâu dài với 30 đối tác chiến lược, toàn diện"),
                figure("fig-parties", "247", "chính đảng", "2021-12-14", null,
                        "chính đảng có quan hệ với Đảng Cộng sản Việt Nam", A000,
                        "Đảng ta đã thiết lập quan hệ với 247 chính đảng ở 111 quốc gia"),
                figure("fig-party-countries", "111", "quốc gia", "2021-12-14", null,
                        "quốc gia có chính đảng quan hệ với Đảng Cộng sản Việt Nam", A000,
                        "Đảng ta đã thiết lập quan hệ với 247 chính đảng ở 111 quốc gia"),
                figure("fig-parliaments", "140", "nước", "2021-12-14", "hơn",
                        "nước mà Quốc hội Việt Nam có quan hệ với quốc hội, nghị viện", A000,
                        "Quốc hội Việt Nam có quan hệ với quốc hội, nghị viện của hơn 140 nước"),
                figure("fig-people-organisations", "1200", "tổ chức", "2021-12-14", null,
                        "tổ chức nhân dân và phi chính phủ nước ngoài có quan hệ với các tổ chức hữu nghị nhân dân", A004,
                        "Các tổ chức hữu nghị nhân dân có quan hệ với 1.200 tổ chức nhân dân và tổ chức phi chính phủ nước ngoài"),
                figure("fig-vaccine-doses", "151", "triệu liều", "2021-12-14", "trên",
                        "liều vaccine Covid-19 Việt Nam đã nhận được", A000,
                        "Việt Nam đã nhận được trên 151 triệu liều vaccine"),
                figure("fig-multilateral-treaties", "80", "điều ước", "2021-12-14", "hơn",
                        "điều ước quốc tế đa phương Việt Nam đã gia nhập và ký kết", A000,
                        "Việt Nam đã gia nhập và ký kết hơn 80 điều ước quốc tế đa phương"),
                figure("fig-multilateral-organisations", "70", "tổ chức", "2021-12-14", "hơn",
                        "tổ chức, diễn đàn đa phương mà Việt Nam là thành viên", A000,
                        "đã là thành viên của hơn 70 tổ chức, diễn đàn đa phương khu vực và toàn cầu"),
                figure("fig-trade-markets", "224", "thị trường và đối tác", "2021-12-14", null,
                        "thị trường và đối tác có quan hệ thương mại với Việt Nam", A000,
                        "Việt Nam đã có quan hệ thương mại với 224 thị trường và đối tác"),
                figure("fig-market-economy", "71", "nước", "2021-12-14", null,
                        "nước công nhận quy chế kinh tế thị trường cho Việt Nam", A000,
                        "71 nước đã công nhận quy chế kinh tế thị trường cho Việt Nam"),
                figure("fig-fta", "15", "FTA", "2021-12-14", null,
                        "hiệp định thương mại tự do (FTA) Việt Nam đã ký", A000,
                        "Với mạng lưới 15 FTA đã ký"),
                figure("fig-trade-turnover", "600", "tỉ USD", "2021", "vượt mốc",
                        "kim ngạch thương mại của Việt Nam năm 2021", A000,
                        "kim ngạch thương mại của Việt Nam vẫn vượt mốc 600 tỉ USD"),
                figure("fig-hanoi-fdi", "24.8", "tỷ USD", "2021-12-14", null,
                        "vốn FDI Hà Nội thu hút từ năm 2016", A000,
                        "Từ năm 2016 đến nay, Thành phố đã thu hút được 24,8 tỷ USD vốn FDI"),
                figure("fig-danang-delegations", "5200", "đoàn", "2020", "gần",
                        "đoàn khách quốc tế Đà Nẵng đón trong giai đoạn 2011-2020", A001,
                        "thành phố đã đón gần 5.200 đoàn khách quốc tế"),
                figure("fig-aid-recipients", "50", "quốc gia và tổ chức", "2021-12-14", "trên",
                        "quốc gia và tổ chức quốc tế được Việt Nam viện trợ vật tư y tế và tài chính", A000,
                        "Việt Nam cũng đã kịp thời viện trợ vật tư y tế và tài chính cho trên 50 quốc gia và tổ chức quốc tế"),
                figure("fig-hanoi-partner-cities", "100", "thủ đô, thành phố", "2021-12-14", "hơn",
                        "thủ đô, thành phố có quan hệ giao lưu hợp tác với Hà Nội", A000,
                        "Hà Nội có quan hệ giao lưu hợp tác với hơn 100 thủ đô, thành phố"),
                figure("fig-hanoi-visitors-2019", "29", "triệu lượt", "2019", "gần",
                        "lượt khách du lịch Hà Nội đón năm 2019", A000,
                        "Năm 2019, trước khi đại dịch Covid-19 bùng phát, Hà Nội đã đón gần 29 triệu lượt khách du lịch"),
                figure("fig-hanoi-foreign-visitors-2019", "7.1", "triệu lượt", "2019", null,
                        "lượt khách quốc tế Hà Nội đón năm 2019", A000,
                        "trong đó có 7,1 triệu lượt khách quốc tế"),
                figure("fig-foreign-investment", "400", "tỉ USD", "2021", "khoảng",
                        "vốn đầu tư nước ngoài đã ký từ khi bắt đầu Đổi mới", A000,
                        "vốn đầu tư nước ngoài đã ký từ khi bắt đầu công cuộc Đổi mới đến nay đạt khoảng 400 tỉ USD"),
                figure("fig-ambassadors-20th-conference", "80", "Đại sứ, Tổng Lãnh sự", "2021-12-13", null,
                        "Đại sứ, Tổng Lãnh sự dự hội nghị Ngoại vụ toàn quốc lần thứ 20", A003,
                        "Tham dự hội nghị có 80 Đại sứ, Tổng Lãnh sự Việt Nam tại nước ngoài"),
                figure("fig-bridge-points-20th-conference", "300", "điểm cầu", "2021-12-13", "trên",
                        "điểm cầu trực tuyến của hội nghị Ngoại vụ toàn quốc lần thứ 20", A003,
                        "với trên 300 điểm cầu kết nối trực tuyến trong nước và ngoài nước"),
                figure("fig-high-level-activities", "220", "hoạt động", "2024-09-01", "hơn",
                        "hoạt động song phương và đa phương quan trọng từ đầu nhiệm kỳ Đại hội XIII", A002,
                        "Với hơn 220 hoạt động song phương và đa phương quan trọng"),
                figure("fig-hanoi-agreements", "50", "thủ đô, thành phố", "2021-12-14", "trên",
                        "thủ đô, thành phố, vùng địa phương đã ký thỏa thuận hợp tác chính thức với Hà Nội", A000,
                        "đã ký thỏa thuận hợp tác chính thức với trên 50 thủ đô, thành phố"));
    }

    static List<Fact> people() {
        return List.of(
                person("person-nguyen-phu-trong", "Nguyễn Phú Trọng", "Tổng Bí thư", A000,
                        "Tổng Bí thư Nguyễn Phú Trọng chủ trì và phát biểu chỉ đạo tại hội nghị."),
                person("person-pham-binh-minh", "Phạm Bình Minh", "Phó Thủ tướng Thường trực Chính phủ", A000,
                        "Phó Thủ tướng Thường trực Chính phủ Phạm Bình Minh"),
                person("person-bui-thanh-son", "Bùi Thanh Sơn", "Bộ trưởng Bộ Ngoại giao", A000,
                        "Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn cho biết"),
                person("person-le-hoai-trung", "Lê Hoài Trung", "Trưởng ban Đối ngoại Trung ương", A000,
                        "Trưởng ban Đối ngoại Trung ương Lê Hoài Trung nhấn mạnh"),
                person("person-nguyen-phuong-nga", "Nguyễn Phương Nga", "Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam",
                        A000, "Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam Nguyễn Phương Nga"),
                person("person-nguyen-thi-tuyen", "Nguyễn Thị Tuyến", "Phó Bí thư Thường trực Thành ủy Hà Nội", A000,
                        "Phó Bí thư Thường trực Thành ủy Hà Nội Nguyễn Thị Tuyến"),
                person("person-nguyen-van-quang", "Nguyễn Văn Quảng", "Bí thư Thành ủy Đà Nẵng", A001,
                        "Bí thư Thành ủy Đà Nẵng Nguyễn Văn Quảng"),
                person("person-pham-minh-chinh", "Phạm Minh Chính", "Thủ tướng Chính phủ", A004,
                        "Thủ tướng Chính phủ Phạm Minh Chính"),
                person("person-vo-van-thuong", "Võ Văn Thưởng", "Thường trực Ban Bí thư", A004,
                        "Thường trực Ban Bí thư Võ Văn Thưởng"),
                person("person-mua-a-son", "Mùa A Sơn", "Phó Bí thư Thường trực Tỉnh ủy Điện Biên", A004,
                        "đồng chí Mùa A Sơn, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị"),
                new Fact("person-to-lam", FactSet.PEOPLE, null, "Tô Lâm", "Tổng Bí thư, Chủ tịch nước Tô Lâm",
                        null, null, "2024-09-01", A002, "Tổng Bí thư, Chủ tịch nước Tô Lâm",
                        Map.of("name", "Tô Lâm", "role", "Tổng Bí thư, Chủ tịch nước")),
                person("person-nguyen-xuan-phuc", "Nguyễn Xuân Phúc", "Chủ tịch nước", A004,
                        "Chủ tịch nước Nguyễn Xuân Phúc"));
    }

    static List<Fact> events() {
        return List.of(
                event("event-national-foreign-affairs-conference", "Hội nghị Đối ngoại toàn quốc", "2021-12-14",
                        "Nguyễn Phú Trọng", null, A004,
                        "Sáng nay (14/12), tại Phòng họp Diên Hồng, Nhà Quốc hội (TP. Hà Nội), Bộ Chính trị, Ban Bí thư tổ chức Hội nghị trực tuyến đối ngoại toàn quốc"),
                event("event-20th-external-affairs-conference", "Hội nghị Ngoại vụ toàn quốc lần thứ 20", "2021-12-13",
                        "Bùi Thanh Sơn", "20", A003,
                        "Sáng 13-12, Bộ Ngoại giao tổ chức hội nghị Ngoại vụ toàn quốc lần thứ 20"),
                event("event-32nd-diplomatic-conference", "Hội nghị Ngoại giao lần thứ 32", "2023-12", null, "32", A002,
                        "Hội nghị Ngoại giao lần thứ 32 tháng 12/2023"),
                event("event-6th-congress", "Đại hội VI", "1986", null, null, A000,
                        "tư duy đổi mới được khởi xướng từ Đại hội VI (1986)"));
    }

    static List<Fact> phrases() {
        return List.of(
                phrase("phrase-di-bat-bien", "dĩ bất biến ứng vạn biến",
                        "lấy cái không thay đổi để ứng phó với muôn sự thay đổi", A000,
                        "kiên trì về nguyên tắc, linh hoạt về sách lược, \"dĩ bất biến ứng vạn biến\""),
                phrase("phrase-the-chan-kieng", "thế chân kiềng",
                        "thế vững chắc nhờ ba bộ phận cùng đỡ lẫn nhau", A000,
                        "để tạo thế chân kiềng vững chắc"),
                phrase("phrase-loi-ich-hai-hoa", "lợi ích hài hòa, rủi ro chia sẻ",
                        "các bên cùng hưởng lợi và cùng gánh rủi ro trong hợp tác", A000,
                        "thực hiện tốt nguyên tắc “lợi ích hài hòa, rủi ro chia sẻ”"),
                phrase("phrase-thanh-pho-vi-hoa-binh", "Thành phố Vì hòa bình",
                        "danh hiệu mà Thủ đô Hà Nội được ghi nhận", A000,
                        "xứng đáng với danh hiệu “Thành phố Vì hòa bình”"),
                phrase("phrase-tu-som-tu-xa", "từ sớm, từ xa",
                        "chủ động phòng ngừa nguy cơ trước khi chúng xảy ra", A002,
                        "giữ vững môi trường hòa bình, ổn định, bảo vệ Tổ quốc từ sớm, từ xa"));
    }

    private static Fact ordered(FactSet set, String prefix, int ordinal, String label, String quote) {
        return ordered(set, prefix, ordinal, label, quote, quote);
    }

    private static Fact ordered(FactSet set, String prefix, int ordinal, String label, String text, String quote) {
        return new Fact(prefix + "-" + ordinal, set, ordinal, label, text, null, null, "2021-12-14", A000, quote,
                Map.of());
    }

    private static Fact figure(String id, String value, String unit, String asOf, String qualifier, String counts,
                               String source, String quote) {
        Map<String, String> attributes = new java.util.LinkedHashMap<>(Map.of("counts", counts));
        if (qualifier != null) {
            attributes.put("qualifier", qualifier);
        }
        // the statement names its time, as the curated ones do
        String time = asOf.length() == 10 ? "đến tháng " + Integer.parseInt(asOf.substring(5, 7)) + "/"
                + asOf.substring(0, 4) : "năm " + asOf.substring(0, 4);
        attributes.put("time", time);
        String text = Character.toUpperCase(time.charAt(0)) + time.substring(1) + ", " + quote + ".";
        return new Fact(id, FactSet.FIGURES, null, counts, text, new BigDecimal(value), unit, asOf, source, quote,
                attributes);
    }

    private static Fact person(String id, String name, String role, String source, String quote) {
        return new Fact(id, FactSet.PEOPLE, null, name, quote, null, null, "2021-12-14", source, quote,
                Map.of("name", name, "role", role));
    }

    private static Fact event(String id, String name, String date, String chair, String number, String source,
                              String quote) {
        Map<String, String> attributes = new java.util.HashMap<>(Map.of("name", name, "date", date));
        if (chair != null) {
            attributes.put("chair", chair);
        }
        if (number != null) {
            attributes.put("number", number);
        }
        return new Fact(id, FactSet.EVENTS, null, name, quote, null, null, date, source, quote, attributes);
    }

    private static Fact phrase(String id, String phrase, String meaning, String source, String quote) {
        return new Fact(id, FactSet.PHRASES, null, phrase, quote, null, null, "2021-12-14", source, quote,
                Map.of("phrase", phrase, "meaning", meaning));
    }
}
