package vn.civicsquiz.classes;

import java.time.OffsetDateTime;

/** A teacher's class as the API shows it. */
public record ClassView(long id, String name, String joinCode, long members, OffsetDateTime createdAt) {
}
