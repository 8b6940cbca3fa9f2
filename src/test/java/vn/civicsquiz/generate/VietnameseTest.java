package vn.civicsquiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class VietnameseTest {

    @Test
    void numbersAreWrittenTheVietnameseWay() {
        assertThat(Vietnamese.number(new BigDecimal("1200"))).isEqualTo("1.200");
        assertThat(Vietnamese.number(new BigDecimal("24.8"))).isEqualTo("24,8");
        assertThat(Vietnamese.number(new BigDecimal("6E+2"))).isEqualTo("600");
        assertThat(Vietnamese.number(new BigDecimal("1467.50"))).isEqualTo("1.467,5");
    }

    @Test
    void ordinalsUseTheWordsOfTheArticles() {
        assertThat(Vietnamese.ordinal(1)).isEqualTo("thứ nhất");
        assertThat(Vietnamese.ordinal(4)).isEqualTo("thứ tư");
        assertThat(Vietnamese.ordinalOption(9)).isEqualTo("Thứ chín");
    }

    @Test
    void datesAreShownAsPreciselyAsTheyAreKnown() {
        assertThat(Vietnamese.date("2021-12-14")).isEqualTo("14/12/2021");
        assertThat(Vietnamese.date("2023-12")).isEqualTo("tháng 12/2023");
        assertThat(Vietnamese.date("1986")).isEqualTo("năm 1986");
        assertThat(Vietnamese.year("2024-09-01")).isEqualTo("2024");
    }

    @Test
    void capitalisationKeepsDiacriticsAndAcronyms() {
        assertThat(Vietnamese.capitalise("đối ngoại Đảng")).isEqualTo("Đối ngoại Đảng");
        assertThat(Vietnamese.decapitalise("Đối ngoại nhân dân")).isEqualTo("đối ngoại nhân dân");
        assertThat(Vietnamese.decapitalise("ASEAN")).isEqualTo("ASEAN");
    }
}
