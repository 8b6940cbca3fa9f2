package vn.civicsquiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.content.fact.FactSet;

class NearValuesTest {

    private static Fact figure(String id, String value, String unit, String counts) {
        return new Fact(id, FactSet.FIGURES, null, counts, counts, new BigDecimal(value), unit, "2021", "src", "q",
                Map.of("counts", counts));
    }

    @Test
    void aCountOfCountriesNeverExceedsTheUnitedNationsMembership() {
        Fact relations = figure("rel-2021", "189", "quốc gia", "quốc gia có quan hệ ngoại giao với Việt Nam");
        List<BigDecimal> values = NearValues.candidates(relations, new FactBase(List.of(relations)));
        assertThat(values).isNotEmpty().allSatisfy(v -> assertThat(v).isLessThanOrEqualTo(new BigDecimal(193)));
    }

    @Test
    void aValueTheFactBaseGivesForTheSameCountAtAnotherDateIsNeverAWrongValue() {
        Fact in2021 = figure("rel-2021", "189", "quốc gia", "quốc gia có quan hệ ngoại giao với Việt Nam");
        Fact in2024 = figure("rel-2024", "193", "quốc gia", "quốc gia có quan hệ ngoại giao với Việt Nam");
        Fact parties = figure("parties", "174", "chính đảng", "chính đảng");
        FactBase base = new FactBase(List.of(in2021, in2024, parties));
        assertThat(NearValues.candidates(in2024, base)).doesNotContain(new BigDecimal(189));
        // 174 counts something else, so it stays a fair wrong value for 189
        assertThat(NearValues.candidates(in2021, base)).contains(new BigDecimal(174)).doesNotContain(new BigDecimal(193));
    }

    @Test
    void roundNumbersMoveInRoundStepsAndDecimalsKeepTheirPrecision() {
        Fact organisations = figure("orgs", "1200", "tổ chức", "tổ chức");
        assertThat(NearValues.candidates(organisations, new FactBase(List.of(organisations))))
                .allSatisfy(v -> assertThat(v.remainder(new BigDecimal(50)).signum()).isZero());
        Fact fdi = figure("fdi", "24.8", "tỷ USD", "vốn FDI");
        assertThat(NearValues.candidates(fdi, new FactBase(List.of(fdi))))
                .allSatisfy(v -> assertThat(v.stripTrailingZeros().scale()).isLessThanOrEqualTo(1));
    }

    @Test
    void percentagesStayAtOrBelowAHundred() {
        Fact share = figure("share", "95", "%", "tỉ lệ");
        assertThat(NearValues.candidates(share, new FactBase(List.of(share))))
                .allSatisfy(v -> assertThat(v).isLessThanOrEqualTo(new BigDecimal(100)));
    }

    @Property
    void wrongValuesArePositiveDifferentAndWithinAThirdOrFiveSteps(@ForAll @IntRange(min = 1, max = 5_000_000) int value) {
        Fact fact = figure("f", Integer.toString(value), "tổ chức", "tổ chức");
        List<BigDecimal> values = NearValues.candidates(fact, new FactBase(List.of(fact)));
        BigDecimal v = new BigDecimal(value);
        BigDecimal allowed = v.compareTo(new BigDecimal(20)) <= 0 ? new BigDecimal(5)
                : v.multiply(new BigDecimal("0.40"));
        assertThat(values).doesNotHaveDuplicates().allSatisfy(candidate -> {
            assertThat(candidate.signum()).isPositive();
            assertThat(candidate.compareTo(v)).isNotZero();
            assertThat(candidate.subtract(v).abs()).isLessThanOrEqualTo(allowed);
        });
        if (value >= 5) {
            assertThat(values).hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void theSampleIsTheSameForTheSameSeedAndKey() {
        Fact fact = figure("parties", "247", "chính đảng", "chính đảng");
        FactBase base = new FactBase(List.of(fact));
        List<List<BigDecimal>> draws = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            draws.add(NearValues.around(fact, base, Dice.of(7, "how-many/parties"), 3));
        }
        assertThat(draws).containsOnly(draws.get(0));
        assertThat(draws.get(0)).hasSize(3);
    }
}
