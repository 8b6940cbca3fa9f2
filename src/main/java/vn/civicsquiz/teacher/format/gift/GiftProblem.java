package vn.civicsquiz.teacher.format.gift;

/** Why one GIFT item was not imported: invalid GIFT (an error) or valid GIFT the app cannot hold (skipped). */
final class GiftProblem extends RuntimeException {

    private final int line;
    private final boolean unsupported;

    private GiftProblem(int line, String message, boolean unsupported) {
        super(message, null, false, false);
        this.line = line;
        this.unsupported = unsupported;
    }

    static GiftProblem error(int line, String message) {
        return new GiftProblem(line, message, false);
    }

    static GiftProblem unsupported(String reason) {
        return new GiftProblem(0, reason, true);
    }

    int line() {
        return line;
    }

    boolean unsupported() {
        return unsupported;
    }
}
