package vn.civicsquiz.learner;

import vn.civicsquiz.platform.security.Caller;
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
        static native TemplateInstance login(boolean error, boolean throttled, boolean signedUp, String username);

        static native TemplateInstance signup(String username, String displayName, String errorKey);
    }

    private final AccountService accounts;
    private final AccountEvents events;
    private final Caller caller;
    private final SessionRevocation.Sessions sessions;

    public AccountPages(AccountService accounts, AccountEvents events, Caller caller,
                        SessionRevocation.Sessions sessions) {
        this.accounts = accounts;
        this.events = events;
        this.caller = caller;
        this.sessions = sessions;
    }

    @GET
    @Path("login")
    public TemplateInstance login(@QueryParam("error") String error, @QueryParam("signedUp") boolean signedUp,
                                  @QueryParam("username") String username) {
        boolean throttled = "throttled".equals(error);
        return Templates.login(error != null && !throttled, throttled, signedUp, username);
    }

    @GET
    @Path("signup")
    public TemplateInstance signupForm() {
        return Templates.signup("", "", null);
    }

    @POST
    @Path("signup")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signup(@FormParam("username") String username, @FormParam("password") String password,
                           @FormParam("displayName") String displayName) {
        limits.take(vn.civicsquiz.platform.access.CreationLimits.ACCOUNT); // 429 past the sign-ups per address
        try {
            Account account = accounts.signUp(username, password, displayName, Role.LEARNER);
            events.signedUp(account);
            return Response.seeOther(URI.create("/login?signedUp=true&username="
                    + java.net.URLEncoder.encode(account.username, java.nio.charset.StandardCharsets.UTF_8))).build();
        } catch (AccountException e) {
            return Response.status(400).entity(Templates.signup(username == null ? "" : username,
                    displayName == null ? "" : displayName, "error_" + e.field() + "_" + e.reason())).build();
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
