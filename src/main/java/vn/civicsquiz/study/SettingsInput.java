package vn.civicsquiz.study;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks study settings as typed in the form: desired retention 0.70–0.99 with at most two decimals (a decimal
 * comma is accepted, as Vietnamese writes it), daily new-card limit a whole number 0–200.
 *
 * @param errors the names of the invalid fields ("retention", "limit"); empty when the input is valid
 */
public record SettingsInput(BigDecimal retention, Integer dailyNewLimit, List<String> errors) {

    public static final BigDecimal MIN_RETENTION = new BigDecimal("0.70");
    public static final BigDecimal MAX_RETENTION = new BigDecimal("0.99");
    public static final int MAX_DAILY_NEW = 200;

    public static SettingsInput parse(String retentionText, String limitText) {
        List<String> errors = new ArrayList<>();
        BigDecimal retention = retention(retentionText);
        if (retention == null) {
            errors.add("retention");
        }
        Integer limit = limit(limitText);
        if (limit == null) {
            errors.add("limit");
        }
        return new SettingsInput(retention, limit, List.copyOf(errors));
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    private static BigDecimal retention(String text) {
        if (text == null || !text.trim().matches("\\d{1,3}([.,]\\d{1,6})?")) {
            return null;
        }
        BigDecimal value = new BigDecimal(text.trim().replace(',', '.')).stripTrailingZeros();
        if (value.scale() > 2 || value.compareTo(MIN_RETENTION) < 0 || value.compareTo(MAX_RETENTION) > 0) {
            return null;
        }
        return value.setScale(2);
    }

    private static Integer limit(String text) {
        if (text == null || !text.trim().matches("\\d{1,4}")) {
            return null;
        }
        int value = Integer.parseInt(text.trim());
        return value <= MAX_DAILY_NEW ? value : null;
    }
}
