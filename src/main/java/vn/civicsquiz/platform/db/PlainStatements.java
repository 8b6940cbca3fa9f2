package vn.civicsquiz.platform.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.atomic.LongAdder;

/**
 * Plain JDBC statements of the hot paths (an answer, a question page), prepared on the connection of the caller's
 * transaction, and counted: Hibernate's statistics do not see them, and the statement budgets
 * ({@code HotPathStatementsTest}, {@code PageStatementsTest}) add this count to Hibernate's.
 */
public final class PlainStatements {

    private static final LongAdder PREPARED = new LongAdder();

    private PlainStatements() {
    }

    public static PreparedStatement prepare(Connection connection, String sql) throws SQLException {
        PREPARED.increment();
        return connection.prepareStatement(sql);
    }

    /** Statements prepared through {@link #prepare} since the start. */
    public static long prepared() {
        return PREPARED.sum();
    }
}
