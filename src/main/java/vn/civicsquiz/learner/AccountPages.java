package vn.civicsquiz.learner;

import vn.civicsquiz.platform.security.Caller;
import vn.civicsquiz.platform.security.LoginThrottle;
import vn.civicsquiz.platform.security.ReturnPath;
import vn.civicsquiz.platform.security.SessionMarks;
import vn.civicsquiz.platform.security.SessionRevocation;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** Sign-in, sign-up and sign-out pages. The sign-in form posts to Quarkus' {@code j_security_check}. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AccountPages {

    @jakarta.inject.Inject
    vn.civicsquiz.platform.access.CreationLimits limits;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean error, boolean throttled, long waitMinutes, boolean accountNeeded,
                                             String username, String next);

        static native TemplateInstance signup(String username, String displayName, String errorKey, String next);
    }

    private final AccountService accounts;
    private final AccountEvents events;
    private final Caller caller;
    private final SessionRevocation.Sessions sessions;
    private final LoginThrottle throttle;

    public AccountPages(AccountService accounts, AccountEvents events, Caller caller,
                        SessionRevocation.Sessions sessions, LoginThrottle throttle) {
        this.accounts = accounts;
        this.events = events;
        this.caller = caller;
        this.sessions = sessions;
        this.throttle = throttle;
    }

    /** The sign-in page; after too many failed sign-ins it answers 429 and says how long to wait. */
    @GET
    @Path("login")
    public Response login(@QueryParam("error") String error, @QueryParam("reason") String reason,
                          @QueryParam("username") String username, @QueryParam("next") String next) {
        boolean throttled = "throttled".equals(error);
        long waitSeconds = throttle.retryAfterSeconds();
        TemplateInstance page = Templates.login(error != null && !throttled, throttled,
                Math.max(1, (waitSeconds + 59) / 60), "account".equals(reason), username,
                ReturnPath.of(next).orElse(""));
        if (throttled) {
            return Response.status(429).header("Retry-After", Long.toString(waitSeconds)).entity(page).build();
        }
        return Response.ok(page).build();
    }

    @GET
    @Path("signup")
    public TemplateInstance signupForm(@QueryParam("next") String next) {
        return Templates.signup("", "", null, ReturnPath.of(next).orElse(""));
    }

    /**
     * Creates the account and signs it in: 307 makes the browser post the same form (username, password, CSRF
     * token, next) to Quarkus' sign-in, which opens the session and returns to {@code next}.
     */
    @POST
    @Path("signup")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signup(@FormParam("username") String username, @FormParam("password") String password,
                           @FormParam("displayName") String displayName, @FormParam("next") String next) {
        limits.take(vn.civicsquiz.platform.access.CreationLimits.ACCOUNT); // 429 past the sign-ups per address
        try {
            Account account = accounts.signUp(username, password, displayName, Role.LEARNER);
            events.signedUp(account);
            return Response.temporaryRedirect(URI.create("/j_security_check")).build();
        } catch (AccountException e) {
            return Response.status(400).entity(Templates.signup(username == null ? "" : username,
                    displayName == null ? "" : displayName, "error_" + e.field() + "_" + e.reason(),
                    ReturnPath.of(next).orElse(""))).build();
        }
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout() {
        Long accountId = caller.accountId();
        if (accountId != null) {
            sessions.endAll(accountId); // every browser of this account, on every instance
        }
        return Response.seeOther(URI.create("/"))
                .cookie(new NewCookie.Builder("quiz-session").value("").path("/").maxAge(0).httpOnly(true).build(),
                        new NewCookie.Builder(SessionMarks.COOKIE).value("").path("/").maxAge(0).httpOnly(true).build())
                .build();
    }
}
