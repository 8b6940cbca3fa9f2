package vn.civicsquiz.platform.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import vn.civicsquiz.content.text.TextNormaliser;
import jakarta.enterprise.context.ApplicationScoped;
import vn.civicsquiz.learner.AccountService;

/**
 * Checks form-login and HTTP Basic credentials against the account table. quarkus-security-jpa does this for
 * other Quarkus releases but is not published for the one this project uses.
 */
@ApplicationScoped
public class AccountIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    public static final String ACCOUNT_ID = "accountId";

    private final AccountService accounts;
    private final LoginThrottle throttle;

    public AccountIdentityProvider(AccountService accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        String username = request.getUsername();
        String password = new String(request.getPassword().getPassword());
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        String clientKey = clientKey(http, username);
        return context.runBlocking(() -> {
            if (throttle.isBlocked(clientKey)) {
                if (http != null) {
                    http.put(LoginThrottledFilter.THROTTLED, true);
                }
                throw new AuthenticationFailedException("too many failed sign-ins");
            }
            return accounts.authenticate(username, password)
                    .map(account -> (SecurityIdentity) QuarkusSecurityIdentity.builder()
                            .setPrincipal(new QuarkusPrincipal(account.username))
                            .addRole(account.role)
                            .addAttribute(ACCOUNT_ID, account.id)
                            .build())
                    .orElseThrow(() -> {
                        throttle.recordFailure(clientKey);
                        return new AuthenticationFailedException();
                    });
        });
    }

    private static String clientKey(RoutingContext http, String username) {
        String address = http == null || http.request().remoteAddress() == null ? "unknown"
                : http.request().remoteAddress().host();
        String name = TextNormaliser.fold(username == null ? "" : username);
        return address + "|" + (name.length() > 100 ? name.substring(0, 100) : name);
    }
}
