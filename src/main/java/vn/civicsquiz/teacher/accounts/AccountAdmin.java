package vn.civicsquiz.teacher.accounts;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.civicsquiz.learner.Account;
import vn.civicsquiz.learner.AccountException;
import vn.civicsquiz.learner.AccountService;
import vn.civicsquiz.learner.DisplayNames;
import vn.civicsquiz.learner.PasswordPolicy;
import vn.civicsquiz.learner.Role;
import vn.civicsquiz.platform.problem.Problem;
import vn.civicsquiz.platform.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Teachers create accounts, list them and reset passwords, through {@link AccountService}'s rules. */
@ApplicationScoped
public class AccountAdmin {

    private static final Set<String> ROLES = Set.of(Role.LEARNER, Role.TEACHER);

    private final AccountService accounts;
    private final EntityManager em;

    public AccountAdmin(AccountService accounts, EntityManager em) {
        this.accounts = accounts;
        this.em = em;
    }

    /**
     * @throws ProblemException 400 listing every field at fault, 409 when the username is taken (in any case)
     */
    @Transactional
    public AccountView create(AccountInput input) {
        if (input == null) {
            throw ProblemException.badRequest("A JSON body is required", List.of(new Problem.FieldError("body",
                    "required")));
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (input.role() == null || !ROLES.contains(input.role())) {
            errors.add(new Problem.FieldError("role", "learner or teacher"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("The account is not valid", errors);
        }
        try {
            Account created = accounts.signUp(input.username(), input.password(), input.displayName(), input.role());
            em.flush();
            em.refresh(created);
            return AccountView.of(created);
        } catch (AccountException e) {
            throw problem(e);
        }
    }

    @Transactional
    /** @param visible the ids the caller may see, or null for every account */
    public AccountPage list(String role, int page, int size, Set<Long> visible) {
        if (role != null && !ROLES.contains(role)) {
            throw ProblemException.badRequest("Parameter role is not valid",
                    List.of(new Problem.FieldError("role", "learner or teacher")));
        }
        String where = (role == null ? "1 = 1" : "role = :role") + (visible == null ? "" : " and id in :visible");
        Parameters parameters = new Parameters();
        if (role != null) {
            parameters = parameters.and("role", role);
        }
        if (visible != null) {
            parameters = parameters.and("visible", visible);
        }
        var query = Account.<Account>find(where, Sort.by("username").and("id"), parameters);
        List<AccountView> items = query.page(Page.of(page, size)).list().stream().map(AccountView::of).toList();
        return new AccountPage(items, page, size, query.count());
    }

    /** @throws ProblemException 404 for an unknown account, 400 for a password out of bounds */
    public void resetPassword(long accountId, PasswordInput input) {
        try {
            accounts.resetPassword(accountId, input == null ? null : input.password());
        } catch (AccountException e) {
            throw "id".equals(e.field()) ? ProblemException.notFound("Account " + accountId) : problem(e);
        }
    }

    private static ProblemException problem(AccountException e) {
        if ("taken".equals(e.reason())) {
            return ProblemException.conflict("That username is taken; usernames are compared without case");
        }
        String expected = switch (e.field()) {
            case "username" -> "3 to 64 letters, digits, dots, underscores or hyphens";
            case "password" -> "common".equals(e.reason())
                    ? "one of the most common passwords; choose a longer phrase of your own"
                    : PasswordPolicy.MIN_LENGTH + " characters to " + PasswordPolicy.MAX_BYTES + " bytes";
            case "displayName" -> "1 to " + DisplayNames.Kind.DISPLAY_NAME.max + " characters after NFC: letters, "
                    + "digits, spaces and . ' - _; no control, invisible or direction-changing characters";
            default -> e.reason();
        };
        return ProblemException.badRequest("The account is not valid", List.of(new Problem.FieldError(e.field(),
                expected)));
    }
}
