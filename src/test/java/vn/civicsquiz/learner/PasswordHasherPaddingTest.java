package vn.civicsquiz.learner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A wrong password is refused after a full-cost check even against a one-time password's cheap hash. */
class PasswordHasherPaddingTest {

    private int spent;

    private final PasswordHasher hasher = new PasswordHasher() {
        @Override
        public void spendVerificationTime() {
            spent++;
        }
    };

    @Test
    void aWrongPasswordAgainstACheapHashCostsAFullCheckAndNothingElseDoes() {
        String cheap = hasher.hashOneTime("abcd-efgh-jkmn");
        assertThat(hasher.matches("wrong-wrong", cheap)).isFalse();
        assertThat(spent).as("padded once").isEqualTo(1);
        assertThat(hasher.matches("abcd-efgh-jkmn", cheap)).isTrue();
        assertThat(spent).as("a right password is not padded").isEqualTo(1);

        String usual = hasher.hash("một cụm từ đủ dài");
        assertThat(hasher.matches("sai rồi", usual)).isFalse();
        assertThat(spent).as("a full-cost hash needs no padding").isEqualTo(1);

        hasher.padFailure(cheap);
        hasher.padFailure(usual);
        hasher.padFailure("not a hash");
        hasher.padFailure(null);
        assertThat(spent).isEqualTo(2);
    }

    @Test
    void theHashAMissingAccountIsCheckedAgainstCostsAsMuchAsARealOne() {
        String real = new PasswordHasher().hash("x");
        assertThat(PasswordHasher.DUMMY_HASH.substring(0, 7)).as("same version and cost").isEqualTo(real.substring(0, 7));
        assertThat(at.favre.lib.crypto.bcrypt.BCrypt.verifyer().verify("x".toCharArray(), PasswordHasher.DUMMY_HASH)
                .verified).as("a valid bcrypt hash, so the check runs in full").isTrue();
    }
}
