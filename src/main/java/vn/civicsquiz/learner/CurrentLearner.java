package vn.civicsquiz.learner;

import io.agroal.api.AgroalDataSource;
import vn.civicsquiz.platform.problem.Say;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import jakarta.enterprise.context.RequestScoped;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.platform.security.Caller;

import java.util.Optional;
import java.util.UUID;

/**
 * The learner of the current request: the signed-in account, else the guest named by the {@code X-Guest-Token}
 * header (API) or the {@code quiz-guest} cookie (pages only). Looking up never creates anything; {@link #require()}
 * creates the learner row, and for a new guest a token that {@link GuestCookieFilter} hands back.
 */
@RequestScoped
public class CurrentLearner {

    private final Caller caller;
    private final HttpHeaders headers;
    private final UriInfo uri;
    private final AgroalDataSource dataSource;
    private Optional<LearnerRef> found;
    private String issuedToken;
    private boolean guestClaimed;
    @jakarta.inject.Inject
    vn.civicsquiz.platform.access.CreationLimits limits;

    public CurrentLearner(Caller caller, HttpHeaders headers, UriInfo uri, AgroalDataSource dataSource) {
        this.caller = caller;
        this.headers = headers;
        this.uri = uri;
        this.dataSource = dataSource;
    }

    public Long accountId() {
        return caller.accountId();
    }

    /**
     * The learner when one exists already: one autocommit statement on a pooled connection given back at once.
     * (Through the entity manager outside a transaction the connection would stay with the request until it
     * ends, and a request that then opens a transaction needs a second one; in a transaction of its own the
     * lookup cost a BEGIN, a COMMIT and an entity to manage on every page and answer.)
     */
    public Optional<LearnerRef> find() {
        if (found == null) {
            found = lookUp();
        }
        return found;
    }

    /**
     * The learner, created on first use (a guest gets a fresh token). Each step uses one connection and gives it
     * back before the next (look up, count the new guest against the address's limit, insert): a start storm's
     * requests never wait for a second connection while holding a first. Called inside a transaction, the
     * creation joins it.
     */
    public LearnerRef require() {
        Optional<LearnerRef> existing = find();
        if (existing.isPresent()) {
            return existing.get();
        }
        Long accountId = accountId();
        if (accountId != null) {
            found = Optional.of(QuarkusTransaction.joiningExisting().call(() -> Learner.ofAccount(accountId).ref()));
            return found.orElseThrow();
        }
        if (headers.getHeaderString(GuestTokens.HEADER) != null) {
            throw ProblemException.notSignedIn(new Say("Mã khách không đúng; hãy bắt đầu mà không gửi mã để nhận"
                    + " mã mới", "The guest token is not known; start without it to get a new one"));
        }
        limits.take(vn.civicsquiz.platform.access.CreationLimits.GUEST); // 429 past the guests per address
        String token = GuestTokens.newToken();
        LearnerRef guest = QuarkusTransaction.joiningExisting().call(() -> {
            Learner created = new Learner();
            created.guestTokenHash = GuestTokens.hash(token);
            created.guestId = UUID.randomUUID();
            created.persist();
            return created.ref();
        });
        issuedToken = token;
        found = Optional.of(guest);
        return guest;
    }

    /**
     * The guest token presented by this request, when well formed: the header, else on pages the cookie. The JSON
     * API never takes the cookie alone (a browser would send it along with any request another page makes).
     */
    public Optional<String> presentedGuestToken() {
        String header = headers.getHeaderString(GuestTokens.HEADER);
        if (header != null) {
            return GuestTokens.wellFormed(header) ? Optional.of(header) : Optional.empty();
        }
        if (GuestTokens.isApi(uri.getPath())) {
            return Optional.empty();
        }
        Cookie cookie = headers.getCookies().get(GuestTokens.COOKIE);
        return cookie != null && GuestTokens.wellFormed(cookie.getValue()) ? Optional.of(cookie.getValue())
                : Optional.empty();
    }

    String issuedToken() {
        return issuedToken;
    }

    void guestClaimed() {
        guestClaimed = true;
        found = null;
    }

    boolean wasGuestClaimed() {
        return guestClaimed;
    }

    private Optional<LearnerRef> lookUp() {
        Long accountId = accountId();
        if (accountId != null) {
            return learnerWhere("account_id = ?", accountId);
        }
        return presentedGuestToken().flatMap(token -> learnerWhere("guest_token_hash = ?", GuestTokens.hash(token)));
    }

    private Optional<LearnerRef> learnerWhere(String condition, Object value) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT id, account_id, guest_id FROM learner WHERE " + condition + " LIMIT 1")) {
            s.setObject(1, value);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                long id = r.getLong(1);
                Long accountId = r.getObject(2) == null ? null : r.getLong(2);
                return Optional.of(new LearnerRef(id, accountId, accountId == null ? r.getObject(3, UUID.class) : null));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The learner could not be looked up", e);
        }
    }
}
