package org.analecta.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Our own login form; Spring Security handles the POST. */
@Controller
class LoginController {

	private final AdminAccountSettings admin;

	LoginController(AdminAccountSettings admin) {
		this.admin = admin;
	}

	@GetMapping("/login")
	String login(HttpServletRequest request, Model model) {
		HttpSession session = request.getSession(false);
		model.addAttribute("adminEnabled", admin.enabled());
		if (request.getParameterMap().containsKey("error")) {
			Object last = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
			if (last instanceof LoginThrottledException throttled) {
				model.addAttribute("throttledMinutes", throttled.minutesToWait());
			}
			else {
				model.addAttribute("badCredentials", true);
			}
		}
		return "system/login";
	}

}
