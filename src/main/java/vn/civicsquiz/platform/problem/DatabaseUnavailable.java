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
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            String message = t.getMessage();
            if (message != null && message.contains("Acquisition timeout")) {
                return true;
            }
        }
        return false;
    }
}
