package vn.civicsquiz.content.extract;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseNumberParserTest {

    private static NumberMention parsed(String expression) {
        return VietnameseNumberParser.parse(expression).orElseThrow(() -> new AssertionError("not a number: " + expression));
    }

    @Test
    void thousandsDotIsNotADecimalPoint() {
        assertThat(parsed("1.200").value()).isEqualByComparingTo("1200");
        assertThat(parsed("5.200").absoluteValue()).isEqualByComparingTo("5200");
    }

    @Test
    void decimalCommaIsADecimalPoint() {
        assertThat(parsed("24,8").value()).isEqualByComparingTo("24.8");
        assertThat(parsed("1,467").value()).isEqualByComparingTo("1.467");
    }

    @Test
    void partOfWholeKeepsBothNumbers() {
        NumberMention m = parsed("189/193");
        assertThat(m.value()).isEqualByComparingTo("189");
        assertThat(m.total()).isEqualByComparingTo("193");
    }

    @Test
    void qualifierIsKeptSeparateFromTheValue() {
        NumberMention m = parsed("hơn 140");
        assertThat(m.value()).isEqualByComparingTo("140");
        assertThat(m.qualifier()).isEqualTo("hơn");
        assertThat(parsed("khoảng 400 tỉ").qualifier()).isEqualTo("khoảng");
        assertThat(parsed("Trên 151 triệu").qualifier()).isEqualTo("trên");
        assertThat(parsed("vượt mốc 600 tỉ").qualifier()).isEqualTo("vượt mốc");
    }

    @Test
    void numberWordsWithALargeScale() {
        NumberMention m = parsed("gần sáu triệu");
        assertThat(m.value()).isEqualByComparingTo("6");
        assertThat(m.scale()).isEqualTo("triệu");
        assertThat(m.qualifier()).isEqualTo("gần");
        assertThat(m.absoluteValue()).isEqualByComparingTo("6000000");
    }

    @Test
    void decimalWithALargeScale() {
        NumberMention m = parsed("3,5 triệu");
        assertThat(m.value()).isEqualByComparingTo("3.5");
        assertThat(m.absoluteValue()).isEqualByComparingTo("3500000");
        assertThat(parsed("24,8 tỷ").absoluteValue()).isEqualByComparingTo("24800000000");
    }

    @Test
    void oldSpellingTiIsTheSameScaleAsTy() {
        assertThat(parsed("600 tỉ").scale()).isEqualTo("tỷ");
    }

    @Test
    void rangesAndPercentages() {
        NumberMention range = parsed("1,5-1,6 tỷ");
        assertThat(range.value()).isEqualByComparingTo("1.5");
        assertThat(range.upper()).isEqualByComparingTo("1.6");
        assertThat(range.scale()).isEqualTo("tỷ");
        assertThat(parsed("100%").percent()).isTrue();
    }

    @Test
    void numbersWrittenInWords() {
        assertThat(parsed("hai mươi lăm").value()).isEqualByComparingTo("25");
        assertThat(parsed("ba trăm linh năm").value()).isEqualByComparingTo("305");
        assertThat(parsed("một nghìn hai trăm").value()).isEqualByComparingTo("1200");
        assertThat(parsed("mười").value()).isEqualByComparingTo("10");
        assertThat(parsed("chín").value()).isEqualByComparingTo("9");
        assertThat(parsed("hai ngàn").value()).isEqualByComparingTo("2000");
    }

    @Test
    void roughOrdersOfMagnitude() {
        NumberMention m = parsed("hàng nghìn");
        assertThat(m.value()).isEqualByComparingTo("1000");
        assertThat(m.qualifier()).isEqualTo("hàng");
        assertThat(parsed("hàng chục nghìn").value()).isEqualByComparingTo("10000");
    }

    @Test
    void datesAreNotNumbers() {
        assertThat(VietnameseNumberParser.parse("14/12")).isEmpty();
        assertThat(VietnameseNumberParser.parse("14/12/2021")).isEmpty();
        assertThat(VietnameseNumberParser.parse("11/2021")).isEmpty();
        assertThat(VietnameseNumberParser.parse("đối ngoại")).isEmpty();
    }

    @Test
    void scanFindsEveryFigureInARealSentence() {
        List<NumberMention> found = VietnameseNumberParser.scan("Đảng ta đã thiết lập quan hệ với 247 chính đảng ở 111 "
                + "quốc gia, Quốc hội Việt Nam có quan hệ với quốc hội, nghị viện của hơn 140 nước, các đoàn thể, "
                + "tổ chức Nhân dân có quan hệ với hàng nghìn tổ chức nhân dân và phi chính phủ nước ngoài.");
        assertThat(found).extracting(NumberMention::raw).containsExactly("247", "111", "hơn 140", "hàng nghìn");
    }

    @Test
    void scanSkipsDatesCodesAndClockTimes() {
        String text = "Sáng 13-12, Bộ Ngoại giao tổ chức hội nghị. 12:07 - Thứ Ba, 14/12/2021. Chỉ thị số 32-CT/TW "
                + "ngày 18/2/2019 về Covid-19 và nhóm G7 trong tháng 11/2021.";
        assertThat(VietnameseNumberParser.scan(text)).isEmpty();
    }

    @Test
    void scanKeepsRangesFollowedByAUnit() {
        List<NumberMention> found = VietnameseNumberParser.scan("trong 5-10 năm tới, tình hình thế giới");
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.value()).isEqualByComparingTo("5");
            assertThat(m.upper()).isEqualByComparingTo("10");
        });
    }

    @Test
    void aLoneNumberWordInRunningTextIsNotTaken() {
        List<NumberMention> found = VietnameseNumberParser.scan("Năm 2019, Hà Nội đã đón gần 29 triệu lượt khách, "
                + "đổi mới tư duy và ba trụ cột");
        assertThat(found).extracting(NumberMention::raw).containsExactly("2019", "gần 29 triệu");
        assertThat(found.get(1).absoluteValue()).isEqualByComparingTo(new BigDecimal("29000000"));
    }
}
