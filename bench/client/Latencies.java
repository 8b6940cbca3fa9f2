import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/** Response times of one measured step (nanoseconds), thread safe, and the summary line bench/run parses. */
final class Latencies {

    private long[] values = new long[1024];
    private int count;
    final AtomicLong errors = new AtomicLong();

    synchronized void add(long nanos) {
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
        }
        values[count++] = nanos;
    }

    void error() {
        errors.incrementAndGet();
    }

    synchronized int count() {
        return count;
    }

    synchronized double percentileMs(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, index))] / 1e6;
    }

    /** One line: RESULT name=.. n=.. errors=.. rps=.. p50=.. p99=.. max=.. (ms). */
    String result(String name, double seconds) {
        int n = count();
        return String.format(Locale.ROOT, "RESULT name=%s n=%d errors=%d rps=%.1f p50=%.2f p99=%.2f max=%.2f",
                name, n, errors.get(), seconds > 0 ? n / seconds : 0, percentileMs(50), percentileMs(99),
                percentileMs(100));
    }
}
