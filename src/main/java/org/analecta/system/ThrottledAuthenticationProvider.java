package org.analecta.system;

import java.time.Duration;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Wraps the password check with {@link LoginThrottle}: a locked pair is refused before
 * the password is even compared, so guessing gains nothing during the lockout.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider delegate;

	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
		this.delegate = delegate;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName();
		String address = address(authentication);
		Optional<Duration> wait = throttle.lockedFor(username, address);
		if (wait.isPresent()) {
			throw new LoginThrottledException(wait.get());
		}
		try {
			Authentication result = delegate.authenticate(authentication);
			if (result != null && result.isAuthenticated()) {
				throttle.succeeded(username, address);
			}
			return result;
		}
		catch (BadCredentialsException | org.springframework.security.core.userdetails.UsernameNotFoundException e) {
			throttle.failed(username, address);
			throw e;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static String address(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
			return details.getRemoteAddress();
		}
		return "unknown";
	}

}
