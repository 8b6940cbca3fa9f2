import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;

/**
 * Runs one of bench/sql/*.sql over JDBC (so it also reaches the embedded PostgreSQL, where psql may be missing),
 * after replacing ${name} placeholders; statements are separated by lines holding only ";".
 */
final class Seeder {

    private Seeder() {
    }

    static void run(String url, String user, String password, Path file, Map<String, String> values) throws Exception {
        String sql = Files.readString(file);
        for (Map.Entry<String, String> e : values.entrySet()) {
            sql = sql.replace("${" + e.getKey() + "}", e.getValue());
        }
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            for (String statement : sql.split("(?m)^;\\s*$")) {
                if (!statement.replaceAll("(?m)^\\s*--.*$", "").isBlank()) {
                    s.execute(statement);
                }
            }
        }
    }
}
