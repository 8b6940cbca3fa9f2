package vn.civicsquiz.learner;

/** Role names as stored in the account table and used in {@code @RolesAllowed}. */
public final class Role {
    public static final String LEARNER = "learner";
    public static final String TEACHER = "teacher";

    private Role() {
    }
}
