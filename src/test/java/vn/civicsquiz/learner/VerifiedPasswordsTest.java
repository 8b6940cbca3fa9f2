package vn.civicsquiz.learner;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedPasswordsTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-22T08:00:00Z"));
    private final VerifiedPasswords verified = new VerifiedPasswords(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    });

    @Test
    void a_remembered_pair_matches_only_the_same_password_and_the_same_stored_hash() {
        verified.remember("mật khẩu đúng", "$2a$10$hashA");

        assertThat(verified.contains("mật khẩu đúng", "$2a$10$hashA")).isTrue();
        assertThat(verified.contains("mật khẩu sai", "$2a$10$hashA")).isFalse();
        assertThat(verified.contains("mật khẩu đúng", "$2a$10$hashB"))
                .as("a reset password has a new hash, so the old password is checked by bcrypt again").isFalse();
    }

    @Test
    void entries_expire() {
        verified.remember("mật khẩu", "$2a$10$hash");
        now.set(now.get().plus(VerifiedPasswords.TTL).minusSeconds(1));
        assertThat(verified.contains("mật khẩu", "$2a$10$hash")).isTrue();
        now.set(now.get().plusSeconds(1));
        assertThat(verified.contains("mật khẩu", "$2a$10$hash")).isFalse();
    }

    @Test
    void a_full_map_starts_again_instead_of_growing() {
        for (int i = 0; i < VerifiedPasswords.MAX_ENTRIES; i++) {
            verified.remember("p" + i, "h");
        }
        assertThat(verified.contains("p0", "h")).isTrue();
        verified.remember("one more", "h");
        assertThat(verified.contains("p0", "h")).isFalse();
        assertThat(verified.contains("one more", "h")).isTrue();
    }

    @Test
    void the_password_hasher_still_refuses_a_wrong_password_after_the_right_one_was_accepted() {
        PasswordHasher hasher = new PasswordHasher();
        String hash = hasher.hash("mật khẩu đúng");
        assertThat(hasher.matches("mật khẩu đúng", hash)).isTrue();
        assertThat(hasher.matches("mật khẩu đúng", hash)).isTrue();
        assertThat(hasher.matches("mật khẩu sai", hash)).isFalse();
        assertThat(hasher.matches("mật khẩu đúng", hasher.hash("mật khẩu mới"))).isFalse();
        assertThat(hasher.matches("mật khẩu đúng", null)).isFalse();
    }
}
