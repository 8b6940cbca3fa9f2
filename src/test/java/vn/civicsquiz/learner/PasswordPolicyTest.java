package vn.civicsquiz.learner;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

/** A new password is long enough, fits bcrypt and is not on the shipped list of common passwords. */
class PasswordPolicyTest {

    @Test
    void shortPasswordsAreRefusedWhateverTheyAre() {
        refused("password", "short");
        refused("12345678", "short");
        refused("mậtkhẩu12", "short"); // 9 characters, more bytes
        assertThatCode(() -> PasswordPolicy.check("mật khẩu 1")).doesNotThrowAnyException();
    }

    @Test
    void passwordsOnTheShippedListAreRefusedInAnyCase() {
        refused("qwertyuiop", "common");
        refused("1234567890", "common");
        refused("Password123", "common");
        refused("PASSWORD1234", "common");
        refused("matkhau123", "common");
        assertThatCode(() -> PasswordPolicy.check("ôn tập đối ngoại 2021")).doesNotThrowAnyException();
    }

    @Test
    void lookUpsAreCheap() {
        long start = System.nanoTime();
        for (int i = 0; i < 100_000; i++) {
            PasswordPolicy.isCommon("không phổ biến " + i);
        }
        assertThat(PasswordPolicy.isCommon("iloveyou12")).isTrue();
        assertThat((System.nanoTime() - start) / 1_000_000).as("100 000 look-ups in ms").isLessThan(2_000);
    }

    @Test
    void passwordsOverBcryptsSeventyTwoBytesAreRefused() {
        refused("ệ".repeat(25), "long"); // 25 characters, 75 bytes
        assertThatCode(() -> PasswordPolicy.check("a".repeat(72))).doesNotThrowAnyException();
    }

    private static void refused(String password, String reason) {
        assertThatThrownBy(() -> PasswordPolicy.check(password)).as(password)
                .isInstanceOfSatisfying(AccountException.class, e -> {
                    assertThat(e.field()).isEqualTo("password");
                    assertThat(e.reason()).isEqualTo(reason);
                });
    }
}
