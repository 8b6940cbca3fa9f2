package vn.civicsquiz.learner;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.PasswordType;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A person who signs in: a learner or a teacher. quarkus-security-jpa checks passwords (bcrypt, modular crypt
 * format) and reads the role from this entity for both HTTP Basic and form-login sessions.
 */
@Entity
@UserDefinition
@Table(name = "account")
public class Account extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Username
    @Column(nullable = false, length = 64)
    public String username;

    @Password(PasswordType.MCF)
    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    @Roles
    @Column(nullable = false, length = 16)
    public String role;

    /** A one-time password from a class roster: the first sign-in must replace it. */
    @Column(name = "password_must_change", nullable = false)
    public boolean passwordMustChange;

    @Column(name = "display_name", length = 100)
    public String displayName;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Version
    public int version;

    public static Optional<Account> findByUsername(String username) {
        return find("lower(username) = lower(?1)", username).firstResultOptional();
    }
}
