package vn.civicsquiz.platform.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** Recognises, anywhere in a cause chain, that the database could not be reached. */
final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    static boolean isCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof java.net.ConnectException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            // 08: connection exceptions; 57P01-57P03: the server is shutting down, crashed or still starting
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            String message = t.getMessage();
            // Agroal: "Sorry, acquisition timeout!" (no free connection in time: down or overloaded, 503 either way)
            if (message != null && message.toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }
}
