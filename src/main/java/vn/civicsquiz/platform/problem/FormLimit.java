package vn.civicsquiz.platform.problem;

import org.jboss.resteasy.reactive.server.core.multipart.FormData;

/**
 * Quarkus REST stops reading a form at its 1 000th field (and the CSRF check reads every page form), but reports
 * it as a plain RuntimeException thrown from {@link FormData}: recognised here by where it was thrown, so that
 * it becomes a 413 rather than a 500. Reading stops at the limit, so such a request costs next to nothing.
 */
final class FormLimit {

    static final int MAX_FIELDS = 1000;

    private FormLimit() {
    }

    static boolean exceeded(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            StackTraceElement[] trace = t.getStackTrace();
            if (t.getClass() == RuntimeException.class && trace.length > 0
                    && trace[0].getClassName().equals(FormData.class.getName())) {
                return true;
            }
        }
        return false;
    }
}
