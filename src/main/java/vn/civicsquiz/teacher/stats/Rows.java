package vn.civicsquiz.teacher.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Reading the columns of native query rows, whatever Java type the driver chose. */
public final class Rows {

    private Rows() {
    }

    public static long asLong(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    public static Double asDouble(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    public static OffsetDateTime asTime(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime t) {
            return t;
        }
        Instant instant = value instanceof Timestamp ts ? ts.toInstant() : (Instant) value;
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** A share as a percentage with two decimals, null for an empty base. */
    public static Double percent(long part, long whole) {
        return whole == 0 ? null : round(100.0 * part / whole, 2);
    }

    public static Double round(Double value, int decimals) {
        return value == null || value.isNaN() ? null
                : BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
