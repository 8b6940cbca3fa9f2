package vn.civicsquiz.content.extract;

import org.junit.jupiter.api.Test;
import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.content.fact.FactSet;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FigureExtractorTest {

    private static List<Fact> figures(String body) {
        return ExtractionFixtures.extract(body).facts(FactSet.FIGURES);
    }

    /** The figure whose label starts with the number as written, e.g. "hơn 140" for "hơn 140 nước". */
    private static Fact figure(List<Fact> figures, String written) {
        return figures.stream().filter(f -> f.label().startsWith(written + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no figure written " + written + " in " + figures));
    }

    @Test
    void valueUnitCountedNounAndQualifier() {
        List<Fact> found = figures("""
                Đến nay, Việt Nam đã thiết lập quan hệ ngoại giao với 189/193 quốc gia thành viên Liên Hợp Quốc; \
                Quốc hội Việt Nam có quan hệ với quốc hội, nghị viện của hơn 140 nước.
                """);

        Fact relations = figure(found, "189/193");
        assertThat(relations.value()).isEqualByComparingTo("189");
        assertThat(relations.unit()).isEqualTo("quốc gia");
        assertThat(relations.attribute("of")).isEqualTo("193");
        assertThat(relations.attribute("counts")).isEqualTo("quốc gia thành viên Liên Hợp Quốc");
        assertThat(relations.asOf()).isEqualTo("2025-03-05");
        assertThat(relations.text()).isEqualTo(
                "Đến nay, Việt Nam đã thiết lập quan hệ ngoại giao với 189/193 quốc gia thành viên Liên Hợp Quốc");
        Fact parliaments = figure(found, "hơn 140");
        assertThat(parliaments.value()).isEqualByComparingTo("140");
        assertThat(parliaments.unit()).isEqualTo("nước");
        assertThat(parliaments.attribute("qualifier")).isEqualTo("hơn");
    }

    @Test
    void largeScalesStayInTheUnit() {
        List<Fact> found = figures("""
                Việt Nam đã nhận được trên 151 triệu liều vaccine. Công tác đối với gần sáu triệu người Việt Nam ở \
                nước ngoài được thực hiện tốt. Thành phố đã thu hút được 24,8 tỷ USD vốn FDI.
                """);

        assertThat(figure(found, "trên 151 triệu").unit()).isEqualTo("triệu liều");
        Fact overseas = figure(found, "gần sáu triệu");
        assertThat(overseas.value()).isEqualByComparingTo("6");
        assertThat(overseas.unit()).isEqualTo("triệu người");
        assertThat(overseas.attribute("qualifier")).isEqualTo("gần");
        assertThat(overseas.attribute("display")).isEqualTo("sáu");
        Fact fdi = figure(found, "24,8 tỷ");
        assertThat(fdi.value()).isEqualByComparingTo("24.8");
        assertThat(fdi.unit()).isEqualTo("tỷ USD");
        assertThat(fdi.attribute("counts")).isEqualTo("tỷ USD vốn FDI");
    }

    @Test
    void nounsJoinedByCommaOrVaFormOneUnit() {
        List<Fact> found = figures("""
                Tham dự hội nghị có lãnh đạo 63 tỉnh, thành phố. Việt Nam có quan hệ thương mại với 224 thị trường \
                và đối tác. Đảng ta có quan hệ với 247 chính đảng ở 111 quốc gia, Quốc hội cũng mở rộng quan hệ.
                """);

        assertThat(figure(found, "63").unit()).isEqualTo("tỉnh, thành phố");
        assertThat(figure(found, "224").unit()).isEqualTo("thị trường và đối tác");
        assertThat(figure(found, "111").unit()).isEqualTo("quốc gia");
        assertThat(figure(found, "247").text()).isEqualTo("Đảng ta có quan hệ với 247 chính đảng");
    }

    @Test
    void asOfComesFromTheYearNamedBeforeTheFigure() {
        List<Fact> found = figures("""
                Năm 2019, Hà Nội đã đón gần 29 triệu lượt khách du lịch. Từ năm 2016 đến nay, Thành phố đã thu hút \
                được 24,8 tỷ USD vốn FDI. Trong 11 tháng của năm 2021, Hà Nội đã thu hút được khoảng 1,467 tỷ USD.
                """);

        assertThat(figure(found, "gần 29 triệu").asOf()).isEqualTo("2019");
        assertThat(figure(found, "24,8 tỷ").asOf()).isEqualTo("2025-03-05");
        assertThat(figure(found, "khoảng 1,467 tỷ").asOf()).isEqualTo("2021-11");
    }

    @Test
    void roughOrdersOfMagnitudeKeepTheWordsAsDisplay() {
        List<Fact> found = figures("""
                Chúng ta bảo hộ và sơ tán hàng chục nghìn công dân ta từ các vùng chiến sự. Dự kiến cả năm 2021, \
                Thành phố sẽ thu hút vốn FDI đạt 1,5-1,6 tỷ USD.
                """);

        Fact citizens = figure(found, "hàng chục nghìn");
        assertThat(citizens.value()).isEqualByComparingTo("10000");
        assertThat(citizens.attribute("display")).isEqualTo("hàng chục nghìn");
        assertThat(citizens.attribute("qualifier")).isNull();
        Fact forecast = figure(found, "1,5-1,6 tỷ");
        assertThat(forecast.value()).isEqualByComparingTo("1.5");
        assertThat(forecast.attribute("upper")).isEqualTo("1.6");
        assertThat(forecast.attribute("display")).isEqualTo("1,5-1,6");
        assertThat(forecast.asOf()).isEqualTo("2021");
    }

    @Test
    void respectivelyPairsFiguresWithTheYearsOfARange() {
        List<Fact> found = figures("""
                Hà Nội dẫn đầu cả nước trong thu hút FDI trong 2 năm 2018-2019 (vốn đăng ký tương ứng 7,5 tỷ USD và \
                8,6 tỷ USD).
                """);

        assertThat(figure(found, "7,5 tỷ").asOf()).isEqualTo("2018");
        assertThat(figure(found, "8,6 tỷ").asOf()).isEqualTo("2019");
    }

    @Test
    void aTimeFrameOpeningAnEarlierSentenceOfTheParagraphApplies() {
        List<Fact> found = figures("""
                Trong giai đoạn 2011-2020, Đà Nẵng là địa phương thực hiện tốt công tác đối ngoại. Thành phố đã \
                đón gần 5.200 đoàn khách quốc tế.
                """);

        Fact delegations = figure(found, "gần 5.200");
        assertThat(delegations.value()).isEqualByComparingTo("5200");
        assertThat(delegations.asOf()).isEqualTo("2020");
    }

    @Test
    void yearsDatesOrdinalsAndCodesAreNotFigures() {
        List<Fact> found = figures("""
                Sáng 13-12, Bộ Ngoại giao tổ chức hội nghị Ngoại vụ toàn quốc lần thứ 20 tại Hà Nội. Chỉ thị số \
                32-CT/TW ngày 18/2/2019 được ban hành năm 2019 về phòng chống Covid-19.
                """);

        assertThat(found).isEmpty();
    }

    @Test
    void anAnnouncedCountIsAFigureThatSaysWhichSetItAnnounces() {
        List<Fact> found = figures("""
                Nền ngoại giao toàn diện, hiện đại dựa trên ba trụ cột là đối ngoại Đảng, ngoại giao Nhà nước và \
                đối ngoại nhân dân.
                """);

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualByComparingTo("3");
            assertThat(f.unit()).isEqualTo("trụ cột");
            assertThat(f.attribute("announces")).isEqualTo("three-pillars");
            assertThat(f.attribute("qualifier")).as("'trên' is a preposition here").isNull();
            assertThat(f.attribute("display")).isEqualTo("ba");
        });
    }
}
