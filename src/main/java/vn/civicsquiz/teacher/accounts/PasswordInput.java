package vn.civicsquiz.teacher.accounts;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new password set by a teacher. */
public record PasswordInput(@Schema(example = "mật-khẩu-mới-2025", description = "10 characters to 72 bytes, not a common password") String password) {
}
