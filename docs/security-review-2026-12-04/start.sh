cd "${APP_DIR:-.}"
export QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/redteam QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres QUARKUS_HTTP_PORT=18600
export QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY="rt-session-key-0123456789abcdef0123456789abcdef"
export QUIZ_TEACHER_USERNAME=admin QUIZ_TEACHER_PASSWORD='Admin-passphrase-redteam-42'
exec java -Xmx256m -jar target/quarkus-app/quarkus-run.jar
