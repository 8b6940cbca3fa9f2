package vn.civicsquiz.teacher.format.gift;

import vn.civicsquiz.platform.problem.Say;

/** Why one GIFT item was not imported: invalid GIFT (an error) or valid GIFT the app cannot hold (skipped). */
final class GiftProblem extends RuntimeException {

    private final int line;
    private final Say say;
    private final boolean unsupported;

    private GiftProblem(int line, Say say, boolean unsupported) {
        super(say.english(), null, false, false);
        this.line = line;
        this.say = say;
        this.unsupported = unsupported;
    }

    static GiftProblem error(int line, String vietnamese, String english) {
        return new GiftProblem(line, new Say(vietnamese, english), false);
    }

    static GiftProblem unsupported(String vietnamese, String english) {
        return new GiftProblem(0, new Say(vietnamese, english), true);
    }

    int line() {
        return line;
    }

    Say say() {
        return say;
    }

    boolean unsupported() {
        return unsupported;
    }
}
