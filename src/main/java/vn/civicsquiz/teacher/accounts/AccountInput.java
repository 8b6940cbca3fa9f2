package vn.civicsquiz.teacher.accounts;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new account a teacher creates for a learner or a colleague. */
public record AccountInput(@Schema(example = "lan.nguyen", description = "3-64 letters, digits, . _ -") String username,
                           @Schema(example = "mật-khẩu-đủ-dài", description = "10 characters to 72 bytes, not a common password") String password,
                           @Schema(example = "learner", enumeration = {"learner", "teacher"}) String role,
                           @Schema(example = "Nguyễn Thị Lan", maxLength = 100, description = "letters, digits, spaces and . ' - _") String displayName) {
}
