package org.analecta.system;

import java.time.Clock;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Who may do what. Reading is public; everything that changes the archive (all of /admin
 * and every POST, PUT, PATCH and DELETE) needs the admin. Pages send a stranger to the
 * login form; write requests answer 401 (or 403 when the CSRF token is missing) instead
 * of a redirect, so scripts see the refusal.
 */
// Only a web application has HTTP security; a process started without a web server (a
// restart
// test, a command) has none to configure.
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Configuration(proxyBeanMethods = false)
@Import(SecuritySettingsConfiguration.class)
public class WebSecurity {

	/**
	 * No 'unsafe-inline' anywhere: styles and scripts come only from our own files, so
	 * injected markup could not run or restyle even if it slipped through sanitising.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
			+ "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), interest-cohort=()";

	/**
	 * What the chain below sends on every page, for the responses written outside it
	 * (Tomcat's own refusals, see {@link TomcatErrorPages}).
	 */
	static final Map<String, String> STATIC_HEADERS = Map.of("Content-Security-Policy", CONTENT_SECURITY_POLICY,
			"X-Content-Type-Options", "nosniff", "X-Frame-Options", "DENY", "Referrer-Policy", "same-origin",
			"Permissions-Policy", PERMISSIONS_POLICY, "Cross-Origin-Opener-Policy", "same-origin", "Cache-Control",
			"no-store");

	static final String ADMIN = "ADMIN";

	private static final Logger log = LoggerFactory.getLogger(WebSecurity.class);

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		AuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint("/login");
		AuthenticationEntryPoint entryPoint = (request, response, e) -> {
			if (isPageRequest(request)) {
				loginPage.commence(request, response, e);
			}
			else {
				response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
			}
		};
		http.authorizeHttpRequests(auth -> auth
			// Error pages render the outcome of a refused request; they must not be
			// refused again.
			.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			.requestMatchers("/admin", "/admin/**")
			.hasRole(ADMIN)
			.requestMatchers(HttpMethod.POST, "/**")
			.hasRole(ADMIN)
			.requestMatchers(HttpMethod.PUT, "/**")
			.hasRole(ADMIN)
			.requestMatchers(HttpMethod.PATCH, "/**")
			.hasRole(ADMIN)
			.requestMatchers(HttpMethod.DELETE, "/**")
			.hasRole(ADMIN)
			.requestMatchers("/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/actuator/**")
			.hasRole(ADMIN)
			.anyRequest()
			.permitAll())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/admin").permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/?logout"))
			.exceptionHandling(e -> e.authenticationEntryPoint(entryPoint))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
				.addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin")));
		return http.build();
	}

	/**
	 * Without this, Spring Security wraps each of its filters in an observation for every
	 * request, even when observations are turned off and nothing would record them
	 * ({@code management.observations.enable.all}).
	 */
	@Bean
	@ConditionalOnProperty(name = "management.observations.enable.all", havingValue = "false")
	SecurityObservationSettings noSecurityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * The only authentication provider: the admin from the environment behind the login
	 * throttle.
	 */
	@Bean
	AuthenticationProvider adminAuthenticationProvider(AdminAccountSettings admin, LoginThrottle throttle) {
		PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
		if (admin.enabled()) {
			users.createUser(adminUser(admin, encoder));
			log.info("Admin login enabled for user '{}'", admin.user());
		}
		else {
			log.warn("Admin login is disabled: set ANALECTA_ADMIN_PASSWORD (a password, or a {bcrypt} hash) and"
					+ " optionally ANALECTA_ADMIN_USER (default 'admin') to enable it");
		}
		DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
		dao.setPasswordEncoder(encoder);
		return new ThrottledAuthenticationProvider(dao, throttle);
	}

	@Bean
	LoginThrottle loginThrottle(LoginThrottleSettings settings) {
		return new LoginThrottle(settings, Clock.systemUTC());
	}

	private static UserDetails adminUser(AdminAccountSettings admin, PasswordEncoder encoder) {
		String password = admin.password().strip();
		// A {bcrypt} hash is taken as it is; anything else is a plain password, hashed
		// here so the
		// plain text is not kept in the user store.
		String stored = password.startsWith("{bcrypt}") ? password : encoder.encode(password);
		return User.withUsername(admin.user()).password(stored).roles(ADMIN).build();
	}

	private static boolean isPageRequest(HttpServletRequest request) {
		String method = request.getMethod();
		boolean read = HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method);
		return read && !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

}
