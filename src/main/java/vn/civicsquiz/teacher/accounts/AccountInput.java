package vn.civicsquiz.teacher.accounts;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new account a teacher creates for a learner or a colleague. */
public record AccountInput(@Schema(example = "lan.nguyen", description = "3-64 letters, digits, . _ -") String username,
                           @Schema(example = "mật-khẩu-đủ-dài", description = "8-72 bytes") String password,
                           @Schema(example = "learner", enumeration = {"learner", "teacher"}) String role,
                           @Schema(example = "Nguyễn Thị Lan", maxLength = 100) String displayName) {
}
