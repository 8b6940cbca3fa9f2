package vn.civicsquiz.teacher.accounts;

import io.quarkus.panache.common.Page;
import vn.civicsquiz.platform.problem.Say;
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
            throw ProblemException.badRequest(new Say("Cần có nội dung JSON", "A JSON body is required"),
                    ProblemException.fault("body", "bắt buộc", "required"));
        }
        if (input.role() == null || !ROLES.contains(input.role())) {
            throw ProblemException.badRequest(INVALID, ProblemException.fault("role", "learner hoặc teacher",
                    "learner or teacher"));
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
            throw ProblemException.badRequest(new Say("Tham số role không hợp lệ", "Parameter role is not valid"),
                    ProblemException.fault("role", "learner hoặc teacher", "learner or teacher"));
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
            throw "id".equals(e.field()) ? ProblemException.notFound(new Say("Tài khoản " + accountId, "Account " + accountId)) : problem(e);
        }
    }

    private static final Say INVALID = new Say("Tài khoản không hợp lệ", "The account is not valid");

    private static ProblemException problem(AccountException e) {
        if ("taken".equals(e.reason())) {
            return ProblemException.conflict(new Say("Tên đăng nhập này đã có người dùng; tên đăng nhập được so sánh"
                    + " không phân biệt hoa thường", "That username is taken; usernames are compared without case"),
                    ProblemException.fault("username", "đã có người dùng", "taken"));
        }
        int maxName = DisplayNames.Kind.DISPLAY_NAME.max;
        Say expected = switch (e.field()) {
            case "username" -> new Say("3 đến 64 chữ cái, chữ số, dấu chấm, gạch dưới hoặc gạch nối",
                    "3 to 64 letters, digits, dots, underscores or hyphens");
            case "password" -> "common".equals(e.reason())
                    ? new Say("là một trong những mật khẩu phổ biến nhất; hãy chọn một cụm từ dài hơn của riêng bạn",
                    "one of the most common passwords; choose a longer phrase of your own")
                    : new Say(PasswordPolicy.MIN_LENGTH + " ký tự đến " + PasswordPolicy.MAX_BYTES + " byte",
                    PasswordPolicy.MIN_LENGTH + " characters to " + PasswordPolicy.MAX_BYTES + " bytes");
            case "displayName" -> new Say("1 đến " + maxName + " ký tự sau chuẩn hoá NFC: chữ cái, chữ số, dấu cách và"
                    + " . ' - _; không có ký tự điều khiển, ký tự vô hình hay ký tự đổi chiều viết",
                    "1 to " + maxName + " characters after NFC: letters, digits, spaces and . ' - _; no control, "
                    + "invisible or direction-changing characters");
            default -> Say.same(e.reason());
        };
        return ProblemException.badRequest(INVALID, ProblemException.fault(e.field(), expected));
    }
}
