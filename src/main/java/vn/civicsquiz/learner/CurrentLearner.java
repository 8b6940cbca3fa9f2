package vn.civicsquiz.learner;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.platform.security.Caller;

import java.util.Optional;
import java.util.UUID;

/**
 * The learner of the current request: the signed-in account, else the guest named by the {@code X-Guest-Token}
 * header (API) or the {@code quiz-guest} cookie (browser). Looking up never creates anything; {@link #require()}
 * creates the learner row, and for a new guest a token that {@link GuestCookieFilter} hands back.
 */
@RequestScoped
public class CurrentLearner {

    private final Caller caller;
    private final HttpHeaders headers;
    private final EntityManager em;
    private Optional<LearnerRef> found;
    private String issuedToken;
    private boolean guestClaimed;
    @jakarta.inject.Inject
    vn.civicsquiz.platform.access.CreationLimits limits;

    public CurrentLearner(Caller caller, HttpHeaders headers, EntityManager em) {
        this.caller = caller;
        this.headers = headers;
        this.em = em;
    }

    public Long accountId() {
        return caller.accountId();
    }

    /**
     * The learner when one exists already. Read in a short transaction of its own: a read outside any
     * transaction would keep its pooled connection until the request ends, and a request that then opens a
     * transaction needs a second one; under load every connection is held by a request waiting for another.
     */
    @Transactional
    public Optional<LearnerRef> find() {
        if (found == null) {
            found = lookUp().map(Learner::ref);
        }
        return found;
    }

    /** The learner, created on first use (a guest gets a fresh token). */
    @Transactional
    public LearnerRef require() {
        Optional<LearnerRef> existing = find();
        if (existing.isPresent()) {
            return existing.get();
        }
        Long accountId = accountId();
        if (accountId != null) {
            found = Optional.of(Learner.ofAccount(accountId).ref());
            return found.orElseThrow();
        }
        if (headers.getHeaderString(GuestTokens.HEADER) != null) {
            throw ProblemException.notSignedIn("The guest token is not known; start without it to get a new one");
        }
        limits.take(vn.civicsquiz.platform.access.CreationLimits.GUEST); // 429 past the guests per address
        Learner guest = new Learner();
        issuedToken = GuestTokens.newToken();
        guest.guestTokenHash = GuestTokens.hash(issuedToken);
        guest.guestId = UUID.randomUUID();
        guest.persist();
        found = Optional.of(guest.ref());
        return found.get();
    }

    /** The guest token presented by this request (header before cookie), when well formed. */
    public Optional<String> presentedGuestToken() {
        String header = headers.getHeaderString(GuestTokens.HEADER);
        if (header != null) {
            return GuestTokens.wellFormed(header) ? Optional.of(header) : Optional.empty();
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

    private Optional<Learner> lookUp() {
        Long accountId = accountId();
        if (accountId != null) {
            return Learner.find("accountId", accountId).firstResultOptional();
        }
        return presentedGuestToken()
                .flatMap(token -> Learner.find("guestTokenHash", GuestTokens.hash(token)).firstResultOptional());
    }
}
