package vn.civicsquiz.platform.security;

import io.quarkus.arc.Unremovable;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import io.smallrye.mutiny.infrastructure.Infrastructure;

import java.util.function.Supplier;

/**
 * Stands in front of quarkus-security-jpa for every password sign-in (form and HTTP Basic): it normalises the
 * username as the account table stores it, refuses throttled clients before any password is checked, and then
 * hands the request on to security-jpa, which verifies the bcrypt hash. A pair verified a moment ago is accepted
 * without paying bcrypt again (API clients send Basic credentials with every request).
 */
@Unremovable
@ApplicationScoped
public class SignInGate implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** The account's id on identities made from a password; session identities get it from {@link Caller}. */
    public static final String ACCOUNT_ID = "accountId";
    static final String PASSED_GATE = "quiz.sign-in.passed-gate";

    private final SignInAttempts attempts;
    private final Instance<IdentityProviderManager> providers;

    public SignInGate(SignInAttempts attempts, Instance<IdentityProviderManager> providers) {
        this.attempts = attempts;
        this.providers = providers;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    /** Before security-jpa's provider (the default priority, 1001), which it hands each checked sign-in on to. */
    @Override
    public int priority() {
        return 2000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        if (request.getAttribute(PASSED_GATE) != null) {
            return Uni.createFrom().nullItem(); // security-jpa, next in line, checks the password
        }
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        String address = ClientAddress.of(http);
        String password = new String(request.getPassword().getPassword());
        return blocking(() -> attempts.begin(request.getUsername(), password, address))
                .flatMap(attempt -> {
                    if (attempt.blocked()) {
                        if (http != null) {
                            http.put(SignInResponses.THROTTLED, true);
                        }
                        return Uni.createFrom().failure(new AuthenticationFailedException("too many failed sign-ins"));
                    }
                    if (attempt.verifiedRecently()) {
                        markFormSignIn(http, attempt);
                        return Uni.createFrom().item(attempts.identityOf(attempt));
                    }
                    if (attempt.accountId() == null) {
                        return context.runBlocking(() -> attempts.unknownAccount(attempt));
                    }
                    UsernamePasswordAuthenticationRequest checked =
                            new UsernamePasswordAuthenticationRequest(attempt.username(), request.getPassword());
                    request.getAttributes().forEach(checked::setAttribute);
                    checked.setAttribute(PASSED_GATE, Boolean.TRUE);
                    return providers.get().authenticate(checked)
                            .onItem().transformToUni(identity -> context.runBlocking(() -> {
                                attempts.succeeded(attempt, password);
                                markFormSignIn(http, attempt);
                                return SignInAttempts.marked(QuarkusSecurityIdentity.builder(identity), attempt);
                            }))
                            .onFailure().call(() -> blocking(() -> {
                                attempts.failed(attempt);
                                return Boolean.TRUE;
                            }));
                });
    }

    /** A browser that signs in with the form gets the mark its session is checked against later. */
    private static void markFormSignIn(RoutingContext http, SignInAttempts.Attempt attempt) {
        if (http != null && http.request().path().endsWith("/j_security_check")) {
            SessionMarks.issue(http, attempt.username(), java.time.Instant.now());
        }
    }

    private static <T> Uni<T> blocking(Supplier<T> work) {
        return Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
