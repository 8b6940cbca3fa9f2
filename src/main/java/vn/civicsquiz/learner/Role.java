package vn.civicsquiz.learner;

/** Role names as stored in the account table and used in {@code @RolesAllowed}. */
public final class Role {
    public static final String LEARNER = "learner";
    public static final String TEACHER = "teacher";
    /** Not stored as a role: a teacher whose account.admin is set (see platform.access.Permissions). */
    public static final String ADMIN = "admin";

    private Role() {
    }
}
